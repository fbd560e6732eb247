package org.openmla.treaties.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.rules.Citation;
import org.openmla.core.internal.Checks;

/**
 * An instrument that leaves others untouched where both bind two States: neither replaces the other, and the authority
 * may use either. E.g. Regulation (EU) 2023/1543 (e-Evidence) "does not affect" the Union and international instruments
 * on the gathering of evidence that falls within its scope (art. 32(1)), so between two States bound by it and by the
 * European Investigation Order Directive both govern a request for electronic evidence. The resolver reports it in a
 * legal-basis note, with the citation, when both govern a measure of the request; it changes nothing else. Immutable
 * and thread-safe.
 */
public final class CoexistenceRule implements InstrumentRelationship {

    private final String id;
    private final String instrumentId;
    private final List<String> others;
    private final Citation citation;
    private final String explanation;

    /**
     * @param id a stable id, e.g. {@code EEVIDENCE.32.1}
     * @param instrumentId the instrument that leaves the others untouched, e.g. {@code EEVIDENCE}
     * @param others the instruments it does not affect, e.g. {@code EIO, ETS30}
     * @param citation the provision that says so, e.g. {@code EEVIDENCE art. 32(1)}
     * @param explanation the relationship in words
     */
    public CoexistenceRule(String id, String instrumentId, List<String> others, Citation citation, String explanation) {
        this.id = Checks.text(id, "id", 100);
        this.instrumentId = LegalBasis.checkInstrumentId(instrumentId);
        this.others = Checks.textList(others, "others", 40);
        this.others.forEach(LegalBasis::checkInstrumentId);
        this.citation = Checks.required(citation, "citation");
        this.explanation = Checks.text(explanation, "explanation", 1000);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return instrumentId + " does not affect " + String.join(", ", others) + " where they also bind the States (" + citation + "): "
                + explanation;
    }

    @Override
    public RelationshipResult apply(RelationshipContext ctx) {
        if (!ctx.bothBound(instrumentId).isTrue()) {
            return RelationshipResult.none();
        }
        List<RelationshipFinding> findings = new ArrayList<>();
        for (String other : others) {
            if (ctx.bothBound(other).isTrue()) {
                findings.add(new RelationshipFinding(id, RelationshipFinding.Effect.COEXISTS, other, List.of(instrumentId), Optional.empty(),
                        citation, instrumentId + " and " + other + " both bind " + ctx.requesting() + " and " + ctx.requested() + " on "
                                + ctx.date() + "; " + instrumentId + " does not affect " + other + " (" + citation + "): " + explanation));
            }
        }
        return new RelationshipResult(findings, List.of());
    }

    /** @return the provision on the relationship */
    public Citation citation() {
        return citation;
    }

    @Override
    public String toString() {
        return "CoexistenceRule[" + id + "]";
    }
}
