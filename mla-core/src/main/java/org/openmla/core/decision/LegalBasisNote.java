package org.openmla.core.decision;

import java.util.List;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Citation;

/**
 * Why a pack did not govern the request: not in force on the law date, or outside the instrument's scope. Not a
 * refusal: it says the instrument does not apply here, and the citations say why.
 *
 * @param packId the pack
 * @param reason the reason in words
 * @param citations the articles behind it (empty for a pack not in force)
 */
public record LegalBasisNote(String packId, String reason, List<Citation> citations) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public LegalBasisNote {
        Checks.required(packId, "LegalBasisNote.packId");
        Checks.required(reason, "LegalBasisNote.reason");
        citations = Checks.list(citations, "LegalBasisNote.citations");
    }
}
