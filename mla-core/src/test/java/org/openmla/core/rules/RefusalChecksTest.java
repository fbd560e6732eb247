package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.Conditions.assessed;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.engine.RefusalChecks;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;

/**
 * Every answer of {@link RefusalChecks}, with a not-a-ground rule in each state. NEAR has a discretionary ground
 * (X_GROUND) and a rule forbidding it in a situation; it forbids a second ground (Y_GROUND) that it never provides; a
 * third ground's rule fails.
 */
class RefusalChecksTest {

    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    static final RefusalGround X = RefusalGround.of("X_GROUND", "A ground the instrument provides.");
    static final RefusalGround Y = RefusalGround.of("Y_GROUND", "A ground the instrument never provides.");
    static final RefusalGround Z = RefusalGround.of("Z_GROUND", "A ground whose rule fails.");
    static final AssessmentKey HOLDS = AssessmentKey.of("X_HOLDS", "Does the ground hold?");
    static final AssessmentKey SITUATION = AssessmentKey.of("SITUATION", "Does the situation arise in which the instrument forbids it?");

    static final RulesEngine ENGINE = RulesEngine.of(RulePackRegistry.of(RulePack.builder("NEAR", "1.0.0")
            .rule(Rule.builder("near.1", "NEAR art. 1").discretionaryRefusal(X).statement("Assistance may be refused on ground X.")
                    .when(assessed(HOLDS)).build())
            .rule(Rule.builder("near.2", "NEAR art. 2").notAGround(X).statement("Ground X is no ground in the situation.")
                    .when(assessed(SITUATION)).build())
            .rule(Rule.builder("near.3", "NEAR art. 3").notAGround(Y).statement("Ground Y is no ground in the situation.")
                    .when(assessed(SITUATION)).build())
            .rule(Rule.builder("near.4", "NEAR art. 4").discretionaryRefusal(Z).statement("Assistance may be refused on ground Z.")
                    .when(Conditions.fact("a check that fails", f -> {
                        throw new IllegalStateException("boom");
                    })).build())
            .build()));

    static Decision decide(String holds, String situation, RefusalGround proposed) {
        Evaluation.Builder e = Evaluation.of(SmallPack.request().build()).pack("NEAR").lawDate(LAW_DATE).proposeRefusal(proposed);
        if (!holds.equals("unknown")) {
            e.assessment(Assessment.of(HOLDS, Boolean.parseBoolean(holds), "officer-17", Instant.parse("2026-03-02T10:00:00Z"), null));
        }
        if (!situation.equals("unknown")) {
            e.assessment(Assessment.of(SITUATION, Boolean.parseBoolean(situation), "officer-17", Instant.parse("2026-03-02T10:00:00Z"), null));
        }
        return ENGINE.evaluate(e.build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the situation arises: the ground is forbidden, whatever its facts  | true    | true    | X_GROUND | FORBIDDEN          | NEAR art. 2
            the situation does not arise and the ground holds                   | true    | false   | X_GROUND | PERMITTED          | NEAR art. 1
            the situation is not yet known: what may be forbidden is pending    | true    | unknown | X_GROUND | PENDING_ASSESSMENT | NEAR art. 2
            the situation does not arise and the ground does not hold           | false   | false   | X_GROUND | NOT_SUPPORTED      | NEAR art. 1
            the ground is still to be assessed                                  | unknown | false   | X_GROUND | PENDING_ASSESSMENT | NEAR art. 1
            a ground never provided, the situation arising: forbidden           | true    | true    | Y_GROUND | FORBIDDEN          | NEAR art. 3
            a ground never provided, the situation not arising: not provided    | true    | false   | Y_GROUND | NOT_PROVIDED       |
            a ground never provided cannot become available by an answer        | true    | unknown | Y_GROUND | NOT_PROVIDED       |
            the check of a ground failed: its own answer, not FORBIDDEN         | true    | false   | Z_GROUND | CHECK_FAILED       | NEAR art. 4
            """)
    void every_answer(String scenario, String holds, String situation, String ground, RefusalCheck.Answer answer, String restsOn) {
        Decision d = decide(holds, situation, ground.equals("X_GROUND") ? X : ground.equals("Y_GROUND") ? Y : Z);

        assertThat(d.refusalChecks()).singleElement().satisfies(c -> {
            assertThat(c.answer()).as(c.explanation()).isEqualTo(answer);
            if (restsOn == null) {
                assertThat(c.citations()).isEmpty();
            } else {
                assertThat(c.citations()).extracting(Citation::toString).containsExactly(restsOn);
            }
            assertThat(RefusalChecks.answer(d.findings(), d.measures().size(), c.proposal())).isEqualTo(c);
        });
    }

    @ParameterizedTest(name = "holds {0}, situation {1}")
    @CsvSource({"true, true", "true, false", "false, unknown", "unknown, unknown"})
    void the_not_a_ground_rule_never_changes_the_outcome(String holds, String situation) {
        Decision d = decide(holds, situation, X);

        assertThat(d.determiningRuleIds()).doesNotContain("near.2", "near.3");
        assertThat(d.outcome()).isEqualTo(Outcome.ENGINE_ERROR); // near.4 fails in every decision of NEAR
    }

    @org.junit.jupiter.api.Test
    void a_ground_held_for_some_measures_is_not_supported_for_the_whole_request_but_permitted_for_those_measures() {
        RefusalGround g = RefusalGround.of("COERCIVE_ONLY", "Coercive measures only.");
        Decision d = RulesEngine.of(RulePackRegistry.of(RulePack.builder("PART", "1.0.0")
                        .rule(Rule.builder("part.1", "PART art. 1").discretionaryRefusal(g).perMeasure().statement("Coercive measures may be refused.")
                                .when(Conditions.coerciveMeasure()).build()).build()))
                .evaluate(Evaluation.of(SmallPack.request().build()).pack("PART").lawDate(LAW_DATE).proposeRefusal(g).build());

        assertThat(d.refusalChecks()).singleElement().satisfies(c -> assertThat(c.answer()).isEqualTo(RefusalCheck.Answer.NOT_SUPPORTED));
        assertThat(RefusalChecks.permittedMeasures(d.findings(), d.measures().size(), "COERCIVE_ONLY")).containsExactly(0);
    }
}
