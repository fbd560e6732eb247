package org.openmla.treaties.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Verdict;

/**
 * One row of a scenario table: what is given (changes to the pack's baseline request, assessments, the requested
 * State's declarations and languages, proposed refusal grounds), what the treaty text says should come out (outcome,
 * findings, conditions, consultations, open questions, answers to proposed grounds), and which provision it exercises.
 *
 * <p>Written as data with a fluent surface, so the tables read like the domain and can later be converted to the
 * testkit's YAML scenario format: every "given" is a named edit or a key/value, every "expect" a value.
 */
public final class Scenario {

    /** An expected finding: a rule's verdict, for the request or one measure. */
    public record ExpectedFinding(String ruleId, Optional<Integer> measure, Verdict verdict) {}

    final String name;
    String cites = "";
    final List<UnaryOperator<MlaRequest.Builder>> edits = new ArrayList<>();
    final Map<String, Optional<Boolean>> assessments = new LinkedHashMap<>();
    final Map<Integer, Map<String, Boolean>> measureAssessments = new LinkedHashMap<>();
    final Set<String> requestedDeclarations = new LinkedHashSet<>();
    Optional<List<String>> requestedLanguages = Optional.empty();
    final List<String> proposals = new ArrayList<>();
    Optional<java.time.LocalDate> lawDate = Optional.empty();

    Optional<Outcome> outcome = Optional.empty();
    Optional<List<Outcome>> measureOutcomes = Optional.empty();
    final List<ExpectedFinding> findings = new ArrayList<>();
    final List<String> conditions = new ArrayList<>();
    final List<String> consultations = new ArrayList<>();
    final List<String> openQuestions = new ArrayList<>();
    final Map<String, RefusalCheck.Answer> refusalChecks = new LinkedHashMap<>();
    final List<String> reasonsCiting = new ArrayList<>();
    final List<String> notApplicableBecause = new ArrayList<>();

    private Scenario(String name) {
        this.name = name;
    }

    /** @return a scenario with this name, in words a lawyer would recognise */
    public static Scenario scenario(String name) {
        return new Scenario(name);
    }

    /** The provision the scenario exercises, e.g. {@code UNTOC art. 18(8)}. @return this */
    public Scenario cites(String citation) {
        this.cites = citation;
        return this;
    }

    /** A change to the baseline request. @return this */
    public Scenario given(UnaryOperator<MlaRequest.Builder> edit) {
        edits.add(edit);
        return this;
    }

    /** Sets (or overrides) an assessment of the whole request. @return this */
    public Scenario assessing(AssessmentKey key, boolean value) {
        assessments.put(key.id(), Optional.of(value));
        return this;
    }

    /** Removes an assessment from the baseline, so it is unknown. @return this */
    public Scenario notAssessing(AssessmentKey key) {
        assessments.put(key.id(), Optional.empty());
        return this;
    }

    /** Sets an assessment of one measure. @return this */
    public Scenario assessingMeasure(int measure, AssessmentKey key, boolean value) {
        measureAssessments.computeIfAbsent(measure, k -> new LinkedHashMap<>()).put(key.id(), value);
        return this;
    }

    /** The requested State made this declaration. @return this */
    public Scenario requestedStateDeclares(String declarationId) {
        requestedDeclarations.add(declarationId);
        return this;
    }

    /** The requested State accepts these languages (none: not known). @return this */
    public Scenario requestedStateAccepts(String... languages) {
        requestedLanguages = Optional.of(List.of(languages));
        return this;
    }

    /** An officer proposes to refuse on this ground. @return this */
    public Scenario proposing(RefusalGround ground) {
        proposals.add(ground.id());
        return this;
    }

    /** Evaluates on another law date. @return this */
    public Scenario onLawDate(java.time.LocalDate date) {
        lawDate = Optional.of(date);
        return this;
    }

    /** @return this */
    public Scenario expect(Outcome expected) {
        outcome = Optional.of(expected);
        return this;
    }

    /** @return this */
    public Scenario expectMeasures(Outcome... expected) {
        measureOutcomes = Optional.of(List.of(expected));
        return this;
    }

    /** A request-level finding. @return this */
    public Scenario expectFinding(String ruleId, Verdict verdict) {
        findings.add(new ExpectedFinding(ruleId, Optional.empty(), verdict));
        return this;
    }

    /** A finding for one measure. @return this */
    public Scenario expectFinding(String ruleId, int measure, Verdict verdict) {
        findings.add(new ExpectedFinding(ruleId, Optional.of(measure), verdict));
        return this;
    }

    /** The decision imposes the condition of this rule. @return this */
    public Scenario expectCondition(String ruleId) {
        conditions.add(ruleId);
        return this;
    }

    /** The decision lists the consultation duty of this rule. @return this */
    public Scenario expectConsultation(String ruleId) {
        consultations.add(ruleId);
        return this;
    }

    /** The decision asks this assessment. @return this */
    public Scenario expectOpenQuestion(AssessmentKey key) {
        openQuestions.add(key.id());
        return this;
    }

    /** The engine answers a proposed ground so. @return this */
    public Scenario expectRefusalCheck(RefusalGround ground, RefusalCheck.Answer answer) {
        refusalChecks.put(ground.id(), answer);
        return this;
    }

    /** A ready-to-send reason for refusal cites this provision. @return this */
    public Scenario expectReasonCiting(String citation) {
        reasonsCiting.add(citation);
        return this;
    }

    /** Some not-applicable finding gives a reason containing this text. @return this */
    public Scenario expectNotApplicableBecause(String text) {
        notApplicableBecause.add(text);
        return this;
    }

    /** @return the rule ids the scenario has expectations about, with a verdict other than NOT_APPLICABLE */
    public Set<String> exercisedRules() {
        Set<String> ids = new LinkedHashSet<>();
        findings.stream().filter(f -> f.verdict() != Verdict.NOT_APPLICABLE).forEach(f -> ids.add(f.ruleId()));
        ids.addAll(conditions);
        ids.addAll(consultations);
        return ids;
    }

    /** @return the provision exercised */
    public String citation() {
        return cites;
    }

    @Override
    public String toString() {
        return (cites.isEmpty() ? "" : "[" + cites + "] ") + name;
    }
}
