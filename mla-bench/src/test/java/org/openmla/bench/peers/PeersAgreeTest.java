package org.openmla.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.decision.Verdict;
import org.openmla.treaties.BuiltInPacks;

/**
 * The peers the benchmarks compare us with decide what our engine decides: for generated complete UNTOC requests,
 * the hand-written evaluator and both Easy Rules versions give the engine's outcome and the same finding (rule,
 * scope, verdict) for every rule. A benchmark of code that decides something else would measure nothing.
 */
class PeersAgreeTest {

    static final int REQUESTS = 1_500;

    @Test
    void every_peer_gives_the_engines_outcome_and_findings_on_generated_requests() {
        RulesEngine engine = RulesEngine.of(BuiltInPacks.registry());
        EasyRulesUntoc perFact = new EasyRulesUntoc(EasyRulesUntoc.Style.FACT_PER_ASSESSMENT);
        EasyRulesUntoc mapFact = new EasyRulesUntoc(EasyRulesUntoc.Style.MAP_FACT);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<Evaluation> evaluations = UntocEvaluations.generate(18, REQUESTS);
        assertThat(evaluations).hasSize(REQUESTS);
        for (Evaluation e : evaluations) {
            Decision d = engine.evaluate(e);
            assertThat(d.findings()).as("the generated request %s is complete", e.request().id())
                    .noneMatch(f -> f.verdict() == Verdict.UNKNOWN || f.verdict() == Verdict.ERROR);
            Set<PeerDecision.Finding> expected = new HashSet<>();
            for (Finding f : d.findings()) {
                expected.add(new PeerDecision.Finding(f.ruleId(), f.measureIndex().orElse(PeerDecision.REQUEST), f.verdict()));
            }
            assertThat(expected).as("one finding per rule and scope").hasSize(d.findings().size());
            outcomes.merge(d.outcome(), 1, Integer::sum);
            check("hand-written", HandWrittenUntoc.decide(e), d, expected);
            check("Easy Rules, a fact per assessment", perFact.decide(e), d, expected);
            check("Easy Rules, one map fact", mapFact.decide(e), d, expected);
        }
        // the generated requests reach every outcome the pack can give a complete request
        assertThat(outcomes.keySet()).as("outcomes reached: %s", outcomes).contains(Outcome.NOT_APPLICABLE, Outcome.DEFICIENT,
                Outcome.MUST_REFUSE, Outcome.MAY_REFUSE, Outcome.POSTPONE, Outcome.GRANT_WITH_CONDITIONS, Outcome.GRANT);
    }

    private static void check(String peer, PeerDecision p, Decision d, Set<PeerDecision.Finding> expected) {
        assertThat(p.outcome()).as("%s: outcome of %s", peer, d.requestId()).isEqualTo(d.outcome());
        assertThat(p.findings()).as("%s: findings of %s", peer, d.requestId()).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
    }
}
