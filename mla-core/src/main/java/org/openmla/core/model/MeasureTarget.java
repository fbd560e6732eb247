package org.openmla.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * What a measure is directed at. The value (an address, an account number, an e-mail address) may be personal data
 * and is redacted in {@code toString}, except for a person reference, which is a key local to the request.
 *
 * @param kind the kind of target
 * @param value the target; for {@link TargetKind#PERSON} the {@link Person#ref()} of a person in the request
 */
public record MeasureTarget(@NotNull TargetKind kind, @NotBlank @Size(max = 1000) String value) {

    /** @throws InvalidValueException if a field is null, blank or too long, or a person reference is malformed */
    public MeasureTarget {
        Checks.required(kind, "MeasureTarget.kind");
        Checks.text(value, "MeasureTarget.value", 1000);
        if (kind == TargetKind.PERSON && !value.matches(Person.REF_PATTERN)) {
            throw new InvalidValueException("MeasureTarget.value", "must be a person reference matching " + Person.REF_PATTERN);
        }
    }

    /** @return a target */
    public static MeasureTarget of(TargetKind kind, String value) {
        return new MeasureTarget(kind, value);
    }

    /** @return a target naming a person of the request by reference */
    public static MeasureTarget person(String ref) {
        return new MeasureTarget(TargetKind.PERSON, ref);
    }

    @Override
    public String toString() {
        return "MeasureTarget[kind=" + kind + ", value=" + (kind == TargetKind.PERSON ? value : "<redacted>") + "]";
    }
}
