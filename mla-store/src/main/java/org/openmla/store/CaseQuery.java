package org.openmla.store;

import java.util.Objects;
import java.util.Optional;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;

/**
 * Which cases {@link CaseStore#list(CaseQuery)} lists: every criterion given must hold. Each is answered from an
 * indexed column of the case row. Immutable; build with {@link #all()} and the {@code with...} copies.
 *
 * @param state only cases in this state
 * @param counterpart only cases this State made or was asked (the requesting or the requested State)
 * @param instrument only cases whose first legal basis is this instrument id ({@code RECIPROCITY}, {@code COMITY}
 *     for those bases)
 * @param limit at most this many cases, ordered by case id
 */
public record CaseQuery(Optional<CaseState> state, Optional<Jurisdiction> counterpart, Optional<String> instrument, int limit) {

    /** The default and largest limit. */
    public static final int MAX_LIMIT = 10_000;

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the limit is not between 1 and {@link #MAX_LIMIT}
     * @throws org.openmla.core.InvalidValueException if the instrument id is malformed
     */
    public CaseQuery {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(counterpart, "counterpart");
        Objects.requireNonNull(instrument, "instrument");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        instrument.ifPresent(LegalBasis::checkInstrumentId);
    }

    /** @return a query for every case, up to {@link #MAX_LIMIT} */
    public static CaseQuery all() {
        return new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(), MAX_LIMIT);
    }

    /** @return a copy listing only cases in the state */
    public CaseQuery withState(CaseState value) {
        return new CaseQuery(Optional.of(value), counterpart, instrument, limit);
    }

    /** @return a copy listing only cases with this counterpart State */
    public CaseQuery withCounterpart(Jurisdiction value) {
        return new CaseQuery(state, Optional.of(value), instrument, limit);
    }

    /** @return a copy listing only cases whose first legal basis is the instrument */
    public CaseQuery withInstrument(String value) {
        return new CaseQuery(state, counterpart, Optional.of(value), limit);
    }

    /** @return a copy listing at most this many cases */
    public CaseQuery withLimit(int value) {
        return new CaseQuery(state, counterpart, instrument, value);
    }
}
