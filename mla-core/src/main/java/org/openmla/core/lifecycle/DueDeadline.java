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

    /** @return the rule, its citation and the due instant, e.g. {@code DueDeadline[eio.12.3 EIO art. 12(3) due 2026-05-14T07:00:00Z]} */
    @Override
    public String toString() {
        return "DueDeadline[" + deadline.ruleId() + " " + deadline.deadline().citation() + " due " + dueAt + "]";
    }
}
