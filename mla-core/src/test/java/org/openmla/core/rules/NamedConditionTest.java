package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.named;
import static org.openmla.core.rules.Conditions.not;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.FactValue;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.decision.Verdict;

class NamedConditionTest {

    static final String LABEL = "TESTLAND art. 2: no other treaty binds the two States";

    static RulePack pack() {
        return RulePack.builder("TESTLAND", "1.0.0")
                .rule(Rule.builder("tl.2", "TESTLAND art. 2").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Assistance may be refused where essential interests are prejudiced.")
                        .appliesWhen(named(LABEL, not(assessed(StandardAssessments.MLA_TREATY_BINDS))))
                        .when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build())
                .build();
    }

    final RulesEngine engine = RulesEngine.of(RulePackRegistry.of(pack()));

    @Test
    void a_named_condition_explains_itself_by_its_label_when_the_rule_does_not_apply() {
        Decision d = engine.evaluate(Evaluation.of(SmallPack.request().build()).pack("TESTLAND").lawDate(LocalDate.of(2026, 3, 1))
                .assessment(RulesEngineTest.assess(StandardAssessments.MLA_TREATY_BINDS, true)).build());

        Finding f = d.finding("tl.2").orElseThrow();
        assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(f.reason()).hasValueSatisfying(reason -> assertThat(reason).endsWith("applies only when " + LABEL));
        assertThat(f.facts()).containsExactly(new FactValue("assessed: MLA_TREATY_BINDS", Truth.TRUE));
    }

    @Test
    void assessments_inside_a_named_condition_still_raise_open_questions() {
        Decision d = engine.evaluate(Evaluation.of(SmallPack.request().build()).pack("TESTLAND").lawDate(LocalDate.of(2026, 3, 1))
                .assessment(RulesEngineTest.assess(StandardAssessments.ESSENTIAL_INTERESTS, true)).build());

        assertThat(d.openQuestions()).extracting(OpenQuestion::key).containsExactly("MLA_TREATY_BINDS");
        assertThat(d.outcome()).isEqualTo(Outcome.PENDING_ASSESSMENT);
    }

    /**
     * A named condition shared by several rules (a treaty paragraph that puts a group of rules in play) is evaluated
     * once per scope; every rule that shares it shows the facts and questions it would have shown evaluating it alone.
     */
    @Test
    void a_named_condition_shared_by_rules_is_evaluated_once_per_scope_and_each_finding_shows_its_facts() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Condition residual = named(LABEL, Conditions.allOf(
                Conditions.fact("the request is in writing", f -> calls.incrementAndGet() > 0),
                not(assessed(StandardAssessments.MLA_TREATY_BINDS))));
        RulePack shared = RulePack.builder("TESTLAND", "1.0.0")
                .rule(Rule.builder("tl.2", "TESTLAND art. 2").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Assistance may be refused where essential interests are prejudiced.")
                        .appliesWhen(residual).when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build())
                .rule(Rule.builder("tl.3", "TESTLAND art. 3").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY)
                        .statement("Coercive measures may be refused without dual criminality.").perMeasure()
                        .appliesWhen(residual).when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build())
                .rule(Rule.builder("tl.4", "TESTLAND art. 4").postponement()
                        .statement("Execution may be postponed where it would interfere with ongoing proceedings.")
                        .appliesWhen(Conditions.allOf(residual, Conditions.always()))
                        .when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)).build())
                .build();
        org.openmla.core.model.MlaRequest request = SmallPack.request().build();
        Decision d = RulesEngine.of(RulePackRegistry.of(shared)).evaluate(Evaluation.of(request).pack("TESTLAND")
                .lawDate(LocalDate.of(2026, 3, 1)).build());

        assertThat(calls).hasValue(1 + request.measures().size()); // once for the request, once per measure
        FactValue written = new FactValue("the request is in writing", Truth.TRUE);
        FactValue unknownTreaty = new FactValue("assessed: MLA_TREATY_BINDS", Truth.UNKNOWN);
        for (Finding f : d.findings()) {
            assertThat(f.facts()).as(f.ruleId()).startsWith(written, unknownTreaty);
            assertThat(f.verdict()).as(f.ruleId()).isEqualTo(Verdict.UNKNOWN);
        }
        assertThat(d.openQuestions()).filteredOn(q -> q.key().equals("MLA_TREATY_BINDS")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.ruleIds()).isNotEmpty());
        assertThat(d.openQuestions()).filteredOn(q -> q.key().equals("MLA_TREATY_BINDS") && q.measureIndex().isEmpty())
                .singleElement().satisfies(q -> assertThat(q.ruleIds()).containsExactly("tl.2", "tl.4"));
    }

    /**
     * Named conditions are numbered as they are made, process-wide: a pack whose conditions were made far apart (a
     * shared constant, then one made after a host built many others) still evaluates each once per scope.
     */
    @Test
    void named_conditions_made_far_apart_are_each_evaluated_once_per_scope() {
        java.util.concurrent.atomic.AtomicInteger early = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger late = new java.util.concurrent.atomic.AtomicInteger();
        Condition first = named("made early", Conditions.fact("early fact", f -> early.incrementAndGet() > 0));
        for (int i = 0; i < 10_000; i++) {
            named("made in between " + i, Conditions.always());
        }
        Condition second = named("made late", Conditions.fact("late fact", f -> late.incrementAndGet() > 0));
        RulePack pack = RulePack.builder("TESTLAND", "1.0.0")
                .rule(Rule.builder("tl.2", "TESTLAND art. 2").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Assistance may be refused where essential interests are prejudiced.")
                        .appliesWhen(Conditions.allOf(first, second)).when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build())
                .rule(Rule.builder("tl.4", "TESTLAND art. 4").postponement()
                        .statement("Execution may be postponed where it would interfere with ongoing proceedings.")
                        .appliesWhen(Conditions.allOf(second, first)).when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)).build())
                .build();
        Decision d = RulesEngine.of(RulePackRegistry.of(pack)).evaluate(Evaluation.of(SmallPack.request().build()).pack("TESTLAND")
                .lawDate(LocalDate.of(2026, 3, 1)).build());

        assertThat(early).hasValue(1);
        assertThat(late).hasValue(1);
        assertThat(d.finding("tl.4").orElseThrow().facts())
                .containsExactly(new FactValue("late fact", Truth.TRUE), new FactValue("early fact", Truth.TRUE),
                        new FactValue("assessed: INTERFERES_WITH_PROCEEDINGS", Truth.UNKNOWN));
    }

    @Test
    void a_blank_label_is_rejected() {
        assertThatThrownBy(() -> named(" ", Conditions.always())).isInstanceOf(InvalidValueException.class).hasMessageContaining("label");
    }
}
