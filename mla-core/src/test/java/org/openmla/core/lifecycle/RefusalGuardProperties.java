package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.OFFICER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Conditions;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RuleBuilder;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.Truth;

/**
 * For random packs and facts, the lifecycle's refusal guards give the engine's answer: a refusal on a ground passes
 * refuse.grounds-found, refuse.no-forbidden-ground and refuse.grounds-cover-every-measure exactly when the engine
 * answers the proposal PERMITTED, and is rejected as forbidden exactly when the engine answers FORBIDDEN or
 * CHECK_FAILED, or keeps it pending on a not-a-ground rule.
 */
class RefusalGuardProperties {

    static final RefusalGround G_A = RefusalGround.of("GROUND_A", "Ground A.");
    static final RefusalGround G_B = RefusalGround.of("GROUND_B", "Ground B.");
    static final List<AssessmentKey> KEYS = List.of(AssessmentKey.of("FACT_ONE", "One?"), AssessmentKey.of("FACT_TWO", "Two?"),
            AssessmentKey.of("FACT_THREE", "Three?"));
    static final Set<Guard> REFUSAL_GUARDS = EnumSet.of(Guard.REFUSE_GROUNDS_FOUND, Guard.REFUSE_NO_FORBIDDEN_GROUND,
            Guard.REFUSE_GROUNDS_COVER_EVERY_MEASURE);

    /** What a random rule is made of. */
    record Spec(int kind, boolean groundA, boolean perMeasure, int condition, int exceptionEffect) {}

    @Provide
    Arbitrary<List<Spec>> packs() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 2)).as(Spec::new);
        return spec.list().ofMinSize(1).ofMaxSize(7);
    }

    @Provide
    Arbitrary<List<Integer>> facts() {
        return Arbitraries.integers().between(0, 2).list().ofSize(KEYS.size() * 4); // 0 absent, 1 true, 2 false; request + 3 measures
    }

    /** always, never, an assessment, a fact that is not known, or a condition that throws. */
    static Condition condition(int c) {
        return switch (c) {
            case 0 -> Conditions.always();
            case 1 -> Conditions.never();
            case 2, 3, 4 -> Conditions.assessed(KEYS.get(c - 2));
            case 5 -> Conditions.truth("a fact the request does not state", f -> Truth.UNKNOWN);
            default -> Conditions.truth("a check that fails", f -> {
                throw new IllegalStateException("boom");
            });
        };
    }

    static RulePack pack(List<Spec> specs) {
        RulePack.Builder b = RulePack.builder("RANDOM", "1.0.0");
        // the generated facts may answer a key no generated rule reads: the pack declares all three, as a real pack
        // declares the questions it may ask, so the engine does not refuse the answer as meant for another pack
        KEYS.forEach(b::assessment);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            RefusalGround g = s.groundA() ? G_A : G_B;
            String id = "r." + i;
            Condition when = condition(s.condition());
            if (s.kind() == 4) {
                // an exception to an earlier ground rule of the same scope shape, if there is one
                Rule base = null;
                for (Rule r : rules) {
                    if (r.kind().isRefusal() && (r.perMeasure() || !s.perMeasure())) {
                        base = r;
                    }
                }
                if (base != null) {
                    org.openmla.core.rules.ExceptionBuilder e = Rule.exception(id, "RANDOM art. " + (i + 1)).statement("An exception.")
                            .to(base.id(), ExceptionEffect.values()[s.exceptionEffect()]).when(when);
                    rules.add((s.perMeasure() ? e.perMeasure() : e).build());
                    continue;
                }
            }
            RuleBuilder r = Rule.builder(id, "RANDOM art. " + (i + 1)).statement("A rule.").when(when);
            switch (s.kind()) {
                case 0 -> r.mandatoryRefusal(g);
                case 1 -> r.notAGround(g);
                default -> r.discretionaryRefusal(g);
            }
            rules.add((s.perMeasure() ? r.perMeasure() : r).build());
        }
        rules.forEach(b::rule);
        return b.build();
    }

    @Property(tries = 200)
    void the_refusal_guards_give_the_engines_answer(@ForAll("packs") List<Spec> specs, @ForAll("facts") List<Integer> facts) {
        Evaluation.Builder e = Evaluation.of(LifecyclePack.request().build()).pack("RANDOM").lawDate(LifecyclePack.LAW_DATE)
                .proposeRefusal(G_A).proposeRefusal(G_B);
        for (int k = 0; k < KEYS.size(); k++) {
            for (int scope = 0; scope < 4; scope++) {
                int v = facts.get(k * 4 + scope);
                if (v != 0) {
                    e.assessment(scope == 0 ? LifecyclePack.assess(KEYS.get(k), v == 1)
                            : org.openmla.core.engine.Assessment.ofMeasure(KEYS.get(k), scope - 1, v == 1, "off-0017", LifecyclePack.ASSESSED_AT, null));
                }
            }
        }
        Decision d = RulesEngine.of(RulePackRegistry.of(pack(specs))).evaluate(e.build());

        for (RefusalCheck check : d.refusalChecks()) {
            RequestCase review = CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.RECEIVE).then(CommandType.START_REVIEW).get();
            TransitionResult r = RequestLifecycle.standard().apply(review, Command.refuse(OFFICER, review.version(), d, check.proposal().groundId())
                    .because("Reasons."), LifecyclePack.clockAt("2026-03-03T08:00:00Z"));
            Set<Guard> unmet = EnumSet.noneOf(Guard.class);
            if (r instanceof TransitionResult.Rejected j) {
                j.guards().stream().filter(REFUSAL_GUARDS::contains).forEach(unmet::add);
            }
            boolean pendingOnNotAGround = check.answer() == RefusalCheck.Answer.PENDING_ASSESSMENT && check.ruleIds().stream()
                    .anyMatch(id -> d.finding(id).map(f -> f.kind() == RuleKind.NOT_A_GROUND).orElse(false));
            assertThat(unmet.isEmpty()).as("guards %s, answer %s", unmet, check).isEqualTo(check.permitted());
            assertThat(unmet.contains(Guard.REFUSE_NO_FORBIDDEN_GROUND)).as("guards %s, answer %s", unmet, check)
                    .isEqualTo(check.answer() == RefusalCheck.Answer.FORBIDDEN || check.answer() == RefusalCheck.Answer.CHECK_FAILED
                            || pendingOnNotAGround);
        }
    }
}
