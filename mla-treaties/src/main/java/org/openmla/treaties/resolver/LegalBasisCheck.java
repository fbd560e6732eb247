package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.List;
import org.openmla.core.model.RequestId;
import org.openmla.core.internal.Checks;

/**
 * The check of the legal basis a request claims, against the instruments that bind the two States on the date: one
 * {@link LegalBasisFinding} per claimed basis (or one {@code NONE_CLAIMED} finding), and what would apply instead.
 * A deficiency here is a legal-basis finding to be put right, not a refusal.
 *
 * @param requestId the request
 * @param date the date whose law applies
 * @param findings one per claimed basis, in the request's order
 * @param applicableInstruments the instruments that apply between the two States on the date, strongest first
 */
public record LegalBasisCheck(RequestId requestId, LocalDate date, List<LegalBasisFinding> findings, List<String> applicableInstruments) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public LegalBasisCheck {
        Checks.required(requestId, "LegalBasisCheck.requestId");
        Checks.required(date, "LegalBasisCheck.date");
        findings = Checks.list(findings, "LegalBasisCheck.findings");
        applicableInstruments = Checks.textList(applicableInstruments, "LegalBasisCheck.applicableInstruments", 40);
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
