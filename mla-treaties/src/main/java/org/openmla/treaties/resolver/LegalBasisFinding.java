package org.openmla.treaties.resolver;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.rules.Citation;
import org.openmla.core.internal.Checks;

/**
 * What the check of a request's claimed legal basis found about one claim (or about the absence of any). Not a
 * refusal: a claim of an instrument the two States are not both bound by is a deficiency of the request, to be put
 * right by citing what does apply ({@link #suggestedInstruments()}).
 *
 * @param claimed the basis the request claims; empty for {@link Status#NONE_CLAIMED}
 * @param status what was found
 * @param citation the provision the finding rests on, e.g. {@code UNTOC art. 18(1)} (assistance is owed between
 *     States Parties) or the provision of a superseding instrument
 * @param explanation the finding in words, with the dates that decide it
 * @param suggestedInstruments ids of the instruments that do apply between the two States on the date, strongest first
 *
 * <p>Immutable and thread-safe, with the equality, hash code and text of a record of these components. The resolver words
 * the explanation of a valid claim when it is first read, not when the claim is checked; it is the same text either way.
 */
public final class LegalBasisFinding extends WordedOnRead {

    private final Optional<LegalBasis> claimed;
    private final Status status;
    private final Optional<Citation> citation;
    private final List<String> suggestedInstruments;

    /** What the check found about a claim. */
    public enum Status {
        /** Both States are bound by the claimed instrument on the date and it is not superseded between them. */
        VALID(false),
        /** At least one of the States is not bound by the claimed instrument on the date: a deficiency. */
        NOT_BOTH_BOUND(true),
        /** The claimed instrument binds no State (a model treaty): a deficiency. */
        NOT_A_BINDING_INSTRUMENT(true),
        /** Another instrument replaces the claimed one between the two States: a deficiency. */
        SUPERSEDED(true),
        /**
         * Another instrument replaces the corresponding provisions of the claimed one for some of the request's measures
         * (e.g. the EIO for a search, EIO art. 34(1)), while the claimed one still governs the others: a deficiency, to be
         * put right by splitting the request.
         */
        PARTLY_SUPERSEDED(true),
        /** Both States are bound, but the instrument does not provide for the request's measures (e.g. the EAW for a search). */
        OUTSIDE_SCOPE(true),
        /** The party data cannot tell whether both States are bound; a person must check. */
        UNCERTAIN(false),
        /** Reciprocity or comity: not a treaty, so nothing to check against party data. */
        NOT_CHECKED(false),
        /** The request claims no legal basis; the suggestions say what would apply. */
        NONE_CLAIMED(false);

        private final boolean deficiency;

        Status(boolean deficiency) {
            this.deficiency = deficiency;
        }

        /** @return whether a claim with this status is a deficiency of the request */
        public boolean isDeficiency() {
            return deficiency;
        }
    }

    /**
     * A finding.
     *
     * @throws org.openmla.core.InvalidValueException if a field is null or blank
     */
    public LegalBasisFinding(Optional<LegalBasis> claimed, Status status, Optional<Citation> citation, String explanation,
            List<String> suggestedInstruments) {
        this(claimed, status, citation, null, explanation, suggestedInstruments);
    }

    private LegalBasisFinding(Optional<LegalBasis> claimed, Status status, Optional<Citation> citation, Supplier<String> wording, String explanation,
            List<String> suggestedInstruments) {
        super("LegalBasisFinding.explanation", 4000, wording, explanation);
        this.claimed = Checks.optional(claimed, "LegalBasisFinding.claimed");
        this.status = Checks.required(status, "LegalBasisFinding.status");
        this.citation = Checks.optional(citation, "LegalBasisFinding.citation");
        this.suggestedInstruments = Checks.textList(suggestedInstruments, "LegalBasisFinding.suggestedInstruments", 40);
    }

    /**
     * A finding whose explanation is worded when first read: the wording must be a pure function of values that do not
     * change, and give a text the public constructor would accept.
     */
    static LegalBasisFinding worded(Optional<LegalBasis> claimed, Status status, Optional<Citation> citation, Supplier<String> wording,
            List<String> suggestedInstruments) {
        return new LegalBasisFinding(claimed, status, citation, Objects.requireNonNull(wording, "wording"), null, suggestedInstruments);
    }

    /** @return the basis the request claims; empty for {@link Status#NONE_CLAIMED} */
    public Optional<LegalBasis> claimed() {
        return claimed;
    }

    /** @return what was found */
    public Status status() {
        return status;
    }

    /** @return the provision the finding rests on */
    public Optional<Citation> citation() {
        return citation;
    }

    /**
     * @return the finding in words, with the dates that decide it (worded on first read where the resolver made it)
     * @throws org.openmla.core.InvalidValueException on first read, if the wording is blank or too long: the check a text
     *     given to the constructor has at once (the resolver's own wordings are far within the limit)
     */
    public String explanation() {
        return worded();
    }

    /** @return ids of the instruments that do apply between the two States on the date, strongest first */
    public List<String> suggestedInstruments() {
        return suggestedInstruments;
    }

    /** @return whether this finding is a deficiency of the request */
    public boolean isDeficiency() {
        return status.isDeficiency();
    }

    /** Equal to a finding with equal components, the explanations included (as a record is). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof LegalBasisFinding f && claimed.equals(f.claimed) && status == f.status && citation.equals(f.citation)
                && explanation().equals(f.explanation()) && suggestedInstruments.equals(f.suggestedInstruments);
    }

    @Override
    public int hashCode() {
        int h = claimed.hashCode();
        h = 31 * h + status.hashCode();
        h = 31 * h + citation.hashCode();
        h = 31 * h + explanation().hashCode();
        return 31 * h + suggestedInstruments.hashCode();
    }

    @Override
    public String toString() {
        return "LegalBasisFinding[claimed=" + claimed + ", status=" + status + ", citation=" + citation + ", explanation=" + explanation()
                + ", suggestedInstruments=" + suggestedInstruments + "]";
    }
}
