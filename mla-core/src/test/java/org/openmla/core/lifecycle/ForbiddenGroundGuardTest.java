package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.OFFICER;

import org.junit.jupiter.api.Test;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Conditions;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardGrounds;

/**
 * A refusal may not rest on a ground the instrument may still forbid: while the rule that would forbid it is unknown
 * (here, whether both States are bound by a protocol that removes the fiscal ground), the refusal is rejected even
 * though the ground itself holds.
 */
class ForbiddenGroundGuardTest {

    static final AssessmentKey BOUND = AssessmentKey.of("BOUND_BY_PROTOCOL", "Are both States bound by the protocol?");

    static Decision decision(Boolean bound) {
        RulePack pack = RulePack.builder("FISCALX", "1.0.0")
                .rule(Rule.builder("f.1", "FISCALX art. 1").discretionaryRefusal(StandardGrounds.FISCAL_OFFENCE)
                        .statement("Assistance may be refused for a fiscal offence.").when(Conditions.always()).build())
                .rule(Rule.builder("f.2", "FISCALX art. 2").notAGround(StandardGrounds.FISCAL_OFFENCE)
                        .statement("Between protocol parties, the fiscal nature of the offence is not a ground for refusal.")
                        .when(Conditions.assessed(BOUND)).build())
                .build();
        Evaluation.Builder e = Evaluation.of(LifecyclePack.request().build()).pack("FISCALX").lawDate(LifecyclePack.LAW_DATE);
        if (bound != null) {
            e.assessment(LifecyclePack.assess(BOUND, bound));
        }
        return RulesEngine.of(RulePackRegistry.of(pack)).evaluate(e.build());
    }

    static TransitionResult refuse(Decision d) {
        RequestCase review = CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.RECEIVE).then(CommandType.START_REVIEW).get();
        return RequestLifecycle.standard().apply(review, Command.refuse(OFFICER, review.version(), d, "FISCAL_OFFENCE")
                .because("The offence concerns customs duties only."), LifecyclePack.clockAt("2026-03-03T08:00:00Z"));
    }

    @Test
    void while_the_forbidding_rule_is_unknown_the_refusal_is_rejected() {
        assertThat(refuse(decision(null))).isInstanceOfSatisfying(TransitionResult.Rejected.class,
                r -> assertThat(r.guards()).contains(Guard.REFUSE_NO_FORBIDDEN_GROUND));
    }

    @Test
    void once_the_protocol_is_known_to_bind_the_refusal_is_forbidden_and_once_known_not_to_bind_it_goes_through() {
        assertThat(refuse(decision(true))).isInstanceOfSatisfying(TransitionResult.Rejected.class,
                r -> assertThat(r.guards()).contains(Guard.REFUSE_NO_FORBIDDEN_GROUND));
        assertThat(refuse(decision(false))).isInstanceOf(TransitionResult.Applied.class);
    }
}
