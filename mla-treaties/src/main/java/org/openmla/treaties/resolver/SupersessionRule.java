package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openmla.core.model.LegalBasis;
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

    /**
     * @param id a stable id, e.g. {@code EIO.34.1}
     * @param superseding the replacing instrument, e.g. {@code EIO}
     * @param superseded the instruments it replaces between States bound by it
     * @param from the first day it replaces them, if later than its own entry into force
     * @param citation the provision that says so
     * @param explanation the replacement in words, e.g. which provisions it concerns
     */
    public SupersessionRule(String id, String superseding, Set<String> superseded, Optional<LocalDate> from, Citation citation, String explanation) {
        this.id = Checks.text(id, "id", 100);
        this.superseding = LegalBasis.checkInstrumentId(superseding);
        this.superseded = Set.copyOf(new TreeSet<>(Checks.set(superseded, "superseded")));
        this.superseded.forEach(LegalBasis::checkInstrumentId);
        this.from = Checks.optional(from, "from");
        this.citation = Checks.required(citation, "citation");
        this.explanation = Checks.text(explanation, "explanation", 1000);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return superseding + " replaces " + new TreeSet<>(superseded) + " between States bound by it" + from.map(d -> " from " + d).orElse("")
                + " (" + citation + "): " + explanation;
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
                        superseding + " binds " + ctx.requesting() + " and " + ctx.requested() + " on " + ctx.date() + " and replaces " + old
                                + " between them (" + citation + "): " + explanation));
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
