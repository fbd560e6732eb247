package org.openmla.core.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.InvalidValueException;

/** The checks a {@link RulePack} makes when it is built: extension, effective period, rule ids used once. */
final class RulePackChecks {
    private RulePackChecks() {}

    /** @throws InvalidValueException if the pack is inconsistent; the message names the pack and the rule */
    static void check(String id, Optional<String> parent, Optional<LocalDate> effectiveFrom, Optional<LocalDate> effectiveUntil,
            List<Rule> rules, Map<String, Rule> replacements, Map<String, String> disabled) {
        if (parent.isEmpty() && (!replacements.isEmpty() || !disabled.isEmpty())) {
            throw new InvalidValueException("RulePack " + id, "replaces or disables rules but extends no pack");
        }
        if (parent.isPresent() && parent.get().equals(id)) {
            throw new InvalidValueException("RulePack " + id, "cannot extend itself");
        }
        if (effectiveFrom.isPresent() && effectiveUntil.isPresent() && effectiveUntil.get().isBefore(effectiveFrom.get())) {
            throw new InvalidValueException("RulePack " + id, "effectiveUntil must not be before effectiveFrom");
        }
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new InvalidValueException("RulePack " + id, "rule id '" + r.id() + "' is used twice");
            }
        }
        for (Rule r : replacements.values()) {
            if (!ids.add(r.id())) {
                throw new InvalidValueException("RulePack " + id, "rule id '" + r.id() + "' is both added and replaced");
            }
        }
        for (String d : disabled.keySet()) {
            if (ids.contains(d)) {
                throw new InvalidValueException("RulePack " + id, "rule id '" + d + "' is both disabled and defined here");
            }
        }
        if (rules.isEmpty() && parent.isEmpty()) {
            throw new InvalidValueException("RulePack " + id, "has no rules");
        }
    }
}
