package org.openmla.core.lifecycle;

import java.time.Instant;
import org.openmla.core.internal.Checks;

/**
 * A running deadline with the instant it falls due, as {@link DeadlineCalendar} computed it. Immutable.
 *
 * @param deadline the deadline
 * @param dueAt the last instant at which meeting it is on time
 */
public record DueDeadline(CaseDeadline deadline, Instant dueAt) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public DueDeadline {
        Checks.required(deadline, "DueDeadline.deadline");
        Checks.required(dueAt, "DueDeadline.dueAt");
    }

    /** @return the rule that declares the deadline */
    public String ruleId() {
        return deadline.ruleId();
    }
}
