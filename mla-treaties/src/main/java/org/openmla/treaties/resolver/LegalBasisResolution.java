package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.StateProfile;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.FrozenList;
import org.openmla.treaties.parties.Provenance;

/**
 * Which instruments govern requests from one State to another on a date: those that bind both, in order of
 * {@link Precedence}, with what relationships say about their provisions; the instruments whose status the data cannot
 * settle; the assessments the resolver supplies to the engine; and both States' profiles. A value: the same party data,
 * relationships, States and date give an equal resolution.
 *
 * @param requesting the requesting State
 * @param requested the requested State
 * @param date the date whose law applies
 * @param statuses every known instrument's and bilateral treaty's status between the two States
 * @param applicable the instruments that bind both and are not superseded, strongest first
 * @param uncertain ids of the instruments the data cannot say bind both (one or both bindings UNKNOWN)
 * @param relationships every relationship finding, in the order the relationships were applied
 * @param systemAssessments the assessments the resolver supplies, attributed to {@value RelationshipContext#SYSTEM}, with the
 *     instruments they concern
 * @param requestingProfile the requesting State's profile under the applicable instruments
 * @param requestedProfile the requested State's profile under the applicable instruments
 * @param notes what a reader should know, e.g. conflicting relationships or partial data
 * @param provenance the party-data documents the resolution rests on
 */
public record LegalBasisResolution(
        Jurisdiction requesting,
        Jurisdiction requested,
        LocalDate date,
        List<InstrumentStatus> statuses,
        List<ApplicableInstrument> applicable,
        List<String> uncertain,
        List<RelationshipFinding> relationships,
        List<SystemAssessment> systemAssessments,
        StateProfile requestingProfile,
        StateProfile requestedProfile,
        List<String> notes,
        List<Provenance> provenance) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public LegalBasisResolution {
        Checks.required(requesting, "LegalBasisResolution.requesting");
        Checks.required(requested, "LegalBasisResolution.requested");
        Checks.required(date, "LegalBasisResolution.date");
        statuses = Checks.list(statuses, "LegalBasisResolution.statuses");
        applicable = Checks.list(applicable, "LegalBasisResolution.applicable");
        uncertain = Checks.list(uncertain, "LegalBasisResolution.uncertain");
        relationships = Checks.list(relationships, "LegalBasisResolution.relationships");
        systemAssessments = Checks.list(systemAssessments, "LegalBasisResolution.systemAssessments");
        Checks.required(requestingProfile, "LegalBasisResolution.requestingProfile");
        Checks.required(requestedProfile, "LegalBasisResolution.requestedProfile");
        notes = Checks.list(notes, "LegalBasisResolution.notes");
        provenance = Checks.list(provenance, "LegalBasisResolution.provenance");
    }

    /** @return whether the instrument applies between the two States on the date */
    public boolean applies(String instrumentId) {
        for (int i = 0; i < applicable.size(); i++) {
            ApplicableInstrument a = applicable.get(i);
            if (a.instrumentId().equals(instrumentId)) {
                return true;
            }
        }
        return false;
    }

    /** @return the applicable instrument with this id */
    public Optional<ApplicableInstrument> applicable(String instrumentId) {
        for (int i = 0; i < applicable.size(); i++) {
            ApplicableInstrument a = applicable.get(i);
            if (a.instrumentId().equals(instrumentId)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** @return the status of an instrument or bilateral treaty between the two States */
    public Optional<InstrumentStatus> status(String instrumentId) {
        for (int i = 0; i < statuses.size(); i++) {
            InstrumentStatus s = statuses.get(i);
            if (s.instrumentId().equals(instrumentId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** @return the relationship findings about one instrument */
    public List<RelationshipFinding> relationships(String instrumentId) {
        java.util.ArrayList<RelationshipFinding> about = new java.util.ArrayList<>(2);
        for (RelationshipFinding r : relationships) {
            if (r.instrumentId().equals(instrumentId)) {
                about.add(r);
            }
        }
        return FrozenList.of(about);
    }

    /** @return the ids of the packs of the applicable instruments, in precedence order */
    public List<String> packIds() {
        return applicable.stream().flatMap(a -> a.packId().stream()).distinct().toList();
    }

    /**
     * The system assessment for a key, if the relationships that make one agree on its value.
     *
     * @param key the assessment key
     * @return the assessment; empty if none is made or relationships disagree (e.g. an agreement recorded for one
     *     convention only: see {@link #systemAssessmentsFor(java.util.Collection)})
     */
    public Optional<Assessment> systemAssessment(String key) {
        List<SystemAssessment> forKey = new java.util.ArrayList<>();
        for (SystemAssessment a : systemAssessments) {
            if (a.key().equals(key)) {
                forKey.add(a);
            }
        }
        return agreed(forKey);
    }

    /**
     * The system assessments for an evaluation of these instruments' packs: those concerning any of them, one per key;
     * a key on which they disagree is left out, for the host to assess.
     *
     * @param instrumentIds the instruments whose packs are evaluated
     * @return the assessments
     */
    public List<Assessment> systemAssessmentsFor(java.util.Collection<String> instrumentIds) {
        java.util.ArrayList<Assessment> out = new java.util.ArrayList<>();
        for (int i = 0; i < systemAssessments.size(); i++) {
            SystemAssessment a = systemAssessments.get(i);
            if (a.concernsAny(instrumentIds) && !concernedBefore(i, a.key(), instrumentIds) && agreedFrom(i, instrumentIds)) {
                out.add(a.assessment());
            }
        }
        return FrozenList.of(out);
    }

    /** @return whether an assessment before index {@code i} has the key and concerns the instruments */
    private boolean concernedBefore(int i, String key, java.util.Collection<String> instrumentIds) {
        for (int j = 0; j < i; j++) {
            SystemAssessment earlier = systemAssessments.get(j);
            if (earlier.key().equals(key) && earlier.concernsAny(instrumentIds)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether every later assessment with the key of the one at {@code i} that concerns the instruments agrees with it */
    private boolean agreedFrom(int i, java.util.Collection<String> instrumentIds) {
        SystemAssessment first = systemAssessments.get(i);
        for (int j = i + 1; j < systemAssessments.size(); j++) {
            SystemAssessment later = systemAssessments.get(j);
            if (later.key().equals(first.key()) && later.assessment().value() != first.assessment().value() && later.concernsAny(instrumentIds)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Assessment> agreed(List<SystemAssessment> list) {
        if (list.isEmpty()) {
            return Optional.empty();
        }
        boolean value = list.get(0).assessment().value();
        for (SystemAssessment a : list) {
            if (a.assessment().value() != value) {
                return Optional.empty();
            }
        }
        return Optional.of(list.get(0).assessment());
    }
}
