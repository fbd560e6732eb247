package org.openmla.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.rules.Citation;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.rules.PackRef;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.decision.Verdict;

/**
 * Which rules of the packs under test some decision made <em>decisive</em> (among the rules that determined the
 * outcome of the request or a measure) or <em>adverse</em> (the kind's adverse verdict: a ground found, a
 * requirement not met, a condition imposed; for an exception to another rule, that it applies, {@code TRUE}, whatever
 * its kind, since that is when it changes the other rule's finding). A rule no test ever made either is untested: the
 * tests would still pass if it were deleted or its condition inverted.
 *
 * <p>Record decisions with {@link #record(Decision)} (the {@link org.openmla.testkit.fixtures.PackFixture} and the
 * scenario tables do it for you), then read {@link #report()} or fail the build below a threshold with
 * {@link #requireAtLeast(double)}. By default the packs counted are those the recorded decisions applied, each at
 * the version applied; {@link #of(RulePackRegistry, String...)} fixes them instead, so that a pack no test applied
 * counts as wholly untested. Rules a pack inherits from the pack it extends are counted in it.
 *
 * <p>Thread-safe: decisions may be recorded from parallel tests.
 */
public final class RuleCoverage {

    private final RulePackRegistry registry;
    private final List<String> fixedPackIds;
    private final Map<String, CompiledRulePack> packs = new LinkedHashMap<>();
    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private int decisions;

    private RuleCoverage(RulePackRegistry registry, List<String> fixedPackIds) {
        this.registry = registry;
        this.fixedPackIds = fixedPackIds;
        for (String id : fixedPackIds) {
            CompiledRulePack p = registry.get(id);
            packs.put(key(p.id(), p.version()), p);
        }
    }

    /**
     * Coverage of the packs the recorded decisions apply.
     *
     * @param registry the registry the decisions were made with
     * @return an empty coverage
     */
    public static RuleCoverage of(RulePackRegistry registry) {
        return new RuleCoverage(Objects.requireNonNull(registry, "registry"), List.of());
    }

    /**
     * Coverage of exactly these packs (their latest versions); other packs the decisions apply are ignored.
     *
     * @param registry the registry the decisions were made with
     * @param packIds the packs under test
     * @return an empty coverage
     * @throws org.openmla.core.rules.RulePackException if a pack is not registered
     */
    public static RuleCoverage of(RulePackRegistry registry, String... packIds) {
        Objects.requireNonNull(registry, "registry");
        return new RuleCoverage(registry, List.of(packIds));
    }

    /**
     * Records what a decision made decisive or adverse.
     *
     * @param decision a decision made with this coverage's registry
     */
    public synchronized void record(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        decisions++;
        Set<String> determining = new HashSet<>(decision.determiningRuleIds());
        for (MeasureResult m : decision.measures()) {
            determining.addAll(m.determiningRuleIds());
        }
        for (PackRef ref : decision.packs()) {
            String packKey = key(ref.id(), ref.version());
            CompiledRulePack pack = packs.get(packKey);
            if (pack == null) {
                if (!fixedPackIds.isEmpty()) {
                    continue;
                }
                pack = registry.find(ref.id(), ref.version()).orElse(null);
                if (pack == null) {
                    continue;
                }
                packs.put(packKey, pack);
            }
            for (Rule rule : pack.rules()) {
                String origin = pack.origin(rule.id()).orElse(pack.id());
                Counts c = counts.computeIfAbsent(packKey + "/" + rule.id(), k -> new Counts());
                boolean inPlay = false;
                boolean adverse = false;
                for (Finding f : decision.findings()) {
                    if (f.ruleId().equals(rule.id()) && f.packId().equals(origin)) {
                        inPlay |= f.verdict() != Verdict.NOT_APPLICABLE;
                        adverse |= rule.exceptionTo().isPresent() ? f.verdict() == Verdict.TRUE : f.isAdverse();
                    }
                }
                c.inPlay += inPlay ? 1 : 0;
                c.adverse += adverse ? 1 : 0;
                c.determining += adverse && determining.contains(rule.id()) ? 1 : 0; // waiting on an assessment is not being tested
            }
        }
    }

    /** @return a snapshot of the coverage so far */
    public synchronized Report report() {
        List<PackCoverage> result = new ArrayList<>();
        for (Map.Entry<String, CompiledRulePack> e : packs.entrySet()) {
            CompiledRulePack pack = e.getValue();
            List<RuleUse> uses = new ArrayList<>();
            for (Rule rule : pack.rules()) {
                Counts c = counts.getOrDefault(e.getKey() + "/" + rule.id(), new Counts());
                uses.add(new RuleUse(rule.id(), rule.citation(), rule.kind(), rule.statement(), pack.origin(rule.id()).orElse(pack.id()),
                        c.inPlay, c.adverse, c.determining, rule.exceptionTo()));
            }
            result.add(new PackCoverage(pack.id(), pack.version(), List.copyOf(uses)));
        }
        return new Report(decisions, List.copyOf(result));
    }

    /**
     * Fails unless at least this share of the rules is tested.
     *
     * @param minimum from 0 to 1, e.g. {@code 0.8}
     * @return the report, when it passes
     * @throws AssertionError below the minimum (or when no decision was recorded), with the report listing the
     *     untested rules
     */
    public Report requireAtLeast(double minimum) {
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("the minimum must be between 0 and 1 (was " + minimum + ")");
        }
        Report r = report();
        if (r.decisions() == 0) {
            throw new AssertionError("Rule coverage cannot be checked: no decision was recorded");
        }
        if (r.ratio() < minimum) {
            throw new AssertionError(String.format(Locale.ROOT, "Rule coverage %.1f%% is below the required %.1f%%%n%n", 100 * r.ratio(), 100 * minimum)
                    + r.render());
        }
        return r;
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    private static final class Counts {
        int inPlay;
        int adverse;
        int determining;
    }

    /**
     * How one rule was exercised.
     *
     * @param ruleId the rule
     * @param citation its article
     * @param kind its kind
     * @param statement its statement
     * @param definedBy the pack that defines it (the pack itself, or one it extends)
     * @param inPlay how many decisions found it applicable (any verdict but {@code NOT_APPLICABLE})
     * @param adverse how many decisions gave it its kind's adverse verdict or, for an exception, found that it applies
     * @param determining how many decisions counted it among the rules that determined an outcome
     * @param exceptionTo the rule it is an exception to, if it is one
     */
    public record RuleUse(String ruleId, Citation citation, RuleKind kind, String statement, String definedBy, int inPlay, int adverse,
            int determining, Optional<String> exceptionTo) {
        /** @return whether some decision made the rule decisive or adverse */
        public boolean isTested() {
            return adverse > 0 || determining > 0;
        }
    }

    /**
     * The coverage of one pack.
     *
     * @param packId the pack
     * @param version its version
     * @param rules its rules, in evaluation order
     */
    public record PackCoverage(String packId, String version, List<RuleUse> rules) {
        /** @return how many rules are tested */
        public int tested() {
            return (int) rules.stream().filter(RuleUse::isTested).count();
        }

        /** @return the rules no decision made decisive or adverse */
        public List<RuleUse> untested() {
            return rules.stream().filter(r -> !r.isTested()).toList();
        }
    }

    /**
     * A snapshot of the coverage.
     *
     * @param decisions how many decisions were recorded
     * @param packs the packs counted
     */
    public record Report(int decisions, List<PackCoverage> packs) {

        /** @return how many rules are counted, over every pack */
        public int rules() {
            return packs.stream().mapToInt(p -> p.rules().size()).sum();
        }

        /** @return how many of them are tested */
        public int tested() {
            return packs.stream().mapToInt(PackCoverage::tested).sum();
        }

        /** @return the share of tested rules, 0 when there is none */
        public double ratio() {
            return rules() == 0 ? 0 : (double) tested() / rules();
        }

        /** @return the untested rules of every pack */
        public List<RuleUse> untested() {
            return packs.stream().flatMap(p -> p.untested().stream()).toList();
        }

        /** @return the pack's coverage, if it was counted */
        public Optional<PackCoverage> pack(String packId) {
            return packs.stream().filter(p -> p.packId().equals(packId)).findFirst();
        }

        /**
         * Renders the report: totals, then each pack's untested rules with citation, id, kind, whether any decision
         * found it applicable, and statement.
         *
         * @return the text
         */
        public String render() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "Rule coverage: %d of %d rules (%.1f%%) made decisive or adverse in %d %s%n",
                    tested(), rules(), 100 * ratio(), decisions, decisions == 1 ? "decision" : "decisions"));
            for (PackCoverage p : packs) {
                sb.append(String.format(Locale.ROOT, "%n%s@%s: %d of %d rules (%.1f%%)%n", p.packId(), p.version(), p.tested(), p.rules().size(),
                        p.rules().isEmpty() ? 0.0 : 100.0 * p.tested() / p.rules().size()));
                List<RuleUse> untested = p.untested();
                if (untested.isEmpty()) {
                    sb.append("  every rule tested\n");
                    continue;
                }
                sb.append("  untested:\n");
                for (RuleUse r : untested) {
                    sb.append("  - ").append(r.citation()).append(" (").append(r.ruleId()).append(", ").append(r.kind())
                            .append(r.definedBy().equals(p.packId()) ? "" : ", from " + r.definedBy()).append("): ")
                            .append(r.inPlay() == 0 ? "never in play" : "in play in " + r.inPlay() + (r.inPlay() == 1 ? " decision" : " decisions")
                                    + ", never " + (r.exceptionTo().isPresent() ? "applied (TRUE) as an exception to " + r.exceptionTo().get()
                                            : adverseWord(r.kind())))
                            .append("\n      ").append(r.statement()).append('\n');
                }
            }
            return sb.toString();
        }

        private static String adverseWord(RuleKind kind) {
            return kind.adverseVerdict() == org.openmla.core.rules.Truth.FALSE ? "unmet (FALSE)" : "adverse (TRUE)";
        }

        @Override
        public String toString() {
            return render();
        }
    }
}
