package org.openmla.core.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.PackRef;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;

/**
 * A rule pack resolved against the packs it extends: the rules in force for it, in order, with where each comes
 * from and which rules of its ancestors it disabled. Made by {@link RulePackRegistry}; immutable and thread-safe.
 */
public final class CompiledRulePack {
    private final RulePack definition;
    private final List<String> lineage;
    private final List<PackRef> lineageVersions;
    private final List<Rule> rules;
    private final Map<String, Rule> byId;
    private final Map<String, String> origin;
    private final Map<String, String> disabled;
    private final Map<String, Rule> disabledDefinitions;
    private final Map<String, List<Rule>> exceptionsTo;
    private final List<Instrument> instruments;

    CompiledRulePack(RulePack definition, List<String> lineage, List<PackRef> lineageVersions, List<Rule> rules, Map<String, String> origin,
            Map<String, String> disabled, Map<String, Rule> disabledDefinitions, List<Instrument> instruments) {
        this.definition = definition;
        this.lineage = List.copyOf(lineage);
        this.lineageVersions = List.copyOf(lineageVersions);
        this.rules = List.copyOf(rules);
        Map<String, Rule> ids = new LinkedHashMap<>();
        Map<String, List<Rule>> exceptions = new HashMap<>();
        for (Rule r : rules) {
            ids.put(r.id(), r);
            r.exceptionTo().ifPresent(base -> exceptions.computeIfAbsent(base, k -> new ArrayList<>()).add(r));
        }
        this.byId = Collections.unmodifiableMap(ids);
        Map<String, List<Rule>> frozen = new HashMap<>();
        exceptions.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.exceptionsTo = Collections.unmodifiableMap(frozen);
        this.origin = Collections.unmodifiableMap(new LinkedHashMap<>(origin));
        this.disabled = Collections.unmodifiableMap(new LinkedHashMap<>(disabled));
        this.disabledDefinitions = Collections.unmodifiableMap(new LinkedHashMap<>(disabledDefinitions));
        this.instruments = List.copyOf(instruments);
    }

    /** @return the pack as its author wrote it */
    public RulePack definition() {
        return definition;
    }

    /** @return the pack id */
    public String id() {
        return definition.id();
    }

    /** @return the pack version */
    public String version() {
        return definition.version();
    }

    /** @return this pack's id followed by the ids of the packs it extends, nearest first */
    public List<String> lineage() {
        return lineage;
    }

    /** @return this pack and the packs it extends, nearest first, each with the version compiled in */
    public List<PackRef> lineageVersions() {
        return lineageVersions;
    }

    /** @return the rules in force for this pack, ancestors' first, in order; disabled rules are not included */
    public List<Rule> rules() {
        return rules;
    }

    /** @return the rule with this id, if it is in force for this pack */
    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the id of the pack that contributed the rule (itself, or an ancestor) */
    public Optional<String> origin(String ruleId) {
        return Optional.ofNullable(origin.get(ruleId));
    }

    /** @return ids of ancestors' rules this pack or an intermediate one disabled, with the reason */
    public Map<String, String> disabledRules() {
        return disabled;
    }

    /** @return the definition of an ancestor's rule that was disabled, so decisions can cite what was switched off */
    public Optional<Rule> disabledRule(String ruleId) {
        return Optional.ofNullable(disabledDefinitions.get(ruleId));
    }

    /** @return the exceptions to a rule */
    public List<Rule> exceptionsTo(String ruleId) {
        return exceptionsTo.getOrDefault(ruleId, List.of());
    }

    /** @return the instruments of this pack and its ancestors */
    public List<Instrument> instruments() {
        return instruments;
    }

    @Override
    public String toString() {
        return "CompiledRulePack[" + id() + "@" + version() + ", " + rules.size() + " rules]";
    }
}
