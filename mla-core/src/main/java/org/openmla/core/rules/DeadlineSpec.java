package org.openmla.core.rules;

import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A deadline a pack declares: it runs from one event and is met by another, within a time limit, shorter when the
 * request is urgent, and extendable up to a maximum with reasons.
 *
 * @param runsFrom the event that starts it
 * @param metBy the event that meets it
 * @param limit the normal time limit
 * @param urgentLimit the limit when the request is urgent, if the instrument sets one
 * @param maxExtension how much longer it may be extended, if at all
 */
public record DeadlineSpec(
        DeadlineEvent runsFrom, DeadlineEvent metBy, TimeLimit limit, Optional<TimeLimit> urgentLimit, Optional<TimeLimit> maxExtension) {

    /** @throws InvalidValueException if a field is null or the events are the same */
    public DeadlineSpec {
        Checks.required(runsFrom, "DeadlineSpec.runsFrom");
        Checks.required(metBy, "DeadlineSpec.metBy");
        if (runsFrom == metBy) {
            throw new InvalidValueException("DeadlineSpec.metBy", "must differ from runsFrom");
        }
        Checks.required(limit, "DeadlineSpec.limit");
        Checks.optional(urgentLimit, "DeadlineSpec.urgentLimit");
        Checks.optional(maxExtension, "DeadlineSpec.maxExtension");
    }

    /** @return a deadline without urgent limit or extension */
    public static DeadlineSpec of(DeadlineEvent runsFrom, DeadlineEvent metBy, TimeLimit limit) {
        return new DeadlineSpec(runsFrom, metBy, limit, Optional.empty(), Optional.empty());
    }

    /** @return a copy with an urgent limit */
    public DeadlineSpec urgent(TimeLimit urgent) {
        return new DeadlineSpec(runsFrom, metBy, limit, Optional.of(urgent), maxExtension);
    }

    /** @return a copy that may be extended by at most this much */
    public DeadlineSpec extendableBy(TimeLimit extension) {
        return new DeadlineSpec(runsFrom, metBy, limit, urgentLimit, Optional.of(extension));
    }
}
