package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.rules.RuleKind;

/**
 * {@link DecisionFacts#of(Decision)} checks the findings it keeps when the decision is recorded and makes their
 * {@link DecisionFacts.RecordedFinding}s when the list is first read: what it holds must be what a plain filter of the
 * decision's findings gives, whichever thread reads it first, and a finding it could not record must still be refused
 * at once.
 */
class DecisionFactsTest {

    private static final List<Decision> DECISIONS = List.of(GRANTED, decide(), ESSENTIAL_INTERESTS, DISCRIMINATORY, INTERFERES, NO_DUAL_CRIMINALITY,
            DEFICIENT, NOT_VALIDATED_ORDER, DISCRIMINATION_OPEN, POLITICAL_OPEN, NOT_IN_FORCE, ENGINE_ERROR, BANK_SECRECY_PROPOSED, TERRORISM_POLITICAL,
            ESSENTIAL_INTERESTS_PROPOSED, URGENT);

    private static final Set<RuleKind> KEPT = EnumSet.of(RuleKind.MANDATORY_REFUSAL, RuleKind.DISCRETIONARY_REFUSAL, RuleKind.PRECONDITION,
            RuleKind.NOT_A_GROUND, RuleKind.POSTPONEMENT);

    /** The findings the facts keep, made eagerly by a plain filter, independently of DecisionFacts. */
    private static List<DecisionFacts.RecordedFinding> expected(Decision d) {
        Set<String> asked = new HashSet<>();
        for (OpenQuestion q : d.openQuestions()) {
            asked.addAll(q.ruleIds());
        }
        List<DecisionFacts.RecordedFinding> out = new ArrayList<>();
        for (Finding f : d.findings()) {
            if (KEPT.contains(f.kind()) || asked.contains(f.ruleId())) {
                out.add(new DecisionFacts.RecordedFinding(f.ruleId(), f.kind(), f.ground(), f.measureIndex(), f.verdict(), f.exceptedBy(), f.exceptionTo()));
            }
        }
        return out;
    }

    @Test
    void theFindingsKeptAreThoseOfAPlainFilterInTheDecisionsOrder() {
        for (Decision d : DECISIONS) {
            DecisionFacts facts = DecisionFacts.of(d);
            List<DecisionFacts.RecordedFinding> want = expected(d);

            assertThat(facts.findings()).as(d.outcome().toString()).hasSize(want.size()).containsExactlyElementsOf(want);
            DecisionFacts eager = new DecisionFacts(facts.requestId(), want, facts.openQuestions(), facts.consultationDuties());
            assertThat(facts).isEqualTo(eager).hasSameHashCodeAs(eager);
            assertThat(DecisionFacts.of(d)).isEqualTo(facts);
        }
    }

    @Test
    void theListIsUnmodifiableAndMadeOnceWhicheverThreadReadsItFirst() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                DecisionFacts facts = DecisionFacts.of(ESSENTIAL_INTERESTS);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<DecisionFacts.RecordedFinding>>> reads = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    reads.add(pool.submit(() -> {
                        start.await();
                        return List.copyOf(facts.findings());
                    }));
                }
                start.countDown();
                List<DecisionFacts.RecordedFinding> first = reads.get(0).get();
                assertThat(first).isEqualTo(expected(ESSENTIAL_INTERESTS));
                for (Future<List<DecisionFacts.RecordedFinding>> r : reads) {
                    List<DecisionFacts.RecordedFinding> read = r.get();
                    for (int i = 0; i < read.size(); i++) {
                        assertThat(read.get(i)).isSameAs(first.get(i));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<DecisionFacts.RecordedFinding> findings = DecisionFacts.of(GRANTED).findings();
        assertThat(findings).isNotEmpty();
        assertThatThrownBy(() -> findings.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> findings.add(findings.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFindingThatCannotBeRecordedIsRefusedWhenTheDecisionIsRecorded() {
        DecisionRef ref = DecisionRef.of(ESSENTIAL_INTERESTS);
        Decision plain = ref.facts().orElseThrow().asDecision(ref);
        Finding f = plain.findings().get(0);
        Finding tooLong = new Finding("r".repeat(201), f.packId(), f.citation(), f.kind(), f.statement(), f.ground(), f.measureIndex(), f.verdict(),
                f.facts(), f.reason(), f.exceptedBy(), f.exceptionTo(), f.caveat());
        List<Finding> findings = new ArrayList<>(plain.findings());
        findings.set(0, tooLong);
        Decision bad = new Decision(plain.decisionId(), plain.inputDigest(), plain.requestId(), plain.lawDate(), plain.packs(), plain.outcome(),
                plain.partial(), plain.measures(), plain.determiningRuleIds(), findings, plain.openQuestions(), plain.conditions(), plain.consultations(),
                plain.deadlines(), plain.refusalChecks(), List.of(), plain.legalBasisNotes());

        assertThatThrownBy(() -> DecisionFacts.of(bad)).isInstanceOf(InvalidValueException.class).hasMessageContaining("RecordedFinding.ruleId");
    }

    @Test
    void factsNamingAMeasureTheReferenceDoesNotHaveAreRefused() {
        Decision withMeasureFindings = DECISIONS.stream().filter(d -> d.findings().stream().anyMatch(f -> f.measureIndex().isPresent()
                && KEPT.contains(f.kind()))).findFirst().orElseThrow();
        DecisionRef ref = DecisionRef.of(withMeasureFindings);

        assertThatThrownBy(() -> new DecisionRef(ref.decisionId(), ref.inputDigest(), ref.outcome(), ref.partial(), List.of(), ref.lawDate(),
                ref.packs(), Optional.of(DecisionFacts.of(withMeasureFindings))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("DecisionFacts.findings.measureIndex");
    }

    /**
     * A formal requirement waiting on an assessment is kept only because an open question waits on it: the facts'
     * own list, handed back without that question, must be refused like any other list holding it.
     */
    @Test
    void theKeptListIsTrustedOnlyWithTheQuestionsItWasKeptFor() {
        org.openmla.core.rules.RulePack pack = org.openmla.core.rules.RulePack.builder("PQ", "1.0.0")
                .rule(org.openmla.core.rules.Rule.builder("q.1", "PQ art. 1").formalRequirement().statement("The request states its purpose.")
                        .when(org.openmla.core.rules.Conditions.assessed(org.openmla.core.rules.StandardAssessments.ESSENTIAL_INTERESTS)).build())
                .build();
        Decision waiting = org.openmla.core.engine.RulesEngine.of(org.openmla.core.engine.RulePackRegistry.of(pack))
                .evaluate(org.openmla.core.engine.Evaluation.of(LifecyclePack.request().build()).pack("PQ")
                        .lawDate(java.time.LocalDate.of(2026, 3, 1)).build());
        DecisionFacts facts = DecisionFacts.of(waiting);
        assertThat(facts.openQuestions()).isNotEmpty();
        assertThat(facts.findings()).extracting(DecisionFacts.RecordedFinding::kind).contains(RuleKind.FORMAL_REQUIREMENT);

        DecisionFacts fresh = DecisionFacts.of(waiting); // its list not yet read
        assertThatThrownBy(() -> new DecisionFacts(fresh.requestId(), fresh.findings(), List.of(), List.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DecisionFacts(facts.requestId(), new ArrayList<>(facts.findings()), List.of(), List.of()))
                .isInstanceOf(InvalidValueException.class);
        // with the questions it was kept for, the list stands as recorded
        DecisionFacts again = DecisionFacts.of(waiting);
        assertThat(new DecisionFacts(again.requestId(), again.findings(), again.openQuestions(), again.consultationDuties())).isEqualTo(facts);
    }
}
