package org.openmla.treaties.resolver;

import java.util.List;
import java.util.Optional;
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
 */
public record LegalBasisFinding(Optional<LegalBasis> claimed, Status status, Optional<Citation> citation, String explanation,
        List<String> suggestedInstruments) {

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

    /** @throws org.openmla.core.InvalidValueException if a field is null or blank */
    public LegalBasisFinding {
        Checks.optional(claimed, "LegalBasisFinding.claimed");
        Checks.required(status, "LegalBasisFinding.status");
        Checks.optional(citation, "LegalBasisFinding.citation");
        Checks.text(explanation, "LegalBasisFinding.explanation", 4000);
        suggestedInstruments = Checks.textList(suggestedInstruments, "LegalBasisFinding.suggestedInstruments", 40);
    }

    /** @return whether this finding is a deficiency of the request */
    public boolean isDeficiency() {
        return status.isDeficiency();
    }
}
