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
import org.openmla.core.rules.Decision;
import org.openmla.core.rules.Finding;
import org.openmla.core.rules.MeasureResult;
import org.openmla.core.rules.OpenQuestion;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.RunningDeadline;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.rules.Verdict;

/**
 * The expectations the assertions, the pack fixture and the scenario tables share, so that the three say the same
 * thing in the same words.
 *
 * <p>A <em>finding</em> without a verdict means a rule that fired: its verdict is its kind's adverse verdict
 * ({@code TRUE} for a ground, a condition or a deadline, {@code FALSE} for an unmet requirement, scope or
 * precondition). A citation matches the findings whose citation is it or falls within it, as
 * {@link Decision#findingsCiting(String)} does. A finding bears on a measure when it concerns that measure or the
 * whole request.
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
     * A rule citing the citation fired, or gave the verdict, for the request or a measure.
     *
     * @param citation e.g. {@code UNTOC art. 18(21)(b)}
     * @param verdict the verdict, or empty for "fired" (adverse)
     * @param measure the measure the finding must bear on, or empty for any
     */
    public static Expectation finding(String citation, Optional<Verdict> verdict, Optional<Integer> measure) {
        Citation c = Citation.parse(citation);
        String expected = "finding " + c + verdict.map(v -> " [" + v + "]").orElse(" [adverse]")
                + measure.map(m -> " for measures[" + m + "]").orElse("");
        Predicate<Finding> bears = f -> measure.isEmpty() || f.measureIndex().isEmpty() || f.measureIndex().equals(measure);
        Predicate<Finding> wanted = f -> verdict.map(v -> f.verdict() == v).orElse(f.isAdverse());
        return simple(expected,
                d -> describeFindings(citing(d, c).stream().filter(bears).toList(), "no rule cites " + c),
                d -> citing(d, c).stream().filter(bears).anyMatch(wanted));
    }

    /** No rule citing the citation fired, for the request or a measure. */
    public static Expectation noFinding(String citation, Optional<Integer> measure) {
        Citation c = Citation.parse(citation);
        Predicate<Finding> bears = f -> measure.isEmpty() || f.measureIndex().isEmpty() || f.measureIndex().equals(measure);
        return simple("no finding " + c + " [adverse]" + measure.map(m -> " for measures[" + m + "]").orElse(""),
                d -> describeFindings(citing(d, c).stream().filter(bears).filter(Finding::isAdverse).toList(), "none"),
                d -> citing(d, c).stream().filter(bears).noneMatch(Finding::isAdverse));
    }

    /** A finding citing the citation is among those that determined the request's outcome. */
    public static Expectation determinedBy(String citation) {
        Citation c = Citation.parse(citation);
        return simple("determined by " + c,
                d -> describeFindings(d.determiningFindings(), "nothing (plain grant)"),
                d -> d.determiningFindings().stream().anyMatch(f -> f.citation().isWithin(c)));
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

    /** A condition citing the citation attaches to the assistance. */
    public static Expectation condition(String citation) {
        Citation c = Citation.parse(citation);
        return simple("condition " + c, Expectations::conditions,
                d -> d.conditions().stream().anyMatch(x -> x.citation().isWithin(c)));
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

    /** Consultation is required under the citation. */
    public static Expectation consultation(String citation) {
        Citation c = Citation.parse(citation);
        return simple("consultation required by " + c,
                d -> d.consultations().isEmpty() ? "not required"
                        : "required " + d.consultations().stream().map(x -> x.citation().toString()).toList(),
                d -> d.consultations().stream().anyMatch(x -> x.citation().isWithin(c)));
    }

    /** A deadline citing the citation runs, with this limit if one is given (the urgent one for urgent requests). */
    public static Expectation deadline(String citation, Optional<TimeLimit> limit) {
        Citation c = Citation.parse(citation);
        return simple("deadline " + c + limit.map(l -> " of " + l).orElse(""), Expectations::deadlines,
                d -> d.deadlines().stream().anyMatch(x -> x.citation().isWithin(c) && limit.map(l -> l.equals(x.limit())).orElse(true)));
    }

    /** The proposed refusal on this ground got this answer. */
    public static Expectation refusalCheck(String groundId, RefusalCheck.Answer answer) {
        Objects.requireNonNull(groundId, "groundId");
        Objects.requireNonNull(answer, "answer");
        return simple("refusal on " + groundId + " " + answer,
                d -> check(d, groundId).map(Expectations::describeCheck).orElse("not proposed (propose the ground to check it)"),
                d -> check(d, groundId).map(r -> r.answer() == answer).orElse(false));
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
