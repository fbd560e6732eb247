package org.openmla.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.openmla.testkit.TestlandDecisions.with;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openmla.core.InvalidValueException;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.decision.Verdict;

/** Each decision assertion passes when it should and fails, with the message the docs show, when it should not. */
class DecisionAssertTest {

    static final Decision GRANTED_WITH_CONDITIONS = with(Outcome.GRANT_WITH_CONDITIONS);
    static final Decision POLITICAL = with(Outcome.MAY_REFUSE);
    static final Decision PENDING = with(Outcome.PENDING_ASSESSMENT);

    /** The shortcut for each outcome the self-test pack can produce. */
    static final Map<Outcome, Consumer<DecisionAssert>> SHORTCUTS = new EnumMap<>(Map.of(
            Outcome.GRANT, DecisionAssert::isGranted,
            Outcome.GRANT_WITH_CONDITIONS, DecisionAssert::isGrantedWithConditions,
            Outcome.POSTPONE, DecisionAssert::mayBePostponed,
            Outcome.MAY_REFUSE, DecisionAssert::mayBeRefused,
            Outcome.PENDING_ASSESSMENT, DecisionAssert::isPendingAssessment,
            Outcome.MUST_REFUSE, DecisionAssert::mustBeRefused,
            Outcome.DEFICIENT, DecisionAssert::isDeficient,
            Outcome.RETURN_TO_ISSUER, DecisionAssert::mustBeReturnedToIssuer,
            Outcome.NOT_APPLICABLE, DecisionAssert::isNotApplicable));

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = "ENGINE_ERROR", mode = EnumSource.Mode.EXCLUDE)
    void each_outcome_shortcut_passes_on_its_outcome_and_fails_on_any_other(Outcome outcome) {
        Decision decision = with(outcome);
        assertThat(decision.outcome()).as("the fixture decision").isEqualTo(outcome);

        assertThatCode(() -> SHORTCUTS.get(outcome).accept(MlaAssertions.assertThat(decision))).doesNotThrowAnyException();
        assertThatCode(() -> MlaAssertions.assertThat(decision).hasOutcome(outcome)).doesNotThrowAnyException();
        for (Outcome other : SHORTCUTS.keySet()) {
            if (other == outcome) {
                continue;
            }
            assertThatThrownBy(() -> SHORTCUTS.get(other).accept(MlaAssertions.assertThat(decision)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("Expected outcome " + other + " but was " + outcome + "\n\nDecision " + decision.decisionId())
                    .hasMessageEndingWith(decision.explain());
        }
    }

    @Test
    void an_outcome_failure_prints_the_expected_and_actual_outcome_then_the_explanation() {
        assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).isGranted())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected outcome GRANT but was MAY_REFUSE\n\n" + POLITICAL.explain());
    }

    @Test
    void a_description_prefixes_the_message_as_in_assertj() {
        assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).as("political offence").isGranted())
                .hasMessageStartingWith("[political offence] Expected outcome GRANT but was MAY_REFUSE\n\n");
    }

    @Test
    void a_null_decision_fails_as_assertj_does() {
        assertThatThrownBy(() -> MlaAssertions.assertThat((Decision) null).isGranted())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void partial_and_determining_rules() {
        Decision partial = TestlandDecisions.clearedBut(StandardAssessments.DUAL_CRIMINALITY, false);

        MlaAssertions.assertThat(partial).isPartial().isDeterminedBy("TESTLAND art. 4(2)(b)");
        MlaAssertions.assertThat(POLITICAL).isNotPartial().isDeterminedBy("TESTLAND art. 4(2)");
        assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).isPartial())
                .hasMessageStartingWith("Expected partial (measures differ) but was not partial\n\n");
        assertThatThrownBy(() -> MlaAssertions.assertThat(partial).isNotPartial())
                .hasMessageStartingWith("Expected not partial (measures agree) but was partial\n\n");
        assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).isDeterminedBy("TESTLAND art. 6"))
                .hasMessageStartingWith("Expected determined by TESTLAND art. 6 but was [TRUE] TESTLAND art. 4(2)(a) (tl.4.2.a)\n\n");
        assertThatThrownBy(() -> MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).isDeterminedBy("TESTLAND art. 6"))
                .hasMessageStartingWith("Expected determined by TESTLAND art. 6 but was [TRUE] TESTLAND art. 7 (tl.7)\n\n");
    }

    @Nested
    class Findings {
        @Test
        void a_finding_is_a_rule_that_fired() {
            MlaAssertions.assertThat(POLITICAL).hasFinding("TESTLAND art. 4(2)(a)").hasFinding("TESTLAND art. 7");

            assertThatThrownBy(() -> MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).hasFinding("TESTLAND art. 4(2)(a)"))
                    .hasMessageStartingWith("Expected finding TESTLAND art. 4(2)(a) [adverse] but was [FALSE] TESTLAND art. 4(2)(a) (tl.4.2.a)\n\n")
                    .hasMessageEndingWith(GRANTED_WITH_CONDITIONS.explain());
        }

        @Test
        void a_requirement_fires_when_it_is_not_met() {
            Decision deficient = with(Outcome.DEFICIENT);

            MlaAssertions.assertThat(deficient).hasFinding("TESTLAND art. 3(1)(a)").hasNoFinding("TESTLAND art. 3(1)(b)");
            assertThatThrownBy(() -> MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).hasFinding("TESTLAND art. 3(1)(a)"))
                    .hasMessageStartingWith("Expected finding TESTLAND art. 3(1)(a) [adverse] but was [TRUE] TESTLAND art. 3(1)(a) (tl.3.a)\n\n");
        }

        @Test
        void a_broader_citation_matches_the_points_within_it() {
            MlaAssertions.assertThat(POLITICAL).hasFinding("TESTLAND art. 4(2)").hasFinding("TESTLAND art. 4");
            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).hasNoFinding("TESTLAND art. 4"))
                    .hasMessageStartingWith("Expected no finding TESTLAND art. 4 [adverse] but was [TRUE] TESTLAND art. 4(2)(a) (tl.4.2.a)\n\n");
        }

        @Test
        void a_finding_with_a_verdict_checks_the_verdict_exactly() {
            MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).hasFinding("TESTLAND art. 4(2)(a)", Verdict.FALSE)
                    .hasFinding("TESTLAND art. 9(1)", Verdict.NOT_APPLICABLE);
            MlaAssertions.assertThat(PENDING).hasFinding("TESTLAND art. 4(1)(a)", Verdict.UNKNOWN);

            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).hasFinding("TESTLAND art. 4(2)(a)", Verdict.FALSE))
                    .hasMessageStartingWith("Expected finding TESTLAND art. 4(2)(a) [FALSE] but was [TRUE] TESTLAND art. 4(2)(a) (tl.4.2.a)\n\n");
        }

        @Test
        void a_citation_no_rule_has_is_reported_as_such() {
            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).hasFinding("TESTLAND art. 99"))
                    .hasMessageStartingWith("Expected finding TESTLAND art. 99 [adverse] but was no rule cites TESTLAND art. 99\n\n");
        }

        @Test
        void absent_findings() {
            MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).hasNoFinding("TESTLAND art. 4(2)(a)").hasNoFinding("TESTLAND art. 99");

            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).hasNoFinding("TESTLAND art. 4(2)(a)"))
                    .hasMessageStartingWith("Expected no finding TESTLAND art. 4(2)(a) [adverse] but was [TRUE] TESTLAND art. 4(2)(a) (tl.4.2.a)\n\n");
        }

        @Test
        void a_malformed_citation_is_a_programming_error_not_a_failed_assertion() {
            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).hasFinding("article 4 of TESTLAND"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("must be a citation like 'UNTOC art. 18(21)(b)' or a rule id like 'untoc.18.21.b'");
            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).hasFinding("TESTLAND art. four"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("must look like 'UNTOC art. 18(21)(b)'");
        }

        @Test
        void a_rule_id_names_that_one_rule() {
            MlaAssertions.assertThat(POLITICAL).hasFinding("tl.4.2.a").hasFinding("tl.4.3", Verdict.FALSE).hasNoFinding("tl.4.3")
                    .isDeterminedBy("tl.4.2.a").hasCondition("tl.7").requiresConsultation("tl.8");

            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).hasFinding("tl.4.3"))
                    .hasMessageStartingWith("Expected finding tl.4.3 [adverse] but was [FALSE] TESTLAND art. 4(3) (tl.4.3)\n\n");
            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).hasFinding("tl.99"))
                    .hasMessageStartingWith("Expected finding tl.99 [adverse] but was no finding of rule tl.99\n\n");
        }
    }

    @Nested
    class OpenQuestions {
        @Test
        void an_open_question_is_an_assessment_still_needed() {
            MlaAssertions.assertThat(PENDING).hasOpenQuestion("POLITICAL_OFFENCE").hasOpenQuestion(StandardAssessments.DUAL_CRIMINALITY)
                    .hasNoOpenQuestion("FISCAL_OFFENCE")
                    .hasOpenQuestionsExactly("DISCRIMINATORY_PURPOSE", "POLITICAL_OFFENCE", "DUAL_CRIMINALITY", "INTERFERES_WITH_PROCEEDINGS");

            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).hasOpenQuestion("POLITICAL_OFFENCE"))
                    .hasMessageStartingWith("Expected open question POLITICAL_OFFENCE but was none\n\n");
            assertThatThrownBy(() -> MlaAssertions.assertThat(PENDING).hasNoOpenQuestion("POLITICAL_OFFENCE"))
                    .hasMessageStartingWith("Expected no open question POLITICAL_OFFENCE but was [DISCRIMINATORY_PURPOSE, POLITICAL_OFFENCE, "
                            + "DUAL_CRIMINALITY (measures[0]), INTERFERES_WITH_PROCEEDINGS]\n\n");
        }

        @Test
        void no_open_questions() {
            MlaAssertions.assertThat(POLITICAL).hasNoOpenQuestions();

            assertThatThrownBy(() -> MlaAssertions.assertThat(PENDING).hasNoOpenQuestions())
                    .hasMessageStartingWith("Expected no open questions but was [DISCRIMINATORY_PURPOSE, POLITICAL_OFFENCE, "
                            + "DUAL_CRIMINALITY (measures[0]), INTERFERES_WITH_PROCEEDINGS]\n\n");
            assertThatThrownBy(() -> MlaAssertions.assertThat(PENDING).hasOpenQuestionsExactly("POLITICAL_OFFENCE"))
                    .hasMessageStartingWith("Expected open questions exactly [POLITICAL_OFFENCE] but was [DISCRIMINATORY_PURPOSE, ");
        }
    }

    @Nested
    class ConditionsConsultationDeadlines {
        @Test
        void conditions() {
            MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).hasCondition("TESTLAND art. 7");
            MlaAssertions.assertThat(with(Outcome.GRANT)).hasNoConditions();

            assertThatThrownBy(() -> MlaAssertions.assertThat(with(Outcome.GRANT)).hasCondition("TESTLAND art. 7"))
                    .hasMessageStartingWith("Expected condition TESTLAND art. 7 but was none\n\n");
            assertThatThrownBy(() -> MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).hasNoConditions())
                    .hasMessageStartingWith("Expected no conditions but was [TESTLAND art. 7]\n\n");
        }

        @Test
        void consultation() {
            MlaAssertions.assertThat(POLITICAL).requiresConsultation().requiresConsultation("TESTLAND art. 8");

            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).requiresNoConsultation())
                    .hasMessageStartingWith("Expected no consultation required but was required [TESTLAND art. 8]\n\n");
            assertThatThrownBy(() -> MlaAssertions.assertThat(POLITICAL).requiresConsultation("TESTLAND art. 9"))
                    .hasMessageStartingWith("Expected consultation required by TESTLAND art. 9 but was required [TESTLAND art. 8]\n\n");
        }

        @Test
        void deadlines_with_the_limit_that_applies() {
            Decision urgent = TestlandDecisions.ENGINE.evaluate(
                    TestlandDecisions.cleared(TestlandDecisions.request().urgent().build()).build());

            MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).hasDeadline("TESTLAND art. 10").hasDeadline("TESTLAND art. 10", TimeLimit.days(30));
            MlaAssertions.assertThat(urgent).hasDeadline("TESTLAND art. 10", TimeLimit.days(5));

            assertThatThrownBy(() -> MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).hasDeadline("TESTLAND art. 10", TimeLimit.days(5)))
                    .hasMessageStartingWith("Expected deadline TESTLAND art. 10 of 5 days but was TESTLAND art. 10: 30 days from RECEIPT to DECISION\n\n");
            assertThatThrownBy(() -> MlaAssertions.assertThat(GRANTED_WITH_CONDITIONS).hasDeadline("TESTLAND art. 11"))
                    .hasMessageStartingWith("Expected deadline TESTLAND art. 11 but was TESTLAND art. 10: 30 days from RECEIPT to DECISION\n\n");
        }
    }

    @Nested
    class RefusalChecks {
        final Decision proposed = TestlandDecisions.ENGINE.evaluate(TestlandDecisions.cleared(TestlandDecisions.request().build())
                .proposeRefusal(StandardGrounds.BANK_SECRECY).proposeRefusal(StandardGrounds.POLITICAL_OFFENCE)
                .proposeRefusal(StandardGrounds.NE_BIS_IN_IDEM).build());

        @Test
        void the_answer_to_each_proposed_ground() {
            MlaAssertions.assertThat(proposed)
                    .refusalCheck("BANK_SECRECY").isForbidden().restsOn("TESTLAND art. 5").and()
                    .refusalCheck(StandardGrounds.POLITICAL_OFFENCE).isNotSupported().and()
                    .refusalCheck("NE_BIS_IN_IDEM").isNotProvided().and()
                    .isGrantedWithConditions();
        }

        @Test
        void a_wrong_answer_fails_with_the_engine_explanation_of_the_answer() {
            assertThatThrownBy(() -> MlaAssertions.assertThat(proposed).refusalCheck("BANK_SECRECY").isPermitted())
                    .hasMessageStartingWith("Expected refusal on BANK_SECRECY PERMITTED but was FORBIDDEN [TESTLAND art. 5] — the instrument "
                            + "forbids refusal on this ground: TESTLAND art. 5 — Assistance shall not be refused on the ground of bank secrecy.\n\n")
                    .hasMessageEndingWith(proposed.explain());
            assertThatThrownBy(() -> MlaAssertions.assertThat(proposed).refusalCheck("BANK_SECRECY").restsOn("TESTLAND art. 6"))
                    .hasMessageStartingWith("Expected the answer on BANK_SECRECY to rest on TESTLAND art. 6 but it rests on [TESTLAND art. 5]\n\n");
        }

        @Test
        void a_ground_that_was_not_proposed_cannot_be_checked() {
            assertThatThrownBy(() -> MlaAssertions.assertThat(proposed).refusalCheck("DEATH_PENALTY"))
                    .hasMessageStartingWith("Expected an answer to a refusal on DEATH_PENALTY but it was not proposed (proposed: "
                            + "[BANK_SECRECY, POLITICAL_OFFENCE, NE_BIS_IN_IDEM]); propose the ground in the evaluation to check it\n\n");
        }

        @Test
        void pending_and_permitted_answers() {
            Evaluation.Builder unassessed = Evaluation.of(TestlandDecisions.request().build()).pack(SelfTestPack.ID).lawDate(SelfTestPack.LAW_DATE)
                    .proposeRefusal(StandardGrounds.POLITICAL_OFFENCE);
            Decision pending = TestlandDecisions.ENGINE.evaluate(unassessed.build());
            Decision permitted = TestlandDecisions.ENGINE.evaluate(
                    unassessed.assessment(TestlandDecisions.assess(StandardAssessments.POLITICAL_OFFENCE, true)).build());

            MlaAssertions.assertThat(pending).refusalCheck("POLITICAL_OFFENCE").isPendingAssessment();
            MlaAssertions.assertThat(permitted).refusalCheck("POLITICAL_OFFENCE").isPermitted().hasAnswer(RefusalCheck.Answer.PERMITTED);
            assertThatThrownBy(() -> MlaAssertions.assertThat(permitted).refusalCheck("POLITICAL_OFFENCE").isForbidden())
                    .hasMessageStartingWith("Expected refusal on POLITICAL_OFFENCE FORBIDDEN but was PERMITTED [TESTLAND art. 4(2)(a)] — ");
        }
    }

    @Nested
    class Measures {
        final Decision partial = TestlandDecisions.clearedBut(StandardAssessments.DUAL_CRIMINALITY, false);

        @Test
        void each_measure_has_its_outcome_and_its_findings() {
            MlaAssertions.assertThat(partial)
                    .measure(0).mayBeRefused().hasFinding("TESTLAND art. 4(2)(b)").and()
                    .measure(1).isGrantedWithConditions().hasNoFinding("TESTLAND art. 4(2)(b)")
                    .hasFinding("TESTLAND art. 4(2)(b)", Verdict.NOT_APPLICABLE).hasOutcome(Outcome.GRANT_WITH_CONDITIONS);
        }

        @Test
        void a_request_level_finding_does_not_meet_an_expectation_written_for_a_measure() {
            MlaAssertions.assertThat(partial).hasFinding("TESTLAND art. 7");
            assertThatThrownBy(() -> MlaAssertions.assertThat(partial).measure(0).hasFinding("TESTLAND art. 7"))
                    .hasMessageStartingWith("Expected finding TESTLAND art. 7 [adverse] for measures[0] but was none for measures[0], only [TRUE] "
                            + "TESTLAND art. 7 (tl.7)");
        }

        @Test
        void a_measure_failure_names_the_measure_by_index() {
            assertThatThrownBy(() -> MlaAssertions.assertThat(partial).measure(1).mayBeRefused())
                    .hasMessageStartingWith("Expected measures[1] outcome MAY_REFUSE but was GRANT_WITH_CONDITIONS\n\n")
                    .hasMessageEndingWith(partial.explain());
            assertThatThrownBy(() -> MlaAssertions.assertThat(partial).measure(1).hasFinding("TESTLAND art. 4(2)(b)"))
                    .hasMessageStartingWith("Expected finding TESTLAND art. 4(2)(b) [adverse] for measures[1] but was "
                            + "[NOT_APPLICABLE] TESTLAND art. 4(2)(b) (tl.4.2.b, measures[1])\n\n");
            assertThatThrownBy(() -> MlaAssertions.assertThat(partial).measure(0).hasNoFinding("TESTLAND art. 4(2)(b)"))
                    .hasMessageStartingWith("Expected no finding TESTLAND art. 4(2)(b) [adverse] for measures[0] but was "
                            + "[TRUE] TESTLAND art. 4(2)(b) (tl.4.2.b, measures[0])\n\n");
        }

        @Test
        void a_measure_the_request_does_not_have() {
            assertThatThrownBy(() -> MlaAssertions.assertThat(partial).measure(2))
                    .hasMessageStartingWith("Expected measures[2] but the request has 2 measures (counted from 0)\n\n");
        }

        @Test
        void every_measure_outcome_shortcut() {
            Stream.of(Outcome.values()).filter(o -> o != Outcome.ENGINE_ERROR && o != Outcome.RETURN_TO_ISSUER && o != Outcome.NOT_APPLICABLE)
                    .forEach(o -> {
                        Decision d = with(o);
                        MlaAssertions.assertThat(d).measure(0).hasOutcome(d.measures().get(0).outcome());
                    });
            MlaAssertions.assertThat(with(Outcome.GRANT)).measure(0).isGranted();
            MlaAssertions.assertThat(with(Outcome.POSTPONE)).measure(0).mayBePostponed();
            MlaAssertions.assertThat(with(Outcome.PENDING_ASSESSMENT)).measure(0).isPendingAssessment();
            MlaAssertions.assertThat(with(Outcome.MUST_REFUSE)).measure(1).mustBeRefused();
            MlaAssertions.assertThat(with(Outcome.DEFICIENT)).measure(1).isDeficient();
            assertThatThrownBy(() -> MlaAssertions.assertThat(with(Outcome.GRANT)).measure(0).isGrantedWithConditions())
                    .hasMessageStartingWith("Expected measures[0] outcome GRANT_WITH_CONDITIONS but was GRANT\n\n");
        }
    }
}
