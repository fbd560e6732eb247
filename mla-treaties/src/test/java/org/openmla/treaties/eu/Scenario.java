package org.openmla.treaties.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Decision;
import org.openmla.core.rules.Evaluation;
import org.openmla.core.rules.Finding;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.ProposedRefusal;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.rules.RulePackRegistry;
import org.openmla.core.rules.RulesEngine;
import org.openmla.core.rules.StateProfile;
import org.openmla.core.rules.Verdict;

/**
 * One scenario of a pack's table: a request, the assessments an officer gave, the law date, and what the decision
 * must say. Scenarios start from a pack's baseline (a complete request with every assessment answered so that
 * nothing stands in the way) and change one thing, as a lawyer would when testing a rule.
 */
final class Scenario {

    static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    static final RulesEngine ENGINE = RulesEngine.of(RulePackRegistry.of(new EuRulePackProvider().packs().toArray(new org.openmla.core.rules.RulePack[0])));

    final String name;
    final String packId;
    private MlaRequest request;
    private final Map<String, Assessment> assessments = new LinkedHashMap<>();
    private LocalDate lawDate;
    private Set<LanguageCode> requestedStateLanguages = Set.of();
    private Outcome expected;
    private final List<String> determinedBy = new ArrayList<>();
    private final List<ProposedRefusal> proposals = new ArrayList<>();
    private final Set<String> named = new java.util.TreeSet<>();
    private final List<Consumer<Decision>> checks = new ArrayList<>();

    private Scenario(String name, String packId, MlaRequest request, LocalDate lawDate, List<Assessment> baseline) {
        this.name = name;
        this.packId = packId;
        this.request = request;
        this.lawDate = lawDate;
        baseline.forEach(a -> assessments.put(key(a), a));
    }

    static Scenario of(String name, String packId, MlaRequest request, LocalDate lawDate, List<Assessment> baseline) {
        return new Scenario(name, packId, request, lawDate, baseline);
    }

    private static String key(Assessment a) {
        return a.key() + a.measureIndex().map(i -> "@" + i).orElse("");
    }

    static Assessment answer(AssessmentKey key, boolean value) {
        return Assessment.of(key, value, "officer-7", AT, null);
    }

    /** Changes the request. */
    Scenario request(UnaryOperator<MlaRequest.Builder> change) {
        this.request = change.apply(request.toBuilder()).build();
        return this;
    }

    /** Answers (or re-answers) an assessment for the whole request. */
    Scenario assessing(AssessmentKey key, boolean value) {
        Assessment a = answer(key, value);
        assessments.put(key(a), a);
        return this;
    }

    /** Answers an assessment for one measure. */
    Scenario assessingMeasure(AssessmentKey key, int measure, boolean value) {
        Assessment a = Assessment.ofMeasure(key, measure, value, "officer-7", AT, null);
        assessments.put(key(a), a);
        return this;
    }

    /** Withdraws an answer, so that the question is open again. */
    Scenario notAssessing(AssessmentKey key) {
        assessments.remove(key.id());
        return this;
    }

    /** An officer proposes to refuse the whole request on the ground. */
    Scenario proposeRefusal(RefusalGround ground) {
        proposals.add(ProposedRefusal.of(ground));
        return this;
    }

    /** The engine's answer to the proposed ground must be this. */
    Scenario refusal(String groundId, RefusalCheck.Answer answer) {
        return then(d -> assertThat(d.refusalChecks()).filteredOn(c -> c.proposal().groundId().equals(groundId))
                .as("answer to the proposal to refuse on %s", groundId).singleElement()
                .satisfies(c -> assertThat(c.answer()).as(c.explanation()).isEqualTo(answer)));
    }

    /** A deadline of the rule runs, with this limit. */
    Scenario deadline(String ruleId, TimeLimit limit) {
        named.add(ruleId);
        return then(d -> assertThat(d.deadlines()).filteredOn(x -> x.ruleId().equals(ruleId)).as("deadlines of %s", ruleId)
                .isNotEmpty().allSatisfy(x -> assertThat(x.limit()).isEqualTo(limit)));
    }

    /** No deadline of the rule runs. */
    Scenario noDeadline(String ruleId) {
        return then(d -> assertThat(d.deadlines()).extracting(x -> x.ruleId()).doesNotContain(ruleId));
    }

    Scenario on(LocalDate date) {
        this.lawDate = date;
        return this;
    }

    Scenario requestedStateAccepts(String... languages) {
        this.requestedStateLanguages = Set.copyOf(java.util.Arrays.stream(languages).map(LanguageCode::of).toList());
        return this;
    }

    Scenario expect(Outcome outcome) {
        this.expected = outcome;
        return this;
    }

    /** The rules that must be among those determining the request's outcome. */
    Scenario determinedBy(String... ruleIds) {
        determinedBy.addAll(List.of(ruleIds));
        named.addAll(List.of(ruleIds));
        return this;
    }

    Scenario then(Consumer<Decision> check) {
        checks.add(check);
        return this;
    }

    /** The finding of the rule (its first, for per-measure rules) must have this verdict. */
    Scenario finding(String ruleId, Verdict verdict) {
        named.add(ruleId);
        return then(d -> assertThat(d.finding(ruleId)).as("finding of %s", ruleId).hasValueSatisfying(f -> assertThat(f.verdict())
                .as("verdict of %s (%s)", ruleId, f.reason().orElse("")).isEqualTo(verdict)));
    }

    /** The finding of the rule for the measure must have this verdict. */
    Scenario measureFinding(String ruleId, int measure, Verdict verdict) {
        named.add(ruleId);
        return then(d -> assertThat(d.findings()).filteredOn(f -> f.ruleId().equals(ruleId) && f.measureIndex().equals(java.util.Optional.of(measure)))
                .as("finding of %s for measure %d", ruleId, measure).singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(verdict)));
    }

    Scenario measureOutcome(int measure, Outcome outcome) {
        return then(d -> assertThat(d.measures().get(measure).outcome()).as("outcome of measure %d", measure).isEqualTo(outcome));
    }

    Scenario consultation(String ruleId) {
        named.add(ruleId);
        return then(d -> assertThat(d.consultations()).extracting(c -> c.ruleId()).contains(ruleId));
    }

    Scenario noConsultation(String ruleId) {
        return then(d -> assertThat(d.consultations()).extracting(c -> c.ruleId()).doesNotContain(ruleId));
    }

    Scenario imposes(String ruleId) {
        named.add(ruleId);
        return then(d -> assertThat(d.conditions()).extracting(c -> c.ruleId()).contains(ruleId));
    }

    Scenario openQuestion(AssessmentKey key) {
        return then(d -> assertThat(d.openQuestions()).extracting(q -> q.key()).contains(key.id()));
    }

    Scenario noOpenQuestions() {
        return then(d -> assertThat(d.openQuestions()).as("open questions").isEmpty());
    }

    Evaluation evaluation() {
        StateProfile requested = StateProfile.empty(request.requestedState()).withAcceptedLanguages(requestedStateLanguages);
        Evaluation.Builder b = Evaluation.of(request).pack(packId).lawDate(lawDate).requestedState(requested)
                .assessments(List.copyOf(assessments.values()));
        proposals.forEach(b::proposeRefusal);
        return b.build();
    }

    Decision decide() {
        return ENGINE.evaluate(evaluation());
    }

    /** Evaluates the scenario and checks every expectation, printing the decision's explanation on failure. */
    Decision verify() {
        Decision d = decide();
        SoftAssertions soft = new SoftAssertions();
        String explanation = "\n--- scenario: " + name + " ---\n" + d.explain();
        if (expected != null) {
            soft.assertThat(d.outcome()).as("outcome" + explanation).isEqualTo(expected);
        }
        soft.assertThat(d.determiningRuleIds()).as("determining rules" + explanation).containsAll(determinedBy);
        if (d.outcome() == Outcome.PENDING_ASSESSMENT) {
            soft.assertThat(d.hasDecisiveOpenQuestion()).as("a pending outcome names the question that decides it" + explanation).isTrue();
        }
        String text = d.explain() + d;
        for (String personal : personalText(request)) {
            soft.assertThat(text).as("the decision repeats no personal data or free text of the request").doesNotContain(personal);
        }
        for (Consumer<Decision> check : checks) {
            soft.check(() -> {
                try {
                    check.accept(d);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + explanation, e);
                }
            });
        }
        soft.assertAll();
        return d;
    }

    private static List<String> personalText(MlaRequest r) {
        List<String> out = new ArrayList<>();
        r.persons().forEach(p -> p.name().ifPresent(out::add));
        r.factsSummary().ifPresent(out::add);
        r.purpose().ifPresent(out::add);
        r.proceedings().subjectMatter().ifPresent(out::add);
        r.measures().forEach(m -> {
            m.description().ifPresent(out::add);
            m.targets().stream().filter(t -> t.kind() != org.openmla.core.model.TargetKind.PERSON).forEach(t -> out.add(t.value()));
        });
        return out;
    }

    /** @return the rules whose findings this scenario names in its expectations */
    Set<String> namedRules() {
        return Set.copyOf(named);
    }

    /** Whether the finding shows its rule doing what it is for: adverse, or for an exception, applying. */
    static boolean exercises(Finding f) {
        if (f.exceptionTo().isPresent()) {
            return f.verdict() == Verdict.TRUE;
        }
        Verdict adverse = Verdict.of(f.kind().adverseVerdict());
        return f.verdict() == adverse || (f.kind() == RuleKind.NOT_A_GROUND && f.verdict() == Verdict.TRUE);
    }

    @Override
    public String toString() {
        return name;
    }
}
