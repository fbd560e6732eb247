package org.openmla.treaties.coe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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
import org.openmla.core.rules.RulesEngine;
import org.openmla.core.rules.StateProfile;
import org.openmla.core.rules.Verdict;

/**
 * One scenario of a scenario table: a request, the States' declarations, the officer's assessments and what the
 * decision must say. Written as a lawyer would state a case; a failure prints the decision's full explanation.
 */
final class Scenario {
    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private final String name;
    private String pack;
    private MlaRequest request;
    private final Set<String> requestedDeclarations = new LinkedHashSet<>();
    private final Set<String> requestingDeclarations = new LinkedHashSet<>();
    private final Set<LanguageCode> requestedLanguages = new LinkedHashSet<>();
    private final Map<AssessmentKey, Boolean> assessments = new LinkedHashMap<>();
    private final Map<String, Boolean> measureAssessments = new LinkedHashMap<>();
    private final Map<String, AssessmentKey> measureKeys = new LinkedHashMap<>();
    private final List<ProposedRefusal> proposals = new ArrayList<>();
    private LocalDate lawDate = LAW_DATE;
    private Outcome outcome;
    private Set<String> determiningCitations;
    private final List<Consumer<Decision>> checks = new ArrayList<>();
    private final Set<String> exercisedCitations = new LinkedHashSet<>();
    private final Set<String> exercisedRules = new LinkedHashSet<>();

    private Scenario(String name) {
        this.name = name;
    }

    static Scenario scenario(String name) {
        return new Scenario(name);
    }

    Scenario pack(String packId) {
        this.pack = packId;
        return this;
    }

    Scenario request(MlaRequest request) {
        this.request = request;
        return this;
    }

    Scenario request(MlaRequest.Builder request) {
        return request(request.build());
    }

    Scenario requestedDeclared(String... ids) {
        requestedDeclarations.addAll(List.of(ids));
        return this;
    }

    Scenario noDeclarations() {
        requestedDeclarations.clear();
        requestingDeclarations.clear();
        return this;
    }

    Scenario requestingDeclared(String... ids) {
        requestingDeclarations.addAll(List.of(ids));
        return this;
    }

    Scenario requestedAccepts(String... languages) {
        for (String l : languages) {
            requestedLanguages.add(LanguageCode.of(l));
        }
        return this;
    }

    Scenario assessing(Map<AssessmentKey, Boolean> baseline) {
        assessments.putAll(baseline);
        return this;
    }

    Scenario assess(AssessmentKey key, boolean value) {
        assessments.put(key, value);
        return this;
    }

    Scenario unassessed(AssessmentKey key) {
        assessments.remove(key);
        return this;
    }

    Scenario assessMeasure(AssessmentKey key, int measure, boolean value) {
        measureAssessments.put(key.id() + "@" + measure, value);
        measureKeys.put(key.id() + "@" + measure, key);
        return this;
    }

    Scenario proposing(RefusalGround ground) {
        proposals.add(ProposedRefusal.of(ground));
        return this;
    }

    Scenario proposing(RefusalGround ground, int measure) {
        proposals.add(new ProposedRefusal(ground.id(), Optional.of(measure)));
        return this;
    }

    Scenario onLawDate(LocalDate date) {
        this.lawDate = date;
        return this;
    }

    /** The request's outcome. */
    Scenario expect(Outcome expected) {
        this.outcome = expected;
        return this;
    }

    /** The citations of the rules that determined the outcome, in any order. */
    Scenario determinedBy(String... citations) {
        this.determiningCitations = Set.of(citations);
        exercisedCitations.addAll(List.of(citations));
        return this;
    }

    /** The verdict of a rule's first finding (request-level, or the first measure's). */
    Scenario finding(String ruleId, Verdict verdict) {
        exercise(ruleId, verdict);
        checks.add(d -> assertThat(d.finding(ruleId)).as("finding of %s", ruleId).isPresent()
                .get().extracting(Finding::verdict).as("verdict of %s", ruleId).isEqualTo(verdict));
        return this;
    }

    /** The verdict of a rule's finding for one measure. */
    Scenario finding(String ruleId, int measure, Verdict verdict) {
        exercise(ruleId, verdict);
        checks.add(d -> assertThat(d.findings()).filteredOn(f -> f.ruleId().equals(ruleId) && f.measureIndex().equals(Optional.of(measure)))
                .as("finding of %s for measure %d", ruleId, measure).singleElement().extracting(Finding::verdict).isEqualTo(verdict));
        return this;
    }

    /** The outcome of each measure, in order. */
    Scenario measures(Outcome... outcomes) {
        checks.add(d -> assertThat(d.measures()).extracting(m -> m.outcome()).as("measure outcomes").containsExactly(outcomes));
        return this;
    }

    /** The answer to the proposed refusal on this ground. */
    Scenario refusal(RefusalGround ground, RefusalCheck.Answer answer, String citation) {
        exercisedCitations.add(citation);
        checks.add(d -> assertThat(d.refusalChecks()).filteredOn(c -> c.proposal().groundId().equals(ground.id()))
                .as("refusal check on %s", ground.id()).first().satisfies(c -> {
                    assertThat(c.answer()).as("answer on %s", ground.id()).isEqualTo(answer);
                    assertThat(c.citations()).extracting(Object::toString).as("citations of the answer on %s", ground.id()).contains(citation);
                }));
        return this;
    }

    /** A condition with this citation attaches to the assistance. */
    Scenario condition(String citation) {
        exercisedCitations.add(citation);
        checks.add(d -> assertThat(d.conditions()).extracting(c -> c.citation().toString()).as("conditions").contains(citation));
        return this;
    }

    /** No condition with this citation attaches. */
    Scenario noCondition(String citation) {
        checks.add(d -> assertThat(d.conditions()).extracting(c -> c.citation().toString()).as("conditions").doesNotContain(citation));
        return this;
    }

    /** A duty to consult or give reasons with this citation applies. */
    Scenario duty(String citation) {
        exercisedCitations.add(citation);
        checks.add(d -> assertThat(d.consultations()).extracting(c -> c.citation().toString()).as("duties").contains(citation));
        return this;
    }

    /** The decision asks this question. */
    Scenario asks(AssessmentKey key) {
        checks.add(d -> assertThat(d.openQuestions()).extracting(q -> q.key()).as("open questions").contains(key.id()));
        return this;
    }

    /** A deadline with this citation runs. */
    Scenario deadline(String citation) {
        exercisedCitations.add(citation);
        checks.add(d -> assertThat(d.deadlines()).extracting(r -> r.citation().toString()).as("deadlines").contains(citation));
        return this;
    }

    /** Any other check. */
    Scenario then(Consumer<Decision> check) {
        checks.add(check);
        return this;
    }

    /** A copy of this scenario's setup under another name, for a variant. */
    Scenario variant(String variantName, UnaryOperator<Scenario> change) {
        Scenario s = new Scenario(variantName);
        s.pack = pack;
        s.request = request;
        s.requestedDeclarations.addAll(requestedDeclarations);
        s.requestingDeclarations.addAll(requestingDeclarations);
        s.requestedLanguages.addAll(requestedLanguages);
        s.assessments.putAll(assessments);
        s.measureAssessments.putAll(measureAssessments);
        s.measureKeys.putAll(measureKeys);
        s.proposals.addAll(proposals);
        s.lawDate = lawDate;
        return change.apply(s);
    }

    private void exercise(String ruleId, Verdict verdict) {
        if (verdict != Verdict.NOT_APPLICABLE) {
            exercisedRules.add(ruleId);
        }
    }

    /** @return the pack the scenario evaluates */
    String packId() {
        return pack;
    }

    /** @return the citations the scenario's expectations name, with those of the rules whose findings it expects */
    Set<String> exercised(java.util.function.Function<String, Optional<String>> citationOfRule) {
        Set<String> out = new LinkedHashSet<>(exercisedCitations);
        exercisedRules.forEach(id -> citationOfRule.apply(id).ifPresent(out::add));
        return out;
    }

    Evaluation evaluation() {
        Evaluation.Builder b = Evaluation.of(request).pack(pack).lawDate(lawDate)
                .requestedState(new StateProfile(request.requestedState(), requestedDeclarations, requestedLanguages))
                .requestingState(new StateProfile(request.requestingState(), requestingDeclarations, Set.of()));
        assessments.forEach((k, v) -> b.assessment(Assessment.of(k, v, "officer-1", AT, null)));
        measureAssessments.forEach((id, v) -> b.assessment(Assessment.ofMeasure(measureKeys.get(id),
                Integer.parseInt(id.substring(id.indexOf('@') + 1)), v, "officer-1", AT, null)));
        proposals.forEach(b::proposeRefusal);
        return b.build();
    }

    Decision decide(RulesEngine engine) {
        return engine.evaluate(evaluation());
    }

    /** Evaluates the scenario and checks every expectation; a failure prints the decision's explanation. */
    Decision verify(RulesEngine engine) {
        Decision d = decide(engine);
        String explanation = System.lineSeparator() + d.explain();
        if (outcome != null) {
            assertThat(d.outcome()).as("outcome of '%s'%s", name, explanation).isEqualTo(outcome);
        }
        if (determiningCitations != null) {
            Set<String> actual = d.determiningFindings().stream().map(f -> f.citation().toString()).collect(Collectors.toSet());
            assertThat(actual).as("citations determining '%s'%s", name, explanation).isEqualTo(determiningCitations);
        }
        for (Consumer<Decision> c : checks) {
            try {
                c.accept(d);
            } catch (AssertionError e) {
                throw new AssertionError("scenario '" + name + "': " + e.getMessage() + explanation, e);
            }
        }
        return d;
    }

    @Override
    public String toString() {
        return name;
    }
}
