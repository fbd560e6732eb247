package org.openmla.core.decision;

import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Citation;

/**
 * A duty to consult the requesting State before refusing or postponing.
 *
 * @param ruleId the rule
 * @param citation its article
 * @param statement the duty in plain words
 */
public record ConsultationDuty(String ruleId, Citation citation, String statement) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public ConsultationDuty {
        Checks.required(ruleId, "ConsultationDuty.ruleId");
        Checks.required(citation, "ConsultationDuty.citation");
        Checks.required(statement, "ConsultationDuty.statement");
    }
}
