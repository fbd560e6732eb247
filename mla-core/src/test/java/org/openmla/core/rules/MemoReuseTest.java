package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.Conditions.assessed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.EvaluationListener;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;

/**
 * The engine keeps the arrays of its named-condition memos from one evaluation for the next on the same thread: a
 * decision must not depend on what was evaluated before it, with more or fewer measures, other packs, or an
 * evaluation made inside a listener while the first one is still running.
 */
class MemoReuseTest {
    static final Condition FAILS = new Condition() {
        @Override
        public Truth evaluate(Facts facts) {
            throw new IllegalStateException("a pack's own condition failed");
        }

        @Override
        public String describe() {
            return "a condition that fails";
        }
    };

    static RulePack failing() {
        return RulePack.builder("PF", "1.0.0")
                .rule(Rule.builder("pf.1", "PF art. 1").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Essential interests.").appliesWhen(SharedConditionsAcrossPacksTest.RESIDUAL)
                        .when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build())
                .rule(Rule.builder("pf.2", "PF art. 2").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                        .statement("Fails.").appliesWhen(SharedConditionsAcrossPacksTest.RESIDUAL).when(FAILS).build())
                .build();
    }

    static RulePackRegistry registry() {
        return RulePackRegistry.of(SharedConditionsAcrossPacksTest.pa(), SharedConditionsAcrossPacksTest.pb(), failing());
    }

    static Evaluation evaluation(int extraMeasures, String... packs) {
        var request = SmallPack.request();
        for (int i = 0; i < extraMeasures; i++) {
            request.measure(Measure.of(MeasureType.TAKING_EVIDENCE));
        }
        Evaluation.Builder b = Evaluation.of(request.build()).lawDate(LocalDate.of(2026, 3, 1))
                .assessment(SharedConditionsAcrossPacksTest.a(StandardAssessments.DUAL_CRIMINALITY, true))
                .assessment(SharedConditionsAcrossPacksTest.m(StandardAssessments.DUAL_CRIMINALITY, 1, false))
                .assessment(SharedConditionsAcrossPacksTest.a(StandardAssessments.ESSENTIAL_INTERESTS, false));
        for (String p : packs) {
            b.pack(p);
        }
        return b.build();
    }

    /** What a finding says, facts included. */
    static List<String> findings(Decision d) {
        List<String> out = new ArrayList<>();
        for (Finding f : d.findings()) {
            out.add(f.ruleId() + f.measureIndex() + " " + f.verdict() + " " + f.facts() + " " + f.reason());
        }
        return out;
    }

    @Test
    void aDecisionDoesNotDependOnTheEvaluationsBeforeIt() {
        RulesEngine engine = RulesEngine.of(registry());
        Evaluation small = evaluation(0, "PA", "PB");
        Evaluation large = evaluation(6, "PB", "PA");
        Evaluation other = evaluation(2, "PB");
        List<String> first = findings(engine.evaluate(small));
        List<String> firstLarge = findings(RulesEngine.of(registry()).evaluate(large));
        List<String> firstOther = findings(RulesEngine.of(registry()).evaluate(other));
        for (int round = 0; round < 3; round++) {
            assertThat(findings(engine.evaluate(large))).isEqualTo(firstLarge);
            assertThat(findings(engine.evaluate(small))).isEqualTo(first);
            assertThat(findings(engine.evaluate(other))).isEqualTo(firstOther);
        }
        assertThat(first).hasSize(6); // PA and PB: a request-level rule and a per-measure rule each, two measures
    }

    @Test
    void anEvaluationInsideAListenerLeavesTheRunningOneAlone() {
        Evaluation outer = evaluation(3, "PF", "PA"); // five measures: pf.2 fails in each
        Evaluation inner = evaluation(0, "PB", "PA");
        List<String> expected = findings(RulesEngine.of(registry()).evaluate(outer));
        List<String> expectedInner = findings(RulesEngine.of(registry()).evaluate(inner));
        List<List<String>> nested = new ArrayList<>();
        RulesEngine[] engine = new RulesEngine[1];
        engine[0] = RulesEngine.builder(registry()).listener(new EvaluationListener() {
            @Override
            public void onRuleError(String packId, String ruleId, Throwable error) {
                nested.add(findings(engine[0].evaluate(inner))); // on the same thread, while the outer one runs
            }
        }).build();
        assertThat(findings(engine[0].evaluate(outer))).isEqualTo(expected);
        assertThat(nested).hasSize(5).allSatisfy(n -> assertThat(n).isEqualTo(expectedInner));
    }
}
