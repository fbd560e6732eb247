package org.openmla.treaties.resolver;

import java.util.List;
import java.util.Optional;
import org.openmla.core.rules.Citation;
import org.openmla.core.internal.Checks;

/**
 * What an {@link InstrumentRelationship} found about one instrument between two States on a date: that another
 * instrument supersedes it, that some of its provisions give way to another treaty, or that they apply.
 *
 * @param relationshipId the relationship that found it
 * @param effect what it means for the instrument
 * @param instrumentId the instrument concerned
 * @param byInstruments the instruments that supersede it or whose provisions apply instead (empty when none)
 * @param provisions the provisions concerned, e.g. {@code art. 18(9)-(29)}; empty when the whole instrument is
 * @param citation the provision that sets the relationship, e.g. {@code UNTOC art. 18(7)}
 * @param explanation the finding in words
 */
public record RelationshipFinding(
        String relationshipId,
        Effect effect,
        String instrumentId,
        List<String> byInstruments,
        Optional<String> provisions,
        Citation citation,
        String explanation) {

    /** What a relationship does to an instrument. */
    public enum Effect {
        /** Another instrument replaces this one between the two States: it does not govern the request. */
        SUPERSEDED,
        /** The named provisions give way to the corresponding provisions of other instruments. */
        PROVISIONS_DISPLACED,
        /** The named provisions apply (e.g. no treaty displaces them, or the States agreed to apply them). */
        PROVISIONS_APPLY,
        /** The data cannot tell whether the relationship applies; the provisions' status is open. */
        UNDETERMINED
    }

    /** @throws org.openmla.core.InvalidValueException if a field is null or blank */
    public RelationshipFinding {
        Checks.text(relationshipId, "RelationshipFinding.relationshipId", 100);
        Checks.required(effect, "RelationshipFinding.effect");
        Checks.text(instrumentId, "RelationshipFinding.instrumentId", 40);
        byInstruments = Checks.textList(byInstruments, "RelationshipFinding.byInstruments", 40);
        Checks.optionalText(provisions, "RelationshipFinding.provisions", 200);
        Checks.required(citation, "RelationshipFinding.citation");
        Checks.text(explanation, "RelationshipFinding.explanation", 2000);
    }
}
