package org.openmla.examples.casesystem;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.RequestId;
import org.openmla.core.engine.Assessment;

/**
 * What the host keeps for one incoming request: the request, its lifecycle case, the date whose law applies, and the
 * officers' assessments. Its version is the case's version, which every change moves on (recording assessments
 * records a new decision), so that one version number guards the whole file.
 *
 * <p>Immutable; {@link #toString()} shows ids, state and version only, never the request's contents.
 *
 * @param request the request as received
 * @param requestCase its case; its id is the request's id
 * @param lawDate the date whose law applies, fixed at receipt
 * @param assessments the officers' assessments, at most one per key and measure
 */
public record CaseFile(MlaRequest request, RequestCase requestCase, LocalDate lawDate, List<Assessment> assessments) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the case is not the request's
     */
    public CaseFile {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestCase, "requestCase");
        Objects.requireNonNull(lawDate, "lawDate");
        assessments = List.copyOf(assessments);
        if (!requestCase.caseId().equals(request.id())) {
            throw new IllegalArgumentException("case " + requestCase.caseId() + " is not the case of request " + request.id());
        }
    }

    /** @return the case id, which is the request's id */
    public RequestId caseId() {
        return requestCase.caseId();
    }

    /** @return the version, the case's */
    public long version() {
        return requestCase.version();
    }

    /** @return a copy with another case */
    public CaseFile with(RequestCase next) {
        return new CaseFile(request, next, lawDate, assessments);
    }

    /** @return a copy with another case and other assessments */
    public CaseFile with(RequestCase next, List<Assessment> nextAssessments) {
        return new CaseFile(request, next, lawDate, nextAssessments);
    }

    @Override
    public String toString() {
        return "CaseFile[" + caseId() + ", " + requestCase.state() + ", version " + version() + ", " + assessments.size() + " assessments]";
    }
}
