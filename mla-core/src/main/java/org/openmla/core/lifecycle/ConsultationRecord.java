package org.openmla.core.lifecycle;

import java.util.List;
import java.util.Objects;
import org.openmla.core.internal.Checks;
import org.openmla.core.decision.ConsultationDuty;
import org.openmla.core.decision.Decision;

/**
 * That the requesting State was consulted, which duties to consult this discharges (by rule id) and how it ended.
 * What was said belongs in the command's reason, not here. Immutable.
 *
 * @param duties the rule ids of the {@link ConsultationDuty duties} the consultation discharges; may be empty for a
 *     consultation held although no duty required it
 * @param result how it ended
 */
public record ConsultationRecord(List<String> duties, Result result) {

    /** How a consultation ended. */
    public enum Result {
        /** The requesting State accepted assistance subject to conditions. */
        CONDITIONS_AGREED,
        /** The States did not agree on conditions that would allow the assistance. */
        NO_AGREEMENT,
        /** The requesting State was consulted and did not reply in the time it was given. */
        NO_REPLY
    }

    /** @throws org.openmla.core.InvalidValueException if a field is null or a duty is blank */
    public ConsultationRecord {
        duties = Checks.textList(duties, "ConsultationRecord.duties", 100);
        Checks.required(result, "ConsultationRecord.result");
    }

    /** @return a record discharging every duty to consult the decision carries */
    public static ConsultationRecord covering(Decision decision, Result result) {
        Objects.requireNonNull(decision, "decision");
        return new ConsultationRecord(decision.consultations().stream().map(ConsultationDuty::ruleId).distinct().toList(), result);
    }
}
