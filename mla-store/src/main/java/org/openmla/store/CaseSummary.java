package org.openmla.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.RequestId;

/**
 * One case as the case row describes it, read without its documents or its history: for lists and dashboards.
 * Holds no personal data. Immutable.
 *
 * @param caseId the case
 * @param state where it stands
 * @param version the number of transitions recorded
 * @param requestingState the State that made the request
 * @param requestedState the State asked to assist
 * @param instrument the instrument of the first legal basis the request claims ({@code RECIPROCITY} or
 *     {@code COMITY} for those bases), if it claims one
 * @param receivedAt when receipt was registered, if it was
 * @param updatedAt when the case row was last written
 */
public record CaseSummary(RequestId caseId, CaseState state, long version, Jurisdiction requestingState, Jurisdiction requestedState,
        Optional<String> instrument, Optional<Instant> receivedAt, Instant updatedAt) {

    /** @throws NullPointerException if a field is null */
    public CaseSummary {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestingState, "requestingState");
        Objects.requireNonNull(requestedState, "requestedState");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
