package org.openmla.store;

import java.time.Instant;
import java.util.Objects;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.Citation;

/**
 * A deadline running for a stored case, with when it falls due, as {@link CaseStore#dueBefore(Instant)} answers it
 * from the deadline index (without loading the history). Immutable; no personal data.
 *
 * @param caseId the case
 * @param state the case's state
 * @param ruleId the rule that declared the deadline
 * @param citation the provision the deadline comes from
 * @param dueAt when it falls due, on the store's {@link org.openmla.core.lifecycle.DeadlineCalendar}
 */
public record DueCaseDeadline(RequestId caseId, CaseState state, String ruleId, Citation citation, Instant dueAt) {

    /** @throws NullPointerException if a field is null */
    public DueCaseDeadline {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
