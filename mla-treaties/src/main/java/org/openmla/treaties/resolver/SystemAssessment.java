package org.openmla.treaties.resolver;

import java.util.Collection;
import java.util.Set;
import org.openmla.core.engine.Assessment;
import org.openmla.core.internal.Checks;

/**
 * An assessment the resolver supplies to the engine on the system's behalf, with the relationship that made it and the
 * instruments whose packs it is meant for. {@code AGREED_TO_APPLY_CONVENTION_PROVISIONS} may be true for UNTOC and false
 * for UNCAC between the same States, so each is supplied only to evaluations of the packs it concerns.
 *
 * @param relationshipId the relationship that made it
 * @param concerns the instruments whose packs read it; empty for every instrument
 * @param assessment the assessment, attributed to {@value RelationshipContext#SYSTEM}
 */
public record SystemAssessment(String relationshipId, Set<String> concerns, Assessment assessment) {

    /** @throws org.openmla.core.InvalidValueException if a field is null, or the assessment concerns one measure */
    public SystemAssessment {
        Checks.text(relationshipId, "SystemAssessment.relationshipId", 100);
        concerns = Checks.set(concerns, "SystemAssessment.concerns");
        Checks.required(assessment, "SystemAssessment.assessment");
        if (assessment.measureIndex().isPresent()) {
            throw new org.openmla.core.InvalidValueException("SystemAssessment.assessment", "system assessments concern the whole request, not a measure");
        }
    }

    /** @return the assessment's key */
    public String key() {
        return assessment.key();
    }

    /** @return whether it is meant for an evaluation of any of these instruments' packs */
    public boolean concernsAny(Collection<String> instrumentIds) {
        if (concerns.isEmpty()) {
            return true;
        }
        for (String id : instrumentIds) {
            if (concerns.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
