package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.List;
import org.openmla.core.model.RequestId;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.internal.Checks;

/**
 * The check of the legal basis a request claims, against the instruments that bind the two States on the date: one
 * {@link LegalBasisFinding} per claimed basis (or one {@code NONE_CLAIMED} finding), and what would apply instead.
 * A deficiency here is a legal-basis finding to be put right, not a refusal.
 *
 * @param requestId the request
 * @param date the date whose law applies
 * @param findings one per claimed basis, in the request's order
 * @param applicableInstruments what the check suggests: the instruments that govern the request's measures between the
 *     two States on the date, strongest first (or, when none does, every instrument that applies between them)
 * @param governing the instruments that govern at least one of the request's measures between the two States on the
 *     date, strongest first: they apply, provide for the measure, and are not replaced for it (e.g. a search between two
 *     States bound by the EIO is governed by the EIO, a joint investigation team between them by ETS 30, EIO art. 34(1))
 * @param notes legal-basis notes with their citations: which instrument governs which measures and why, instruments
 *     that do not apply between the two States, and governing instruments with no registered pack
 */
public record LegalBasisCheck(RequestId requestId, LocalDate date, List<LegalBasisFinding> findings, List<String> applicableInstruments,
        List<String> governing, List<LegalBasisNote> notes) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public LegalBasisCheck {
        Checks.required(requestId, "LegalBasisCheck.requestId");
        Checks.required(date, "LegalBasisCheck.date");
        findings = Checks.list(findings, "LegalBasisCheck.findings");
        applicableInstruments = Checks.textList(applicableInstruments, "LegalBasisCheck.applicableInstruments", 40);
        governing = Checks.textList(governing, "LegalBasisCheck.governing", 40);
        notes = Checks.list(notes, "LegalBasisCheck.notes");
    }

    /** @return the findings that are deficiencies of the request */
    public List<LegalBasisFinding> deficiencies() {
        return findings.stream().filter(LegalBasisFinding::isDeficiency).toList();
    }

    /** @return whether no claimed basis is deficient */
    public boolean isSound() {
        return deficiencies().isEmpty();
    }

    /** @return the ids of the claimed instruments found valid */
    public List<String> validClaims() {
        return findings.stream().filter(f -> f.status() == LegalBasisFinding.Status.VALID)
                .flatMap(f -> f.claimed().flatMap(c -> c.instrument()).stream()).toList();
    }
}
