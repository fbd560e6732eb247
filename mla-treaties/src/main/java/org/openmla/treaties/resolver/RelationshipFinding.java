package org.openmla.treaties.resolver;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.model.MeasureType;
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
 * @param retainedMeasures for {@link Effect#SUPERSEDED}, the measures for which the instrument keeps governing because
 *     the superseding instrument replaces only its corresponding provisions (e.g. joint investigation teams under ETS 30
 *     between States bound by the EIO, EIO recital 8); empty when it is superseded for every measure
 */
public record RelationshipFinding(
        String relationshipId,
        Effect effect,
        String instrumentId,
        List<String> byInstruments,
        Optional<String> provisions,
        Citation citation,
        String explanation,
        Set<MeasureType> retainedMeasures) {

    /** What a relationship does to an instrument. */
    public enum Effect {
        /** Another instrument replaces this one between the two States: it does not govern the request. */
        SUPERSEDED,
        /** The named provisions give way to the corresponding provisions of other instruments. */
        PROVISIONS_DISPLACED,
        /** The named provisions apply (e.g. no treaty displaces them, or the States agreed to apply them). */
        PROVISIONS_APPLY,
        /** The data cannot tell whether the relationship applies; the provisions' status is open. */
        UNDETERMINED,
        /**
         * The instrument does not apply between the two States because one of them does not take part in it (e.g. Ireland
         * and Denmark in the EIO, recitals 44 and 45); {@code byInstruments} are what applies between them instead.
         */
        NOT_APPLICABLE_BETWEEN,
        /**
         * The instrument keeps applying alongside {@code byInstruments}, which do not affect it (e.g. the EIO alongside
         * e-Evidence, Regulation (EU) 2023/1543 art. 32(1)); where both govern a measure, the authority may use either.
         */
        COEXISTS
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
        retainedMeasures = Set.copyOf(Checks.set(retainedMeasures, "RelationshipFinding.retainedMeasures"));
    }

    /** A finding that concerns every measure alike. @see #RelationshipFinding(String, Effect, String, List, Optional, Citation, String, Set) */
    public RelationshipFinding(String relationshipId, Effect effect, String instrumentId, List<String> byInstruments, Optional<String> provisions,
            Citation citation, String explanation) {
        this(relationshipId, effect, instrumentId, byInstruments, provisions, citation, explanation, Set.of());
    }

    /**
     * @param measure a measure of the request
     * @return whether this finding takes the measure away from the instrument: a supersession that does not retain it
     */
    public boolean supersedesFor(MeasureType measure) {
        return effect == Effect.SUPERSEDED && !retainedMeasures.contains(measure);
    }

    /** @return whether this is a supersession for some measures only */
    public boolean partial() {
        return effect == Effect.SUPERSEDED && !retainedMeasures.isEmpty();
    }
}
