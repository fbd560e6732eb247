package org.openmla.treaties.scenario;

import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.ConsultationDuty;
import org.openmla.core.rules.Decision;
import org.openmla.core.rules.Evaluation;
import org.openmla.core.rules.Finding;
import org.openmla.core.rules.ImposedCondition;
import org.openmla.core.rules.MeasureResult;
import org.openmla.core.rules.OpenQuestion;
import org.openmla.core.rules.ProposedRefusal;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.RulePackRegistry;
import org.openmla.core.rules.RulesEngine;
import org.openmla.core.rules.StateProfile;
import org.openmla.core.rules.Verdict;

/**
 * Runs {@link Scenario}s against one pack: a baseline request that the pack grants, a baseline of "nothing stands in the
 * way" assessments, and the scenario's changes. A failure prints every expectation beside what the engine decided, the
 * differing rows marked, followed by the decision's full explanation.
 */
public final class ScenarioRunner {

    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private final RulesEngine engine;
    private final List<String> packs;
    private final Supplier<MlaRequest.Builder> baseline;
    private final Map<AssessmentKey, Boolean> cleared;
    private final StateProfile requested;
    private final LocalDate lawDate;

    public ScenarioRunner(RulePackRegistry registry, List<String> packs, Supplier<MlaRequest.Builder> baseline, Map<AssessmentKey, Boolean> cleared,
            StateProfile requested, LocalDate lawDate) {
        this.engine = RulesEngine.of(registry);
        this.packs = List.copyOf(packs);
        this.baseline = baseline;
        this.cleared = new LinkedHashMap<>(cleared);
        this.requested = requested;
        this.lawDate = lawDate;
    }

    /** @return the decision on the scenario, after checking every expectation */
    public Decision run(Scenario s) {
        MlaRequest.Builder rb = baseline.get();
        for (java.util.function.UnaryOperator<MlaRequest.Builder> e : s.edits) {
            rb = e.apply(rb);
        }
        MlaRequest request = rb.build();
        Map<String, Boolean> values = new LinkedHashMap<>();
        Map<String, AssessmentKey> keys = new LinkedHashMap<>();
        cleared.forEach((k, v) -> {
            values.put(k.id(), v);
            keys.put(k.id(), k);
        });
        s.assessments.forEach((k, v) -> {
            if (v.isPresent()) {
                values.put(k, v.get());
            } else {
                values.remove(k);
            }
        });
        StateProfile profile = requested;
        for (String d : s.requestedDeclarations) {
            profile = profile.withDeclaration(d);
        }
        if (s.requestedLanguages.isPresent()) {
            Set<LanguageCode> langs = new LinkedHashSet<>();
            s.requestedLanguages.get().forEach(l -> langs.add(LanguageCode.of(l)));
            profile = profile.withAcceptedLanguages(langs);
        }
        Evaluation.Builder eb = Evaluation.of(request).lawDate(s.lawDate.orElse(lawDate)).requestedState(profile);
        packs.forEach(eb::pack);
        values.forEach((k, v) -> eb.assessment(new Assessment(k, v, Optional.empty(), "officer-17", AT, Optional.empty())));
        s.measureAssessments.forEach((m, kv) -> kv.forEach((k, v) -> eb.assessment(new Assessment(k, v, Optional.of(m), "officer-17", AT,
                Optional.empty()))));
        s.proposals.forEach(g -> eb.proposeRefusal(ProposedRefusal.of(g)));
        Decision d = engine.evaluate(eb.build());
        check(s, d);
        return d;
    }

    private static void check(Scenario s, Decision d) {
        List<String[]> rows = new ArrayList<>();
        s.outcome.ifPresent(o -> rows.add(row("outcome", o.toString(), d.outcome().toString())));
        s.measureOutcomes.ifPresent(o -> rows.add(row("measure outcomes", o.toString(),
                d.measures().stream().map(MeasureResult::outcome).toList().toString())));
        for (Scenario.ExpectedFinding f : s.findings) {
            Optional<Finding> actual = d.findings().stream()
                    .filter(x -> x.ruleId().equals(f.ruleId()) && x.measureIndex().equals(f.measure())).findFirst();
            rows.add(row("finding " + f.ruleId() + f.measure().map(m -> " measure " + m).orElse(""), f.verdict().toString(),
                    actual.map(x -> x.verdict().toString()).orElse("(no finding)")));
        }
        List<String> conditionIds = d.conditions().stream().map(ImposedCondition::ruleId).distinct().toList();
        for (String c : s.conditions) {
            rows.add(row("condition " + c, "imposed", conditionIds.contains(c) ? "imposed" : "not imposed " + conditionIds));
        }
        List<String> consultIds = d.consultations().stream().map(ConsultationDuty::ruleId).toList();
        for (String c : s.consultations) {
            rows.add(row("consultation " + c, "required", consultIds.contains(c) ? "required" : "not required " + consultIds));
        }
        List<String> questions = d.openQuestions().stream().map(OpenQuestion::key).distinct().toList();
        for (String q : s.openQuestions) {
            rows.add(row("open question " + q, "asked", questions.contains(q) ? "asked" : "not asked " + questions));
        }
        s.refusalChecks.forEach((g, a) -> rows.add(row("proposed ground " + g, a.toString(), d.refusalChecks().stream()
                .filter(c -> c.proposal().groundId().equals(g)).map(c -> c.answer().toString()).findFirst().orElse("(not checked)"))));
        for (String c : s.reasonsCiting) {
            boolean found = d.refusalReasons().stream().anyMatch(r -> r.contains(c));
            rows.add(row("reason citing " + c, "present", found ? "present" : "absent " + d.refusalReasons()));
        }
        for (String t : s.notApplicableBecause) {
            boolean found = d.notApplicable().stream().anyMatch(f -> f.reason().map(r -> r.contains(t)).orElse(false));
            rows.add(row("not applicable because '" + t + "'", "present", found ? "present" : "absent"));
        }
        boolean failed = rows.stream().anyMatch(r -> !r[1].equals(r[2]));
        if (failed) {
            StringBuilder sb = new StringBuilder("Scenario failed: ").append(s).append("\n\n");
            sb.append(String.format("  %-3s %-55s %-28s %s%n", "", "expectation", "expected", "actual"));
            for (String[] r : rows) {
                sb.append(String.format("  %-3s %-55s %-28s %s%n", r[1].equals(r[2]) ? "" : ">>", r[0], r[1], r[2]));
            }
            sb.append("\n").append(d.explain());
            fail(sb.toString());
        }
    }

    private static String[] row(String what, String expected, String actual) {
        return new String[] {what, expected, actual};
    }

    /** @return whether any finding for the rule has this verdict (helper for assertions outside scenarios) */
    public static boolean hasFinding(Decision d, String ruleId, Verdict verdict) {
        return d.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId) && f.verdict() == verdict);
    }
}
