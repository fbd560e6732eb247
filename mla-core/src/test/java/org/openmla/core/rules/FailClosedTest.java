package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.EvaluationListener;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.decision.Verdict;

/** Whatever pack code throws fails the rule closed, naming the rule; only a fatal JVM error goes through. */
class FailClosedTest {

    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);

    /** Throws a checked exception without declaring it, as code compiled elsewhere can. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    static Condition throwing(Supplier<Throwable> error) {
        return Conditions.truth("a condition that throws", f -> {
            throw FailClosedTest.<RuntimeException>sneaky(error.get());
        });
    }

    static Stream<Arguments> throwables() {
        return Stream.of(
                Arguments.of("AssertionError", (Supplier<Throwable>) () -> new AssertionError("personal data")),
                Arguments.of("StackOverflowError", (Supplier<Throwable>) StackOverflowError::new),
                Arguments.of("ExceptionInInitializerError", (Supplier<Throwable>) () -> new ExceptionInInitializerError("personal data")),
                Arguments.of("a checked IOException", (Supplier<Throwable>) () -> new IOException("personal data")));
    }

    static RulePack pack(Condition when, Condition exceptionAppliesWhen) {
        return RulePack.builder("THROWS", "1.0.0")
                .rule(Rule.builder("t.1", "THROWS art. 1").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Assistance may be refused.").when(when).build())
                .rule(Rule.exception("t.2", "THROWS art. 2").to("t.1", ExceptionEffect.DISAPPLY).statement("Except in this case.")
                        .appliesWhen(exceptionAppliesWhen).when(Conditions.always()).build())
                .build();
    }

    static Decision evaluate(RulePack pack, EvaluationListener... listeners) {
        RulesEngine.Builder b = RulesEngine.builder(RulePackRegistry.of(pack));
        for (EvaluationListener l : listeners) {
            b.listener(l);
        }
        return b.build().evaluate(Evaluation.of(SmallPack.request().build()).pack("THROWS").lawDate(LAW_DATE)
                .proposeRefusal(StandardGrounds.ESSENTIAL_INTERESTS).build());
    }

    @ParameterizedTest(name = "{0} from a condition")
    @MethodSource("throwables")
    void a_condition_that_throws_fails_its_rule(String name, Supplier<Throwable> error) {
        List<String> reported = new ArrayList<>();
        Decision d = evaluate(pack(throwing(error), Conditions.never()), new EvaluationListener() {
            @Override
            public void onRuleError(String packId, String ruleId, Throwable e) {
                reported.add(ruleId + ":" + e.getClass().getSimpleName());
            }
        });

        assertThat(d.outcome()).isEqualTo(Outcome.ENGINE_ERROR);
        assertThat(d.determiningRuleIds()).containsExactly("t.1");
        assertThat(d.finding("t.1").orElseThrow().verdict()).isEqualTo(Verdict.ERROR);
        assertThat(d.finding("t.1").orElseThrow().reason()).get().asString().doesNotContain("personal data");
        assertThat(d.refusalChecks()).singleElement().satisfies(c -> assertThat(c.answer()).isEqualTo(RefusalCheck.Answer.CHECK_FAILED));
        assertThat(reported).containsExactly("t.1:" + error.get().getClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0} from an exception's appliesWhen")
    @MethodSource("throwables")
    void an_exception_that_throws_fails_the_rule_it_excepts(String name, Supplier<Throwable> error) {
        Decision d = evaluate(pack(Conditions.always(), throwing(error)));

        assertThat(d.outcome()).isEqualTo(Outcome.ENGINE_ERROR);
        assertThat(d.finding("t.2").orElseThrow().verdict()).isEqualTo(Verdict.ERROR);
        assertThat(d.finding("t.1").orElseThrow().verdict()).isEqualTo(Verdict.ERROR);
        assertThat(d.finding("t.1").orElseThrow().reason()).hasValue("exception t.2 failed to evaluate");
    }

    @ParameterizedTest(name = "{0} from a listener")
    @MethodSource("throwables")
    void a_listener_that_throws_does_not_change_the_decision(String name, Supplier<Throwable> error) {
        EvaluationListener failing = new EvaluationListener() {
            @Override
            public void onDecision(Evaluation evaluation, Decision decision) {
                throw FailClosedTest.<RuntimeException>sneaky(error.get());
            }

            @Override
            public void onRuleError(String packId, String ruleId, Throwable e) {
                throw FailClosedTest.<RuntimeException>sneaky(error.get());
            }
        };

        Decision d = evaluate(pack(throwing(error), Conditions.never()), failing);

        assertThat(d.outcome()).isEqualTo(Outcome.ENGINE_ERROR);
        assertThat(d.finding("t.1").orElseThrow().verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void out_of_memory_is_not_swallowed() {
        assertThatThrownBy(() -> evaluate(pack(throwing(() -> new OutOfMemoryError("simulated")), Conditions.never())))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void a_hand_written_condition_that_cannot_tell_still_asks_a_question() {
        Condition opaque = new Condition() {
            @Override
            public Truth evaluate(Facts facts) {
                return Truth.UNKNOWN;
            }

            @Override
            public String describe() {
                return "whether the vessel flies the flag of the requested State";
            }
        };
        Decision d = evaluate(pack(opaque, Conditions.never()));

        assertThat(d.outcome()).isEqualTo(Outcome.PENDING_ASSESSMENT);
        assertThat(d.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.key()).isEqualTo(OpenQuestion.INFORMATION_NEEDED);
            assertThat(q.question()).contains("whether the vessel flies the flag of the requested State");
            assertThat(q.ruleIds()).containsExactly("t.1");
        });
    }

    /** A hand-written condition that answers nothing: on its own, inside a conjunction or inside a disjunction. */
    static Stream<Arguments> nullAnswers() {
        Condition silent = new Condition() {
            @Override
            public Truth evaluate(Facts facts) {
                return null;
            }

            @Override
            public String describe() {
                return "a hand-written condition that answers null";
            }
        };
        return Stream.of(Arguments.of("alone", silent), Arguments.of("in allOf", Conditions.allOf(Conditions.always(), silent)),
                Arguments.of("in anyOf", Conditions.anyOf(Conditions.never(), silent)),
                Arguments.of("under not", Conditions.not(silent)));
    }

    @ParameterizedTest(name = "a null answer {0}")
    @MethodSource("nullAnswers")
    void a_hand_written_condition_that_answers_null_fails_its_rule_wherever_it_stands(String where, Condition when) {
        List<String> reported = new ArrayList<>();
        Decision d = evaluate(pack(when, Conditions.never()), new EvaluationListener() {
            @Override
            public void onRuleError(String packId, String ruleId, Throwable e) {
                reported.add(ruleId);
            }
        });

        // never read as TRUE (a conjunction once took a null for "met") nor as FALSE (a disjunction for "not met")
        assertThat(d.outcome()).isEqualTo(Outcome.ENGINE_ERROR);
        assertThat(d.finding("t.1").orElseThrow().verdict()).isEqualTo(Verdict.ERROR);
        assertThat(reported).containsExactly("t.1");
    }
}
