package org.openmla.treaties.resolver;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
 *
 * <p>Immutable and thread-safe, with the equality, hash code and text of a record of these components. The resolver's own
 * relationships word the explanation when it is first read, not when the finding is made (most resolutions are used
 * for their statuses and assessments, and their findings' words are never read); it is the same text either way.
 */
public final class RelationshipFinding extends WordedOnRead {

    private final String relationshipId;
    private final Effect effect;
    private final String instrumentId;
    private final List<String> byInstruments;
    private final Optional<String> provisions;
    private final Citation citation;
    private final Set<MeasureType> retainedMeasures;

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

    /**
     * A finding.
     *
     * @throws org.openmla.core.InvalidValueException if a field is null or blank
     */
    public RelationshipFinding(String relationshipId, Effect effect, String instrumentId, List<String> byInstruments, Optional<String> provisions,
            Citation citation, String explanation, Set<MeasureType> retainedMeasures) {
        this(relationshipId, effect, instrumentId, byInstruments, provisions, citation, retainedMeasures, null, explanation);
    }

    /** A finding that concerns every measure alike. @see #RelationshipFinding(String, Effect, String, List, Optional, Citation, String, Set) */
    public RelationshipFinding(String relationshipId, Effect effect, String instrumentId, List<String> byInstruments, Optional<String> provisions,
            Citation citation, String explanation) {
        this(relationshipId, effect, instrumentId, byInstruments, provisions, citation, explanation, Set.of());
    }

    private RelationshipFinding(String relationshipId, Effect effect, String instrumentId, List<String> byInstruments, Optional<String> provisions,
            Citation citation, Set<MeasureType> retainedMeasures, Supplier<String> wording, String explanation) {
        super("RelationshipFinding.explanation", 2000, wording, explanation);
        this.relationshipId = Checks.text(relationshipId, "RelationshipFinding.relationshipId", 100);
        this.effect = Checks.required(effect, "RelationshipFinding.effect");
        this.instrumentId = Checks.text(instrumentId, "RelationshipFinding.instrumentId", 40);
        this.byInstruments = Checks.textList(byInstruments, "RelationshipFinding.byInstruments", 40);
        this.provisions = Checks.optionalText(provisions, "RelationshipFinding.provisions", 200);
        this.citation = Checks.required(citation, "RelationshipFinding.citation");
        this.retainedMeasures = Set.copyOf(Checks.set(retainedMeasures, "RelationshipFinding.retainedMeasures"));
    }

    /**
     * A finding for every measure alike whose explanation is worded when first read: the wording must be a pure function
     * of values that do not change, and give a text that {@link #RelationshipFinding(String, Effect, String, List,
     * Optional, Citation, String)} would accept.
     */
    static RelationshipFinding worded(String relationshipId, Effect effect, String instrumentId, List<String> byInstruments, Optional<String> provisions,
            Citation citation, Supplier<String> wording) {
        return new RelationshipFinding(relationshipId, effect, instrumentId, byInstruments, provisions, citation, Set.of(),
                Objects.requireNonNull(wording, "wording"), null);
    }

    /** @return the relationship that found it */
    public String relationshipId() {
        return relationshipId;
    }

    /** @return what it means for the instrument */
    public Effect effect() {
        return effect;
    }

    /** @return the instrument concerned */
    public String instrumentId() {
        return instrumentId;
    }

    /** @return the instruments that supersede it or whose provisions apply instead (empty when none) */
    public List<String> byInstruments() {
        return byInstruments;
    }

    /** @return the provisions concerned, e.g. {@code art. 18(9)-(29)}; empty when the whole instrument is */
    public Optional<String> provisions() {
        return provisions;
    }

    /** @return the provision that sets the relationship, e.g. {@code UNTOC art. 18(7)} */
    public Citation citation() {
        return citation;
    }

    /**
     * @return the finding in words (worded on first read where the resolver made it, the same text as if made at once)
     * @throws org.openmla.core.InvalidValueException on first read, if the wording is blank or too long: the check a text
     *     given to the constructor has at once (the resolver's own wordings are far within the limit)
     */
    public String explanation() {
        return worded();
    }

    /** @return for {@link Effect#SUPERSEDED}, the measures the instrument keeps governing; empty when it is superseded for every measure */
    public Set<MeasureType> retainedMeasures() {
        return retainedMeasures;
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

    /** Equal to a finding with equal components, the explanations included (as a record is). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RelationshipFinding f && relationshipId.equals(f.relationshipId) && effect == f.effect
                && instrumentId.equals(f.instrumentId) && byInstruments.equals(f.byInstruments) && provisions.equals(f.provisions)
                && citation.equals(f.citation) && explanation().equals(f.explanation()) && retainedMeasures.equals(f.retainedMeasures);
    }

    @Override
    public int hashCode() {
        int h = relationshipId.hashCode();
        h = 31 * h + effect.hashCode();
        h = 31 * h + instrumentId.hashCode();
        h = 31 * h + byInstruments.hashCode();
        h = 31 * h + provisions.hashCode();
        h = 31 * h + citation.hashCode();
        h = 31 * h + explanation().hashCode();
        return 31 * h + retainedMeasures.hashCode();
    }

    @Override
    public String toString() {
        return "RelationshipFinding[relationshipId=" + relationshipId + ", effect=" + effect + ", instrumentId=" + instrumentId + ", byInstruments="
                + byInstruments + ", provisions=" + provisions + ", citation=" + citation + ", explanation=" + explanation() + ", retainedMeasures="
                + retainedMeasures + "]";
    }
}
