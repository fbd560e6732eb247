package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;

/** A pack's assessments and grounds come from its rules; what it declares is checked against them. */
class RulePackDeclarationsTest {

    static final AssessmentKey ASKED = AssessmentKey.of("ASKED_BY_A_RULE", "Is it so?");
    static final AssessmentKey DECLARED = AssessmentKey.of("DECLARED_ONLY", "Is the other thing so?");
    static final RefusalGround GROUND = RefusalGround.of("NAMED_GROUND", "A ground a rule names.");

    static Rule rule(AssessmentKey key, RefusalGround ground) {
        return Rule.builder("d.1", "DECL art. 1").discretionaryRefusal(ground).statement("May be refused.")
                .when(Conditions.not(Conditions.named("the named test", Conditions.assessed(key)))).build();
    }

    @Test
    void the_assessments_and_grounds_the_rules_use_are_listed_without_being_declared() {
        RulePack p = RulePack.builder("DECL", "1.0.0").assessment(DECLARED).rule(rule(ASKED, GROUND)).build();

        assertThat(p.assessments()).containsExactly(DECLARED, ASKED);
        assertThat(p.grounds()).containsExactly(GROUND);
    }

    @Test
    void an_assessment_declared_with_another_question_than_a_rule_asks_is_rejected() {
        assertThatThrownBy(() -> RulePack.builder("DECL", "1.0.0").assessment(AssessmentKey.of("ASKED_BY_A_RULE", "Another question?"))
                .rule(rule(ASKED, GROUND)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ASKED_BY_A_RULE is asked by rule d.1 with another question");
    }

    @Test
    void a_ground_declared_with_another_description_than_a_rule_names_is_rejected() {
        assertThatThrownBy(() -> RulePack.builder("DECL", "1.0.0").ground(RefusalGround.of("NAMED_GROUND", "Something else."))
                .rule(rule(ASKED, GROUND)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ground NAMED_GROUND is named with two different descriptions");
    }
}
