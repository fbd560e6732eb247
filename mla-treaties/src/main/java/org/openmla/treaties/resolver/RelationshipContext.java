package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.FrozenList;
import org.openmla.treaties.parties.BilateralTreaty;
import org.openmla.treaties.parties.PartyData;

/**
 * What an {@link InstrumentRelationship} may look at: the two States, the date, the status of every instrument and
 * bilateral treaty between them, and the party data. Immutable.
 */
public final class RelationshipContext {

    /** Who the resolver's assessments are attributed to. */
    public static final String SYSTEM = "system:resolver";

    private final Jurisdiction requesting;
    private final Jurisdiction requested;
    private final LocalDate date;
    private final String dateText;
    private final List<InstrumentStatus> statusList;
    /** {@link #statuses()}, made on first call: the resolver's relationships look statuses up in the list. */
    private volatile Map<String, InstrumentStatus> statuses;
    /** The start of the law date (UTC), when the system's assessments are dated. */
    private final java.time.Instant assessedAt;
    private final List<BilateralTreaty> bilateralTreaties;
    private final PartyData partyData;

    RelationshipContext(Jurisdiction requesting, Jurisdiction requested, LocalDate date, List<InstrumentStatus> statuses,
            List<BilateralTreaty> bilateralTreaties, PartyData partyData) {
        this.requesting = requesting;
        this.requested = requested;
        this.date = date;
        this.dateText = date.toString();
        this.statusList = statuses;
        this.assessedAt = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        this.bilateralTreaties = List.copyOf(bilateralTreaties);
        this.partyData = partyData;
    }

    /** @return the requesting State */
    public Jurisdiction requesting() {
        return requesting;
    }

    /** @return the requested State */
    public Jurisdiction requested() {
        return requested;
    }

    /** @return the date whose law applies */
    public LocalDate date() {
        return date;
    }

    /** @return the date whose law applies, as ISO text, made once for the explanations of every relationship */
    String dateText() {
        return dateText;
    }

    /** @return the party data */
    public PartyData partyData() {
        return partyData;
    }

    /** @return every instrument's and bilateral treaty's status between the two States, by id */
    public Map<String, InstrumentStatus> statuses() {
        Map<String, InstrumentStatus> byId = statuses;
        if (byId == null) {
            Map<String, InstrumentStatus> made = new LinkedHashMap<>(statusList.size() * 2);
            for (InstrumentStatus s : statusList) {
                made.put(s.instrumentId(), s);
            }
            byId = Collections.unmodifiableMap(made);
            statuses = byId;
        }
        return byId;
    }

    /** @return the status of an instrument or bilateral treaty */
    public Optional<InstrumentStatus> status(String instrumentId) {
        return Optional.ofNullable(statusOrNull(instrumentId));
    }

    /** @return the status of an instrument or bilateral treaty, or null; the last one given for the id, as in {@link #statuses()} */
    InstrumentStatus statusOrNull(String instrumentId) {
        for (int i = statusList.size() - 1; i >= 0; i--) {
            InstrumentStatus s = statusList.get(i);
            if (s.instrumentId().equals(instrumentId)) {
                return s;
            }
        }
        return null;
    }

    /** @return whether both States are bound by the instrument on the date; FALSE if nothing is known of it */
    public Truth bothBound(String instrumentId) {
        InstrumentStatus s = statusOrNull(instrumentId);
        return s == null ? Truth.FALSE : s.bothBound();
    }

    /** @return the bilateral treaties that bind the two States on the date */
    public List<BilateralTreaty> bilateralTreaties() {
        return bilateralTreaties;
    }

    /**
     * The treaties of mutual legal assistance (bilateral, or multilateral instruments flagged
     * {@link org.openmla.treaties.parties.InstrumentParties#mlaTreaty()}) that certainly bind both States on the date.
     *
     * @param except an instrument to leave out, e.g. the one asking
     * @return their ids
     */
    public List<String> mlaTreatiesBindingBoth(String except) {
        java.util.ArrayList<String> ids = new java.util.ArrayList<>(2);
        for (int i = 0; i < statusList.size(); i++) {
            InstrumentStatus s = statusList.get(i);
            if (s.mlaTreaty() && !s.instrumentId().equals(except) && s.bothBound().isTrue()) {
                ids.add(s.instrumentId());
            }
        }
        return FrozenList.of(ids);
    }

    /**
     * Whether any treaty of mutual legal assistance binds both States: TRUE if one certainly does, UNKNOWN if none
     * certainly does but the data cannot rule one out, FALSE otherwise.
     *
     * @param except an instrument to leave out
     * @return the answer
     */
    public Truth anyMlaTreatyBindsBoth(String except) {
        Truth any = Truth.FALSE;
        for (int i = 0; i < statusList.size(); i++) {
            InstrumentStatus s = statusList.get(i);
            if (s.mlaTreaty() && !s.instrumentId().equals(except)) {
                any = any.or(s.bothBound());
            }
        }
        return any;
    }

    /**
     * Makes a request-level assessment on the system's behalf, attributed to {@value #SYSTEM} and dated at the start of
     * the law date (UTC), so the same inputs always give the same decision.
     *
     * @param key the assessment
     * @param value the answer
     * @param reasoning why, in words
     * @return the assessment
     */
    public Assessment systemAssessment(AssessmentKey key, boolean value, String reasoning) {
        Objects.requireNonNull(key, "key");
        return Assessment.of(key, value, SYSTEM, assessedAt, Checks.text(reasoning, "reasoning", 2000));
    }
}
