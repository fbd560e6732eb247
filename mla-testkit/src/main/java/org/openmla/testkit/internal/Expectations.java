package org.openmla.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.decision.Verdict;

/**
 * The expectations the assertions, the pack fixture and the scenario tables share, so that the three say the same
 * thing in the same words.
 *
 * <p>A <em>finding</em> without a verdict means a rule that fired: its verdict is its kind's adverse verdict
 * ({@code TRUE} for a ground, a condition or a deadline, {@code FALSE} for an unmet requirement, scope or
 * precondition). Rules are named by a citation or a rule id ({@link RuleRef}): a citation matches the findings whose
 * citation is it or falls within it, as {@link Decision#findingsCiting(String)} does; a rule id matches that rule's
 * findings only. An expected finding written for a measure is met only by a finding for that measure, never by a
 * request-level one; an absent finding written for a measure is contradicted by a finding for that measure or for
 * the whole request (which bears on every measure).
 *
 * <p>Measures are shown by their index in the request, from 0, as {@code measures[0]}; the decision's explanation
 * numbers them from 1.
 */
public final class Expectations {
    private Expectations() {}

    /** The decision's outcome is this one. */
    public static Expectation outcome(Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return simple("outcome " + outcome, d -> d.outcome().name(), d -> d.outcome() == outcome);
    }

    /** The measure at this index has this outcome. */
    public static Expectation measureOutcome(int index, Outcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return simple("measures[" + index + "] outcome " + outcome,
                d -> measure(d, index).map(m -> m.outcome().name()).orElse(noSuchMeasure(d, index)),
                d -> measure(d, index).map(m -> m.outcome() == outcome).orElse(false));
    }

    /** The measures' outcomes differ (or do not), so that the request may be granted in part. */
    public static Expectation partial(boolean partial) {
        return simple(partial ? "partial (measures differ)" : "not partial (measures agree)",
                d -> d.partial() ? "partial" : "not partial", d -> d.partial() == partial);
    }

    /**
     * A rule named by the reference fired, or gave the verdict, for the request or a measure.
     *
     * @param rule a citation, e.g. {@code UNTOC art. 18(21)(b)}, or a rule id, e.g. {@code untoc.18.21.b}
     * @param verdict the verdict, or empty for "fired" (adverse)
     * @param measure the measure the finding must be for (a request-level finding does not do), or empty for any
     */
    public static Expectation finding(String rule, Optional<Verdict> verdict, Optional<Integer> measure) {
        RuleRef r = RuleRef.parse(rule);
        String expected = "finding " + r + verdict.map(v -> " [" + v + "]").orElse(" [adverse]")
                + measure.map(m -> " for measures[" + m + "]").orElse("");
        Predicate<Finding> bears = f -> measure.isEmpty() || f.measureIndex().equals(measure);
        Predicate<Finding> wanted = f -> verdict.map(v -> f.verdict() == v).orElse(f.isAdverse());
        return simple(expected,
                d -> describeFindings(named(d, r).stream().filter(bears).toList(), named(d, r).isEmpty()
                        ? (r.isRuleId() ? "no finding of rule " + r : "no rule cites " + r)
                        : "none for measures[" + measure.orElse(-1) + "], only " + describeFindings(named(d, r), "")),
                d -> named(d, r).stream().filter(bears).anyMatch(wanted));
    }

    /** No rule named by the reference (a citation or a rule id) fired, for the request or a measure. */
    public static Expectation noFinding(String rule, Optional<Integer> measure) {
        RuleRef r = RuleRef.parse(rule);
        Predicate<Finding> bears = f -> measure.isEmpty() || f.measureIndex().isEmpty() || f.measureIndex().equals(measure);
        return simple("no finding " + r + " [adverse]" + measure.map(m -> " for measures[" + m + "]").orElse(""),
                d -> describeFindings(named(d, r).stream().filter(bears).filter(Finding::isAdverse).toList(), "none"),
                d -> named(d, r).stream().filter(bears).noneMatch(Finding::isAdverse));
    }

    /** A finding of a rule named by the reference (a citation or a rule id) is among those that determined the request's outcome. */
    public static Expectation determinedBy(String rule) {
        RuleRef r = RuleRef.parse(rule);
        return simple("determined by " + r,
                d -> describeFindings(d.determiningFindings(), "nothing (plain grant)"),
                d -> d.determiningFindings().stream().anyMatch(f -> r.matches(f.citation(), f.ruleId())));
    }

    /**
     * The findings that determined the request's outcome are exactly those of the rules named: each reference names
     * one of them, and each of them is named by a reference.
     *
     * @param rules citations or rule ids; none for a plain grant
     */
    public static Expectation determinedByExactly(List<String> rules) {
        List<RuleRef> refs = rules.stream().map(RuleRef::parse).toList();
        return simple(refs.isEmpty() ? "determined by nothing (plain grant)" : "determined by exactly " + refs,
                d -> describeFindings(d.determiningFindings(), "nothing (plain grant)"),
                d -> {
                    List<Finding> determining = d.determiningFindings();
                    return refs.stream().allMatch(r -> determining.stream().anyMatch(f -> r.matches(f.citation(), f.ruleId())))
                            && determining.stream().allMatch(f -> refs.stream().anyMatch(r -> r.matches(f.citation(), f.ruleId())));
                });
    }

    /** This assessment is among the open questions. */
    public static Expectation openQuestion(String key) {
        Objects.requireNonNull(key, "key");
        return simple("open question " + key, Expectations::openKeys,
                d -> d.openQuestions().stream().anyMatch(q -> q.key().equals(key)));
    }

    /** This assessment is not among the open questions. */
    public static Expectation noOpenQuestion(String key) {
        Objects.requireNonNull(key, "key");
        return simple("no open question " + key, Expectations::openKeys,
                d -> d.openQuestions().stream().noneMatch(q -> q.key().equals(key)));
    }

    /** Exactly these assessments are open (whatever the measure); none if the list is empty. */
    public static Expectation openQuestionsExactly(List<String> keys) {
        Set<String> wanted = new TreeSet<>(keys);
        return simple(wanted.isEmpty() ? "no open questions" : "open questions exactly " + wanted, Expectations::openKeys,
                d -> keys(d).equals(wanted));
    }

    /** A condition of a rule named by the reference (a citation or a rule id) attaches to the assistance. */
    public static Expectation condition(String rule) {
        RuleRef r = RuleRef.parse(rule);
        return simple("condition " + r, Expectations::conditions,
                d -> d.conditions().stream().anyMatch(x -> r.matches(x.citation(), x.ruleId())));
    }

    /** No condition attaches to the assistance. */
    public static Expectation noConditions() {
        return simple("no conditions", Expectations::conditions, d -> d.conditions().isEmpty());
    }

    /** Consultation before refusing or postponing is required (or not). */
    public static Expectation consultation(boolean required) {
        return simple(required ? "consultation required" : "no consultation required",
                d -> d.consultations().isEmpty() ? "not required"
                        : "required " + d.consultations().stream().map(c -> c.citation().toString()).toList(),
                d -> d.consultations().isEmpty() != required);
    }

    /** Consultation is required by a rule named by the reference (a citation or a rule id). */
    public static Expectation consultation(String rule) {
        RuleRef r = RuleRef.parse(rule);
        return simple("consultation required by " + r,
                d -> d.consultations().isEmpty() ? "not required"
                        : "required " + d.consultations().stream().map(x -> x.citation().toString()).toList(),
                d -> d.consultations().stream().anyMatch(x -> r.matches(x.citation(), x.ruleId())));
    }

    /**
     * A deadline of a rule named by the reference (a citation or a rule id) runs, with this limit if one is given (the
     * urgent one for urgent requests).
     */
    public static Expectation deadline(String rule, Optional<TimeLimit> limit) {
        RuleRef r = RuleRef.parse(rule);
        return simple("deadline " + r + limit.map(l -> " of " + l).orElse(""), Expectations::deadlines,
                d -> d.deadlines().stream().anyMatch(x -> r.matches(x.citation(), x.ruleId()) && limit.map(l -> l.equals(x.limit())).orElse(true)));
    }

    /** The proposed refusal on this ground got this answer. */
    public static Expectation refusalCheck(String groundId, RefusalCheck.Answer answer) {
        return refusalCheck(groundId, answer, Optional.empty());
    }

    /**
     * The proposed refusal on this ground got this answer, resting on a rule named by the reference if one is given.
     *
     * @param groundId the ground proposed
     * @param answer the answer expected
     * @param restsOn a citation or a rule id the answer must rest on, or empty
     */
    public static Expectation refusalCheck(String groundId, RefusalCheck.Answer answer, Optional<String> restsOn) {
        return refusalCheck(groundId, Optional.empty(), answer, restsOn);
    }

    /**
     * The refusal proposed on this ground for one measure got this answer, resting on a rule named by the reference if
     * one is given.
     *
     * @param groundId the ground proposed
     * @param measure the measure it was proposed for, or empty for the first proposal on the ground (the whole request's first)
     * @param answer the answer expected
     * @param restsOn a citation or a rule id the answer must rest on, or empty
     */
    public static Expectation refusalCheck(String groundId, Optional<Integer> measure, RefusalCheck.Answer answer, Optional<String> restsOn) {
        Objects.requireNonNull(groundId, "groundId");
        Objects.requireNonNull(answer, "answer");
        Optional<RuleRef> r = restsOn.map(RuleRef::parse);
        java.util.function.Function<Decision, Optional<RefusalCheck>> find = d -> measure.isEmpty() ? check(d, groundId)
                : d.refusalChecks().stream().filter(c -> c.proposal().groundId().equals(groundId) && c.proposal().measureIndex().equals(measure)).findFirst();
        return simple("refusal on " + groundId + measure.map(m -> " for measures[" + m + "]").orElse("") + " " + answer
                        + r.map(x -> " resting on " + x).orElse(""),
                d -> find.apply(d).map(Expectations::describeCheck).orElse("not proposed (propose the ground to check it)"),
                d -> find.apply(d).map(c -> c.answer() == answer && r.map(x -> restsOn(c, x)).orElse(true)).orElse(false));
    }

    /**
     * A ready-to-send reason for refusal cites the article or a provision within it.
     *
     * @param citation e.g. {@code UNTOC art. 18(21)}
     */
    public static Expectation refusalReason(String citation) {
        Citation c = Citation.parse(citation);
        return simple("reason for refusal citing " + c,
                d -> d.refusalReasons().isEmpty() ? "no reasons" : d.refusalReasons().stream().map(Expectations::reasonCitation).distinct().toList().toString(),
                d -> d.refusalReasons().stream().anyMatch(reason -> cites(reason, c)));
    }

    // ---- helpers shared with the assertions ----

    /** @return the first answer to a refusal proposed on the ground (for the whole request, else for a measure) */
    public static Optional<RefusalCheck> check(Decision d, String groundId) {
        return d.refusalChecks().stream().filter(r -> r.proposal().groundId().equals(groundId))
                .sorted((a, b) -> Boolean.compare(a.proposal().measureIndex().isPresent(), b.proposal().measureIndex().isPresent()))
                .findFirst();
    }

    /** @return {@code FORBIDDEN [TESTLAND art. 5]} */
    public static String describeCheck(RefusalCheck r) {
        return r.answer() + (r.citations().isEmpty() ? "" : " " + r.citations());
    }

    /** @return {@code [TRUE] TESTLAND art. 4(2)(b) (tl.4.2.b, measures[0])} */
    public static String describe(Finding f) {
        return "[" + f.verdict() + "] " + f.citation() + " (" + f.ruleId() + f.measureIndex().map(i -> ", measures[" + i + "]").orElse("") + ")";
    }

    /** @return the findings described and joined, or {@code none} */
    public static String describeFindings(List<Finding> findings, String none) {
        if (findings.isEmpty()) {
            return none;
        }
        List<String> parts = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            parts.add(describe(f));
        }
        return String.join("; ", new LinkedHashSet<>(parts));
    }

    /** @return the findings whose citation is the given one or falls within it */
    public static List<Finding> citing(Decision d, Citation c) {
        return d.findings().stream().filter(f -> f.citation().isWithin(c)).toList();
    }

    /** @return the findings of the rules the reference names */
    public static List<Finding> named(Decision d, RuleRef r) {
        return d.findings().stream().filter(f -> r.matches(f.citation(), f.ruleId())).toList();
    }

    private static boolean restsOn(RefusalCheck c, RuleRef r) {
        for (int i = 0; i < c.citations().size(); i++) {
            if (r.matches(c.citations().get(i), i < c.ruleIds().size() ? c.ruleIds().get(i) : "")) {
                return true;
            }
        }
        return r.isRuleId() && c.ruleIds().contains(r.ruleId().orElseThrow());
    }

    /** A reason reads {@code [Measure 1 (TYPE): ]CITATION — statement}; its citation is the text before the dash. */
    private static String reasonCitation(String reason) {
        String r = reason.startsWith("Measure ") && reason.contains("): ") ? reason.substring(reason.indexOf("): ") + 3) : reason;
        int dash = r.indexOf(" — ");
        return dash < 0 ? r : r.substring(0, dash);
    }

    private static boolean cites(String reason, Citation c) {
        String cited = reasonCitation(reason);
        try {
            return Citation.parse(cited).isWithin(c);
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static Optional<MeasureResult> measure(Decision d, int index) {
        return index >= 0 && index < d.measures().size() ? Optional.of(d.measures().get(index)) : Optional.empty();
    }

    public static String noSuchMeasure(Decision d, int index) {
        return "no measures[" + index + "] (the request has " + d.measures().size() + (d.measures().size() == 1 ? " measure)" : " measures)");
    }

    private static Set<String> keys(Decision d) {
        Set<String> keys = new TreeSet<>();
        for (OpenQuestion q : d.openQuestions()) {
            keys.add(q.key());
        }
        return keys;
    }

    private static String openKeys(Decision d) {
        if (d.openQuestions().isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (OpenQuestion q : d.openQuestions()) {
            String part = q.key() + q.measureIndex().map(i -> " (measures[" + i + "])").orElse("");
            if (!parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts.toString();
    }

    private static String conditions(Decision d) {
        return d.conditions().isEmpty() ? "none"
                : d.conditions().stream().map(c -> c.citation() + c.measureIndex().map(i -> " (measures[" + i + "])").orElse("")).distinct().toList().toString();
    }

    private static String deadlines(Decision d) {
        if (d.deadlines().isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (RunningDeadline x : d.deadlines()) {
            parts.add(x.citation() + ": " + x.limit() + " from " + x.spec().runsFrom() + " to " + x.spec().metBy());
        }
        return String.join("; ", parts);
    }

    private static Expectation simple(String expected, Function<Decision, String> actual, Predicate<Decision> met) {
        return new Simple(expected, actual, met);
    }

    private record Simple(String expected, Function<Decision, String> actualOf, Predicate<Decision> met) implements Expectation {
        @Override
        public String actual(Decision decision) {
            return actualOf.apply(decision);
        }

        @Override
        public boolean isMetBy(Decision decision) {
            return met.test(decision);
        }

        @Override
        public String toString() {
            return expected;
        }
    }
}
