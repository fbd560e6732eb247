package org.openmla.core.lifecycle;

import org.openmla.core.internal.Checks;
import org.openmla.core.rules.TimeLimit;

/**
 * An extension of one deadline, by the rule that declares it. Extensions of a deadline add up, and together may not
 * exceed the pack's {@code maxExtension}, in the same unit. Immutable.
 *
 * @param ruleId the deadline's rule id
 * @param by how much longer
 */
public record DeadlineExtension(String ruleId, TimeLimit by) {
    /** @throws org.openmla.core.InvalidValueException if a field is null or the rule id blank */
    public DeadlineExtension {
        Checks.text(ruleId, "DeadlineExtension.ruleId", 100);
        Checks.required(by, "DeadlineExtension.by");
    }

    /** @return an extension */
    public static DeadlineExtension of(String ruleId, TimeLimit by) {
        return new DeadlineExtension(ruleId, by);
    }
}
