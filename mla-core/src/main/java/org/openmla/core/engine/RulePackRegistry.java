package org.openmla.core.engine;

import java.util.Objects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.openmla.core.MlaException;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.PackRef;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackException;
import org.openmla.core.rules.RulePackProvider;
import org.openmla.core.rules.StandardAssessments;

/**
 * The packs available to an engine, compiled once. Packs come from {@link RulePackProvider}s found with
 * {@link ServiceLoader} ({@link Builder#discover()}) and from explicit registration.
 *
 * <p>Several versions of a pack may be registered side by side, so that old decisions can be replayed; a pack id is
 * resolved to its latest version unless a version is named. Building fails with an {@link RulePackException} if a
 * pack id and version is registered twice, a parent is missing, extension forms a cycle, a replaced or disabled rule
 * does not exist in the parent, a rule id is used twice, or an exception points at a rule the pack lacks or at a rule
 * evaluated differently (per measure or per request). Immutable and thread-safe.
 */
public final class RulePackRegistry {

    private static final Comparator<String> VERSION_ORDER = RulePackRegistry::compareVersions;

    private final Map<String, TreeMap<String, CompiledRulePack>> packs;
    /** The assessment keys each pack's evaluations may carry, found on first use. */
    private final Map<CompiledRulePack, Set<String>> assessmentKeys = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The same packs for the lookups of every evaluation, made once: the latest version of each pack, and each version
     * by its exact text, so that neither makes an entry nor compares versions ({@link #compareVersions} splits them).
     */
    private final Map<String, CompiledRulePack> latest = new java.util.HashMap<>();
    private final Map<String, Map<String, CompiledRulePack>> exactVersions = new java.util.HashMap<>();

    private RulePackRegistry(Map<String, TreeMap<String, CompiledRulePack>> packs) {
        this.packs = packs;
        packs.forEach((id, versions) -> {
            latest.put(id, versions.lastEntry().getValue());
            exactVersions.put(id, new java.util.HashMap<>(versions));
        });
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a registry of the packs found through {@link ServiceLoader} on the class path or module path */
    public static RulePackRegistry discover() {
        return builder().discover().build();
    }

    /** @return a registry of exactly these packs */
    public static RulePackRegistry of(RulePack... packs) {
        Builder b = builder();
        for (RulePack p : packs) {
            b.register(p);
        }
        return b.build();
    }

    /** @return the latest version of every pack, sorted by id */
    public List<CompiledRulePack> packs() {
        List<CompiledRulePack> result = new ArrayList<>();
        new TreeMap<>(packs).forEach((id, versions) -> result.add(versions.lastEntry().getValue()));
        return List.copyOf(result);
    }

    /** @return every registered version of every pack, by id then version */
    public List<CompiledRulePack> allVersions() {
        List<CompiledRulePack> result = new ArrayList<>();
        new TreeMap<>(packs).forEach((id, versions) -> result.addAll(versions.values()));
        return List.copyOf(result);
    }

    /** @return the latest version of the pack */
    public Optional<CompiledRulePack> find(String id) {
        TreeMap<String, CompiledRulePack> versions = packs.get(id);
        return versions == null ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    /** @return the given version of the pack */
    public Optional<CompiledRulePack> find(String id, String version) {
        TreeMap<String, CompiledRulePack> versions = packs.get(id);
        if (versions == null) {
            return Optional.empty();
        }
        CompiledRulePack exact = exactVersions.get(id).get(version); // as registered: no versions compared
        return Optional.ofNullable(exact != null ? exact : versions.get(version)); // else by order: 1.0 finds 1.0.0
    }

    /**
     * The latest version of a pack.
     *
     * @param id the pack id
     * @return the pack
     * @throws RulePackException if there is no such pack
     */
    public CompiledRulePack get(String id) {
        CompiledRulePack pack = latest.get(id); // without the entry and the Optional find(id) makes
        if (pack == null) {
            throw new RulePackException("no rule pack '" + id + "' is registered (known: " + new TreeMap<>(packs).keySet() + ")");
        }
        return pack;
    }

    /**
     * The assessment keys an evaluation under a pack may carry: the standard ones ({@link StandardAssessments#all()})
     * and those the pack and the packs it extends ask ({@link RulePack#assessments()}: in conditions built from
     * {@link Conditions}, or declared). {@link RulesEngine#evaluate} refuses any other key.
     *
     * @param pack a pack of this registry
     * @return the key ids, unmodifiable
     */
    public Set<String> assessmentKeys(CompiledRulePack pack) {
        Objects.requireNonNull(pack, "pack");
        return assessmentKeys.computeIfAbsent(pack, p -> {
            Set<String> keys = new HashSet<>();
            StandardAssessments.all().forEach(k -> keys.add(k.id()));
            for (PackRef ref : p.lineageVersions()) {
                find(ref.id(), ref.version()).ifPresent(l -> l.definition().assessments().forEach(k -> keys.add(k.id())));
            }
            p.definition().assessments().forEach(k -> keys.add(k.id()));
            return Set.copyOf(keys);
        });
    }

    static int compareVersions(String a, String b) {
        String[] pa = a.split("[.-]");
        String[] pb = b.split("[.-]");
        for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
            String x = i < pa.length ? pa[i] : "0";
            String y = i < pb.length ? pb[i] : "0";
            boolean nx = x.chars().allMatch(Character::isDigit);
            boolean ny = y.chars().allMatch(Character::isDigit);
            int c = nx && ny ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y)) : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Collects packs and compiles them. Not thread-safe. */
    public static final class Builder {
        private final Map<String, RulePack> definitions = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();

        private Builder() {}

        /** Adds the packs of every {@link RulePackProvider} visible to this module's class loader. @return this builder */
        public Builder discover() {
            return discover(ServiceLoader.load(RulePackProvider.class));
        }

        /** Adds the packs of every {@link RulePackProvider} visible to the class loader. @return this builder */
        public Builder discover(ClassLoader loader) {
            return discover(ServiceLoader.load(RulePackProvider.class, loader));
        }

        private Builder discover(ServiceLoader<RulePackProvider> loader) {
            for (RulePackProvider provider : loader) {
                List<RulePack> provided = provider.packs();
                Checks.list(provided, provider.getClass().getName() + ".packs()");
                for (RulePack p : provided) {
                    add(p, provider.getClass().getName());
                }
            }
            return this;
        }

        /** Adds a pack explicitly. @return this builder */
        public Builder register(RulePack pack) {
            return add(Objects.requireNonNull(pack, "pack"), "explicit registration");
        }

        /** Adds packs explicitly. @return this builder */
        public Builder registerAll(Collection<RulePack> packs) {
            Checks.list(List.copyOf(packs), "packs").forEach(this::register);
            return this;
        }

        private Builder add(RulePack pack, String source) {
            String key = pack.id() + "@" + pack.version();
            if (definitions.containsKey(key)) {
                throw new RulePackException("duplicate rule pack " + key + ": from " + sources.get(key) + " and from " + source);
            }
            definitions.put(key, pack);
            sources.put(key, source);
            return this;
        }

        /**
         * Compiles every pack.
         *
         * @return the registry
         * @throws RulePackException if a pack is inconsistent
         */
        public RulePackRegistry build() {
            Map<String, TreeMap<String, RulePack>> byId = new LinkedHashMap<>();
            for (RulePack p : definitions.values()) {
                byId.computeIfAbsent(p.id(), k -> new TreeMap<>(VERSION_ORDER)).put(p.version(), p);
            }
            Map<String, TreeMap<String, CompiledRulePack>> compiled = new LinkedHashMap<>();
            Map<RulePack, CompiledRulePack> memo = new LinkedHashMap<>();
            for (TreeMap<String, RulePack> versions : byId.values()) {
                for (RulePack p : versions.values()) {
                    CompiledRulePack c = compile(p, byId, memo, new LinkedHashSet<>());
                    compiled.computeIfAbsent(p.id(), k -> new TreeMap<>(VERSION_ORDER)).put(p.version(), c);
                }
            }
            return new RulePackRegistry(compiled);
        }

        private CompiledRulePack compile(RulePack pack, Map<String, TreeMap<String, RulePack>> byId,
                Map<RulePack, CompiledRulePack> memo, Set<String> visiting) {
            CompiledRulePack done = memo.get(pack);
            if (done != null) {
                return done;
            }
            if (!visiting.add(pack.id())) {
                throw new RulePackException("rule packs extend each other in a cycle: " + String.join(" -> ", visiting) + " -> " + pack.id());
            }
            List<Rule> rules = new ArrayList<>();
            Map<String, String> origin = new LinkedHashMap<>();
            Map<String, String> disabled = new LinkedHashMap<>();
            Map<String, Rule> disabledDefinitions = new LinkedHashMap<>();
            List<String> lineage = new ArrayList<>();
            lineage.add(pack.id());
            List<PackRef> lineageRefs = new ArrayList<>();
            lineageRefs.add(new PackRef(pack.id(), pack.version()));
            List<Instrument> instruments = new ArrayList<>();
            if (pack.parent().isPresent()) {
                TreeMap<String, RulePack> parentVersions = byId.get(pack.parent().get());
                if (parentVersions == null) {
                    throw new RulePackException("rule pack " + pack.id() + "@" + pack.version() + " extends '" + pack.parent().get()
                            + "', which is not registered");
                }
                RulePack parentDefinition = pack.parentVersion().isPresent() ? parentVersions.get(pack.parentVersion().get())
                        : parentVersions.lastEntry().getValue();
                if (parentDefinition == null) {
                    throw new RulePackException("rule pack " + pack.id() + "@" + pack.version() + " extends " + pack.parent().get() + "@"
                            + pack.parentVersion().get() + ", which is not registered (registered: " + parentVersions.keySet() + ")");
                }
                CompiledRulePack parent = compile(parentDefinition, byId, memo, visiting);
                lineage.addAll(parent.lineage());
                lineageRefs.addAll(parent.lineageVersions());
                disabled.putAll(parent.disabledRules());
                for (String id : parent.disabledRules().keySet()) {
                    disabledDefinitions.put(id, parent.disabledRule(id).orElseThrow());
                    origin.put(id, parent.origin(id).orElse(parent.id()));
                }
                for (Instrument i : parent.instruments()) {
                    if (!instruments.contains(i)) {
                        instruments.add(i);
                    }
                }
                for (String id : pack.replacements().keySet()) {
                    if (parent.rule(id).isEmpty()) {
                        throw new RulePackException("rule pack " + pack.id() + " replaces rule '" + id + "', which " + parent.id() + " does not have");
                    }
                }
                for (String id : pack.disabled().keySet()) {
                    if (parent.rule(id).isEmpty()) {
                        throw new RulePackException("rule pack " + pack.id() + " disables rule '" + id + "', which " + parent.id() + " does not have");
                    }
                }
                for (Rule r : parent.rules()) {
                    if (pack.disabled().containsKey(r.id())) {
                        disabled.put(r.id(), pack.id() + ": " + pack.disabled().get(r.id()));
                        disabledDefinitions.put(r.id(), r);
                        origin.put(r.id(), parent.origin(r.id()).orElse(parent.id()));
                        continue;
                    }
                    Rule replacement = pack.replacements().get(r.id());
                    rules.add(replacement != null ? replacement : r);
                    origin.put(r.id(), replacement != null ? pack.id() : parent.origin(r.id()).orElse(parent.id()));
                }
            }
            for (Instrument i : pack.instruments()) {
                if (!instruments.contains(i)) {
                    instruments.add(i);
                }
            }
            Set<String> ids = new HashSet<>(origin.keySet());
            for (Rule r : pack.rules()) {
                if (!ids.add(r.id()) || disabled.containsKey(r.id())) {
                    throw new RulePackException("rule pack " + pack.id() + " adds rule '" + r.id() + "', which it inherits already; use replace()");
                }
                rules.add(r);
                origin.put(r.id(), pack.id());
            }
            Map<String, Rule> byRuleId = new LinkedHashMap<>();
            rules.forEach(r -> byRuleId.put(r.id(), r));
            for (Rule r : rules) {
                if (r.exceptionTo().isEmpty()) {
                    continue;
                }
                Rule base = byRuleId.get(r.exceptionTo().get());
                if (base == null) {
                    throw new RulePackException("rule '" + r.id() + "' of pack " + pack.id() + " is an exception to '" + r.exceptionTo().get()
                            + "', which the pack does not have" + (disabled.containsKey(r.exceptionTo().get()) ? " (it is disabled)" : ""));
                }
                if (!base.perMeasure() && r.perMeasure()) {
                    throw new RulePackException("rule '" + r.id() + "' is evaluated per measure but is an exception to request-level rule '" + base.id() + "'");
                }
            }
            checkExceptionCycles(pack, byRuleId);
            visiting.remove(pack.id());
            CompiledRulePack compiled = new CompiledRulePack(pack, lineage, lineageRefs, rules, origin, disabled, disabledDefinitions, instruments);
            memo.put(pack, compiled);
            return compiled;
        }

        private static void checkExceptionCycles(RulePack pack, Map<String, Rule> rules) {
            for (Rule start : rules.values()) {
                Set<String> seen = new LinkedHashSet<>();
                Optional<String> next = Optional.of(start.id());
                while (next.isPresent()) {
                    if (!seen.add(next.get())) {
                        throw new RulePackException("rules of pack " + pack.id() + " are exceptions to each other in a cycle: " + seen);
                    }
                    Rule r = rules.get(next.get());
                    next = r == null ? Optional.empty() : r.exceptionTo();
                }
            }
        }
    }
}
