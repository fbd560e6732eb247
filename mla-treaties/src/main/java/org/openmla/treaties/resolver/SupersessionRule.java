package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.MeasureType;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;

/**
 * One instrument replacing others between States bound by it, from a date: e.g. the European Investigation Order
 * replacing the corresponding provisions of ETS 30 and its protocols between bound EU Member States from 22 May 2017
 * (Directive 2014/41/EU art. 34(1)). The superseded instrument is then not offered as applying; a request that claims
 * it gets a legal-basis finding pointing to the replacing instrument. Immutable and thread-safe.
 */
public final class SupersessionRule implements InstrumentRelationship {

    private final String id;
    private final String superseding;
    private final Set<String> superseded;
    private final Optional<LocalDate> from;
    private final Citation citation;
    private final String explanation;
    private final Map<MeasureType, String> retained;

    /**
     * @param id a stable id, e.g. {@code EIO.34.1}
     * @param superseding the replacing instrument, e.g. {@code EIO}
     * @param superseded the instruments it replaces between States bound by it
     * @param from the first day it replaces them, if later than its own entry into force
     * @param citation the provision that says so
     * @param explanation the replacement in words, e.g. which provisions it concerns
     */
    public SupersessionRule(String id, String superseding, Set<String> superseded, Optional<LocalDate> from, Citation citation, String explanation) {
        this(id, superseding, superseded, from, citation, explanation, Map.of());
    }

    /**
     * A replacement of the corresponding provisions only: for the measures in {@code retained} the superseded
     * instruments keep governing (and the superseding one does not provide them), e.g. joint investigation teams,
     * cross-border surveillance and service of documents, which stay under ETS 30 between States bound by the EIO.
     *
     * @param id a stable id, e.g. {@code EIO.34.1}
     * @param superseding the replacing instrument
     * @param superseded the instruments whose corresponding provisions it replaces
     * @param from the first day it replaces them, if later than its own entry into force
     * @param citation the provision that says so
     * @param explanation the replacement in words
     * @param retained the measures the superseded instruments keep, each with why in words and its citation, e.g.
     *     {@code JOINT_INVESTIGATION_TEAM -> "outside the EIO (EIO art. 3, recital 8)"}
     */
    public SupersessionRule(String id, String superseding, Set<String> superseded, Optional<LocalDate> from, Citation citation, String explanation,
            Map<MeasureType, String> retained) {
        EnumMap<MeasureType, String> kept = new EnumMap<>(MeasureType.class);
        kept.putAll(Objects.requireNonNull(retained, "retained"));
        this.retained = Collections.unmodifiableMap(kept);
        this.retained.values().forEach(v -> Checks.text(v, "retained", 300));
        this.id = Checks.text(id, "id", 100);
        this.superseding = LegalBasis.checkInstrumentId(superseding);
        this.superseded = Set.copyOf(new TreeSet<>(Checks.set(superseded, "superseded")));
        this.superseded.forEach(LegalBasis::checkInstrumentId);
        this.from = Checks.optional(from, "from");
        this.citation = Objects.requireNonNull(citation, "citation");
        this.explanation = Checks.text(explanation, "explanation", 1000);
    }

    @Override
    public String id() {
        return id;
    }

    /** @return the measures the superseded instruments keep, with why; empty when they are replaced for every measure */
    public Map<MeasureType, String> retained() {
        return retained;
    }

    @Override
    public String description() {
        return superseding + " replaces " + (retained.isEmpty() ? "" : "the corresponding provisions of ") + new TreeSet<>(superseded)
                + " between States bound by it" + from.map(d -> " from " + d).orElse("") + " (" + citation + "): " + explanation
                + (retained.isEmpty() ? "" : "; they keep governing: " + retainedText());
    }

    /** The retained measures with why, grouped by reason; a group of most measures is named by what it leaves out. */
    private String retainedText() {
        Map<String, List<MeasureType>> byReason = new java.util.LinkedHashMap<>();
        retained.forEach((m, why) -> byReason.computeIfAbsent(why, k -> new ArrayList<>()).add(m));
        List<String> parts = new ArrayList<>();
        byReason.forEach((why, measures) -> {
            if (measures.size() == 1) {
                parts.add(measures.get(0) + " (" + why + ")");
            } else if (measures.size() * 2 > MeasureType.values().length) {
                List<MeasureType> others = java.util.Arrays.stream(MeasureType.values()).filter(t -> !measures.contains(t)).toList();
                parts.add("every measure but " + others + " (" + why + ")");
            } else {
                parts.add(measures + " (" + why + ")");
            }
        });
        return String.join("; ", parts);
    }

    @Override
    public RelationshipResult apply(RelationshipContext ctx) {
        if (from.isPresent() && ctx.date().isBefore(from.get())) {
            return RelationshipResult.none();
        }
        Truth bound = ctx.bothBound(superseding);
        if (bound.isFalse()) {
            return RelationshipResult.none();
        }
        List<RelationshipFinding> findings = new ArrayList<>();
        for (String old : new TreeSet<>(superseded)) {
            if (ctx.bothBound(old).isFalse()) {
                continue;
            }
            if (bound.isTrue()) {
                findings.add(new RelationshipFinding(id, RelationshipFinding.Effect.SUPERSEDED, old, List.of(superseding), Optional.empty(), citation,
                        superseding + " binds " + ctx.requesting() + " and " + ctx.requested() + " on " + ctx.date() + " and replaces "
                                + (retained.isEmpty() ? old : "the corresponding provisions of " + old) + " between them (" + citation + "): "
                                + explanation + (retained.isEmpty() ? "" : "; " + old + " keeps governing " + retainedText()),
                        retained.keySet()));
            } else {
                findings.add(new RelationshipFinding(id, RelationshipFinding.Effect.UNDETERMINED, old, List.of(superseding), Optional.empty(), citation,
                        "the party data cannot tell whether " + superseding + " binds both States, so whether it replaces " + old + " is open ("
                                + citation + ")"));
            }
        }
        return new RelationshipResult(findings, List.of());
    }

    @Override
    public String toString() {
        return "SupersessionRule[" + id + "]";
    }
}
