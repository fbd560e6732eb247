package org.openmla.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Conditions;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;

class RuleCoverageTest {

    @Test
    void a_rule_is_tested_once_some_decision_made_it_decisive_or_adverse() {
        RuleCoverage coverage = RuleCoverage.of(SelfTestPack.registry());

        coverage.record(TestlandDecisions.with(Outcome.MAY_REFUSE));
        coverage.record(TestlandDecisions.with(Outcome.DEFICIENT));

        RuleCoverage.Report report = coverage.report();
        assertThat(report.decisions()).isEqualTo(2);
        assertThat(report.rules()).isEqualTo(15);
        assertThat(report.packs()).singleElement().satisfies(p -> assertThat(p.version()).isEqualTo("1.0.0"));
        assertThat(report.untested()).extracting(RuleCoverage.RuleUse::ruleId).doesNotContain("tl.4.2.a", "tl.3.a", "tl.7", "tl.8", "tl.10")
                .contains("tl.1", "tl.3.b", "tl.4.1.a", "tl.9");
        RuleCoverage.RuleUse political = report.packs().get(0).rules().stream().filter(r -> r.ruleId().equals("tl.4.2.a")).findFirst().orElseThrow();
        assertThat(political.inPlay()).isEqualTo(2);
        assertThat(political.adverse()).isEqualTo(1);
        assertThat(political.determining()).isEqualTo(1);
        assertThat(political.isTested()).isTrue();
        assertThat(report.ratio()).isEqualTo((double) report.tested() / 15);
    }

    @Test
    void the_report_lists_each_untested_rule_with_its_citation_kind_and_statement() {
        RuleCoverage coverage = RuleCoverage.of(SelfTestPack.registry());
        coverage.record(TestlandDecisions.with(Outcome.MAY_REFUSE));

        String text = coverage.report().render();

        assertThat(text).startsWith("Rule coverage: 5 of 15 rules (33.3%) made decisive or adverse in 1 decision\n\n"
                + "TESTLAND@1.0.0: 5 of 15 rules (33.3%)\n  untested:\n");
        assertThat(text).contains("""
                  - TESTLAND art. 4(1)(a) (tl.4.1.a, MANDATORY_REFUSAL): in play in 1 decision, never adverse (TRUE)
                      Assistance shall be refused where the request aims at prosecution on discriminatory grounds.
                """);
        assertThat(text).contains("  - TESTLAND art. 9(1) (tl.9, PRECONDITION): never in play\n");
        assertThat(coverage.report().toString()).isEqualTo(text);
    }

    @Test
    void a_threshold_fails_with_the_report_and_passes_at_or_above_it() {
        RuleCoverage coverage = RuleCoverage.of(SelfTestPack.registry());

        assertThatThrownBy(() -> coverage.requireAtLeast(0.1)).isInstanceOf(AssertionError.class)
                .hasMessage("Rule coverage cannot be checked: no decision was recorded");
        coverage.record(TestlandDecisions.with(Outcome.MAY_REFUSE));
        assertThat(coverage.requireAtLeast(5.0 / 15).tested()).isEqualTo(5);
        assertThatThrownBy(() -> coverage.requireAtLeast(0.8)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Rule coverage 33.3% is below the required 80.0%\n\nRule coverage: 5 of 15 rules");
        assertThatThrownBy(() -> coverage.requireAtLeast(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fixed_packs_count_even_when_no_decision_applies_them_and_other_packs_are_ignored() {
        RulePack other = RulePack.builder("OTHER", "2.0.0")
                .rule(Rule.builder("ot.1", "OTHER art. 1").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Assistance may be refused where essential interests are at stake.")
                        .when(org.openmla.core.rules.Conditions.assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build())
                .build();
        RulePackRegistry registry = RulePackRegistry.of(SelfTestPack.pack(), other);
        RuleCoverage onlyOther = RuleCoverage.of(registry, "OTHER");
        RuleCoverage used = RuleCoverage.of(registry);

        var decision = RulesEngine.of(registry).evaluate(Evaluation.of(TestlandDecisions.request().build()).pack("TESTLAND")
                .lawDate(LocalDate.of(2026, 3, 1)).build());
        onlyOther.record(decision);
        used.record(decision);

        assertThat(onlyOther.report().packs()).extracting(RuleCoverage.PackCoverage::packId).containsExactly("OTHER");
        assertThat(onlyOther.report().ratio()).isZero();
        assertThat(used.report().packs()).extracting(RuleCoverage.PackCoverage::packId).containsExactly("TESTLAND");
    }

    @Test
    void the_extension_prints_the_report_after_all_tests_and_enforces_the_minimum() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuleCoverageExtension lenient = RuleCoverageExtension.of(SelfTestPack.registry()).printingTo(new PrintStream(out, true, StandardCharsets.UTF_8));
        RuleCoverageExtension strict = RuleCoverageExtension.of(SelfTestPack.registry(), "TESTLAND").requireAtLeast(0.9)
                .printingTo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        lenient.coverage().record(TestlandDecisions.with(Outcome.MAY_REFUSE));
        strict.coverage().record(TestlandDecisions.with(Outcome.MAY_REFUSE));

        lenient.afterAll(null);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Rule coverage: 5 of 15 rules (33.3%)");
        assertThatThrownBy(() -> strict.afterAll(null)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Rule coverage 33.3% is below the required 90.0%");
    }

    @Test
    void an_exception_is_tested_when_it_applies_whatever_its_kind() {
        AssessmentKey administrativeProceedings = AssessmentKey.of("ADMINISTRATIVE_PROCEEDINGS", "Are the proceedings administrative?");
        AssessmentKey mayReachCourt = AssessmentKey.of("MAY_REACH_CRIMINAL_COURT", "May the decision reach a criminal court?");
        RulePack pack = RulePack.builder("EXC", "1.0.0")
                .rule(Rule.builder("exc.1", "EXC art. 1").scope().statement("The treaty covers criminal proceedings only.")
                        .when(Conditions.not(Conditions.assessed(administrativeProceedings))).build())
                .rule(Rule.exception("exc.2", "EXC art. 2").statement("It also covers administrative proceedings that may reach a criminal court.")
                        .to("exc.1", org.openmla.core.rules.ExceptionEffect.FORCE_TRUE)
                        .appliesWhen(Conditions.assessed(administrativeProceedings)).when(Conditions.assessed(mayReachCourt)).build())
                .build();
        RulePackRegistry registry = RulePackRegistry.of(pack);
        RuleCoverage coverage = RuleCoverage.of(registry);
        java.util.function.BiFunction<Boolean, Boolean, org.openmla.core.decision.Decision> decide = (administrative, court) -> RulesEngine.of(registry)
                .evaluate(Evaluation.of(TestlandDecisions.request().build()).pack("EXC").lawDate(LocalDate.of(2026, 3, 1))
                        .assessment(Assessment.of(administrativeProceedings, administrative, "testkit", Instant.parse("2026-03-01T00:00:00Z"), null))
                        .assessment(Assessment.of(mayReachCourt, court, "testkit", Instant.parse("2026-03-01T00:00:00Z"), null))
                        .build());

        coverage.record(decide.apply(true, false));

        assertThat(coverage.report().untested()).extracting(RuleCoverage.RuleUse::ruleId).containsExactly("exc.2");
        assertThat(coverage.report().render()).contains("  - EXC art. 2 (exc.2, EXCEPTION): in play in 1 decision, never applied (TRUE) as an exception to exc.1\n");

        coverage.record(decide.apply(true, true));

        assertThat(coverage.report().untested()).isEmpty();
    }
}
