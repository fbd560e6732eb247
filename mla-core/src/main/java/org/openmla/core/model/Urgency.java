package org.openmla.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * The urgency a request claims, with its reason. A request without an {@code Urgency} is not urgent.
 *
 * @param level urgent or emergency
 * @param reason why; free text, redacted in {@code toString}. Absent in a request as received, a rule may ask for it.
 */
public record Urgency(@NotNull UrgencyLevel level, @NotNull Optional<@Size(max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> reason) {

    /** @throws org.openmla.core.InvalidValueException if the level is missing or the reason blank */
    public Urgency {
        Checks.required(level, "Urgency.level");
        Checks.optionalText(reason, "Urgency.reason", 4000);
    }

    /** @return an urgency with a reason */
    public static Urgency of(UrgencyLevel level, String reason) {
        return new Urgency(level, Optional.of(reason));
    }

    @Override
    public String toString() {
        return "Urgency[level=" + level + ", reason=" + Checks.redacted(reason) + "]";
    }
}
