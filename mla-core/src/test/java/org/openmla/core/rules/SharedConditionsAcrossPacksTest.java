package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.named;
import static org.openmla.core.rules.Conditions.not;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.Verdict;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;

/**
 * Two packs evaluated together share a named condition (evaluated once per scope, its memo made under the first pack)
 * and one of them reads, in a hand-written condition, a key it has no slot for: every finding must be what the same
 * rule gives when its pack is evaluated alone, per measure answers included.
 */
class SharedConditionsAcrossPacksTest {
    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    static final Condition RESIDUAL = named("shared residual", Conditions.allOf(
            Conditions.fact("the request is in writing", f -> true),
            not(assessed(StandardAssessments.MLA_TREATY_BINDS))));

    static final Condition HAND = new Condition() {
        @Override
        public Truth evaluate(Facts facts) {
            return facts.assessment(StandardAssessments.DUAL_CRIMINALITY).not();
        }

        @Override
        public String describe() {
            return "hand-written: no dual criminality";
        }
    };

    static RulePack pa() {
        return RulePack.builder("PA", "1.0.0")
                .rule(Rule.builder("pa.1", "PA art. 1").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Essential interests.").appliesWhen(RESIDUAL).when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build())
                .rule(Rule.builder("pa.2", "PA art. 2").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                        .statement("Dual criminality.").appliesWhen(RESIDUAL).when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build())
                .build();
    }

    static RulePack pb() {
        return RulePack.builder("PB", "1.0.0")
                .rule(Rule.builder("pb.1", "PB art. 1").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                        .statement("Dual criminality, hand-written.").appliesWhen(RESIDUAL).when(HAND).build())
                .rule(Rule.builder("pb.2", "PB art. 2").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Essential interests.").appliesWhen(RESIDUAL).when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build())
                .build();
    }

    static Assessment a(AssessmentKey k, boolean v) {
        return Assessment.of(k, v, "officer", AT, null);
    }

    static Assessment m(AssessmentKey k, int measure, boolean v) {
        return Assessment.ofMeasure(k, measure, v, "officer", AT, null);
    }

    Decision run(boolean mlaGiven, String... packs) {
        RulesEngine engine = RulesEngine.of(RulePackRegistry.of(pa(), pb()));
        Evaluation.Builder b = Evaluation.of(SmallPack.request().build()).lawDate(LocalDate.of(2026, 3, 1))
                .assessment(a(StandardAssessments.DUAL_CRIMINALITY, true))
                .assessment(m(StandardAssessments.DUAL_CRIMINALITY, 1, false))
                .assessment(a(StandardAssessments.ESSENTIAL_INTERESTS, false));
        if (mlaGiven) {
            b.assessment(a(StandardAssessments.MLA_TREATY_BINDS, false));
        }
        for (String p : packs) {
            b.pack(p);
        }
        return engine.evaluate(b.build());
    }

    @Test
    void eachFindingIsWhatItsPackAloneGives() {
        for (boolean mla : new boolean[] {true, false}) {
            Decision both = run(mla, "PA", "PB");
            Decision pbOnly = run(mla, "PB");
            Decision paOnly = run(mla, "PA");
            assertThat(both.findings()).hasSize(paOnly.findings().size() + pbOnly.findings().size());
            for (Finding f : both.findings()) {
                Decision alone = f.ruleId().startsWith("pa") ? paOnly : pbOnly;
                Finding g = alone.findings().stream().filter(x -> x.ruleId().equals(f.ruleId()) && x.measureIndex().equals(f.measureIndex()))
                        .findFirst().orElseThrow();
                assertThat(f.verdict()).as(f.ruleId() + f.measureIndex()).isEqualTo(g.verdict());
                assertThat(f.facts()).as(f.ruleId() + f.measureIndex()).isEqualTo(g.facts());
            }
            if (mla) {
                assertThat(verdict(both, "pb.1", 0)).isEqualTo(Verdict.FALSE); // request: dual criminality true
                assertThat(verdict(both, "pb.1", 1)).isEqualTo(Verdict.TRUE); // measure 1's own answer: false
                assertThat(verdict(both, "pa.2", 1)).isEqualTo(Verdict.TRUE);
                assertThat(verdict(both, "pa.2", 0)).isEqualTo(Verdict.FALSE);
            } else {
                assertThat(both.openQuestions()).filteredOn(q -> q.key().equals("MLA_TREATY_BINDS")).isNotEmpty();
                both.openQuestions().stream().filter(q -> q.key().equals("MLA_TREATY_BINDS") && q.measureIndex().isEmpty())
                        .forEach(q -> assertThat(q.ruleIds()).contains("pa.1", "pb.2"));
            }
        }
    }

    static Verdict verdict(Decision d, String rule, int measure) {
        return d.findings().stream().filter(f -> f.ruleId().equals(rule) && f.measureIndex().equals(java.util.Optional.of(measure)))
                .findFirst().orElseThrow().verdict();
    }
}
