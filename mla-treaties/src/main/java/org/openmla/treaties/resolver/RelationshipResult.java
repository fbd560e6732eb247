package org.openmla.treaties.resolver;

import java.util.List;
import org.openmla.core.engine.Assessment;
import org.openmla.core.internal.Checks;

/**
 * What an {@link InstrumentRelationship} contributes to a resolution: findings about instruments, and assessments the
 * resolver supplies to the engine on the system's behalf (e.g. {@code MLA_TREATY_BINDS}).
 *
 * @param findings the findings
 * @param assessments the system assessments, request-level, made with {@link RelationshipContext#systemAssessment}
 */
public record RelationshipResult(List<RelationshipFinding> findings, List<Assessment> assessments) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public RelationshipResult {
        findings = Checks.list(findings, "RelationshipResult.findings");
        assessments = Checks.list(assessments, "RelationshipResult.assessments");
    }

    /** @return a result with nothing in it */
    public static RelationshipResult none() {
        return new RelationshipResult(List.of(), List.of());
    }
}
