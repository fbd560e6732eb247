package org.openmla.core.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.core.rules.TimeLimit;

/**
 * A deadline as it stands for a case: the pack's deadline, when the event it runs from happened, when the event that
 * meets it happened, when the case ended without meeting it, and the extensions granted. It is derived from the
 * history ({@link RequestCase#deadlines()}) and holds no time zone: {@link DeadlineCalendar} computes when it is due.
 * Immutable.
 *
 * @param deadline the deadline the decision declared
 * @param startedAt when its {@code runsFrom} event happened (the first time), if it has
 * @param metAt when its {@code metBy} event first happened at or after the start, if it has
 * @param lapsedAt when the case ended (refused, withdrawn or closed) before the deadline was met, if it did
 * @param extensions the extensions granted, in order
 */
public record CaseDeadline(
        RunningDeadline deadline, Optional<Instant> startedAt, Optional<Instant> metAt, Optional<Instant> lapsedAt, List<DeadlineExtension> extensions) {

    /** Where a deadline stands. */
    public enum Status {
        /** The event it runs from has not happened. */
        PENDING,
        /** It runs and has not been met. */
        RUNNING,
        /** The event that meets it happened (on time or late: see {@link DeadlineCalendar#metLate(CaseDeadline)}). */
        MET,
        /** The case ended before it was met; it is no longer owed. */
        LAPSED
    }

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public CaseDeadline {
        Checks.required(deadline, "CaseDeadline.deadline");
        Checks.optional(startedAt, "CaseDeadline.startedAt");
        Checks.optional(metAt, "CaseDeadline.metAt");
        Checks.optional(lapsedAt, "CaseDeadline.lapsedAt");
        extensions = Checks.list(extensions, "CaseDeadline.extensions");
    }

    /** @return the rule that declares the deadline */
    public String ruleId() {
        return deadline.ruleId();
    }

    /** @return the limit that applies before extensions: the urgent one for an urgent request where the pack sets one */
    public TimeLimit limit() {
        return deadline.limit();
    }

    /** @return where the deadline stands */
    public Status status() {
        if (metAt.isPresent()) {
            return Status.MET;
        }
        if (lapsedAt.isPresent()) {
            return Status.LAPSED;
        }
        return startedAt.isPresent() ? Status.RUNNING : Status.PENDING;
    }

    /** @return whether it may still be extended or met: {@link Status#PENDING} or {@link Status#RUNNING} */
    public boolean isOpen() {
        Status s = status();
        return s == Status.PENDING || s == Status.RUNNING;
    }

    /** @return the amount extended so far in the given unit (extensions in other units are not counted) */
    long extendedAmount(TimeLimit.Unit unit) {
        return extensions.stream().filter(e -> e.by().unit() == unit).mapToLong(e -> e.by().amount()).sum();
    }
}
