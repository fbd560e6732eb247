package org.openmla.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.rules.DecisionText;
import org.openmla.core.model.RequestId;

/**
 * The engine's decision on a request: the outcome, the outcome for each measure, and everything behind it.
 *
 * <p>A decision is a value: the same {@link Evaluation} gives an equal decision, with findings in the same order. It
 * records the law date, the packs and versions used and a digest of the input, so it can be replayed and audited;
 * {@link #decisionId()} is derived from the digest. {@link #explain()} renders it as text; the JSON module renders it
 * as JSON. It contains no personal data: only ids, citations, statements and fact labels.
 *
 * @param decisionId a stable id derived from the input digest and the packs
 * @param inputDigest SHA-256 of the evaluation input, in hexadecimal
 * @param requestId the request's id
 * @param lawDate the date whose law was applied
 * @param packs the packs applied, with their versions
 * @param outcome the outcome for the request
 * @param partial whether the measures' outcomes differ, so that the request may be granted in part
 * @param measures the outcome of each measure, in the request's order
 * @param determiningRuleIds the rules whose findings produced the request's outcome; for
 *     {@link Outcome#PENDING_ASSESSMENT}, the rules whose unknown findings could make the outcome stronger
 * @param findings every finding, by pack and rule order, request-level before per-measure
 * @param openQuestions assessments still needed
 * @param conditions conditions that attach to the assistance
 * @param consultations duties to consult before refusing or postponing
 * @param deadlines deadlines that run for the request
 * @param refusalChecks the answers to proposed refusal grounds
 * @param refusalReasons ready-to-send reasons, when the outcome is a refusal
 * @param legalBasisNotes why packs did not govern the request, if any did not
 */
public record Decision(
        String decisionId,
        String inputDigest,
        RequestId requestId,
        LocalDate lawDate,
        List<PackRef> packs,
        Outcome outcome,
        boolean partial,
        List<MeasureResult> measures,
        List<String> determiningRuleIds,
        List<Finding> findings,
        List<OpenQuestion> openQuestions,
        List<ImposedCondition> conditions,
        List<ConsultationDuty> consultations,
        List<RunningDeadline> deadlines,
        List<RefusalCheck> refusalChecks,
        List<String> refusalReasons,
        List<LegalBasisNote> legalBasisNotes) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public Decision {
        Checks.required(decisionId, "Decision.decisionId");
        Checks.required(inputDigest, "Decision.inputDigest");
        Checks.required(requestId, "Decision.requestId");
        Checks.required(lawDate, "Decision.lawDate");
        packs = Checks.list(packs, "Decision.packs");
        Checks.required(outcome, "Decision.outcome");
        measures = Checks.list(measures, "Decision.measures");
        determiningRuleIds = Checks.list(determiningRuleIds, "Decision.determiningRuleIds");
        findings = Checks.list(findings, "Decision.findings");
        openQuestions = Checks.list(openQuestions, "Decision.openQuestions");
        conditions = Checks.list(conditions, "Decision.conditions");
        consultations = Checks.list(consultations, "Decision.consultations");
        deadlines = Checks.list(deadlines, "Decision.deadlines");
        refusalChecks = Checks.list(refusalChecks, "Decision.refusalChecks");
        refusalReasons = Checks.list(refusalReasons, "Decision.refusalReasons");
        legalBasisNotes = Checks.list(legalBasisNotes, "Decision.legalBasisNotes");
    }

    /** @return the findings whose citation is the given one or falls within it ({@code "UNTOC art. 18(21)"} matches 18(21)(b)) */
    public List<Finding> findingsCiting(String citation) {
        Citation c = Citation.parse(citation);
        return findings.stream().filter(f -> f.citation().isWithin(c)).toList();
    }

    /** @return the request-level finding of a rule, or its first per-measure finding */
    public Optional<Finding> finding(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    /**
     * The findings that produced the request's outcome: the adverse findings of the determining rules or, while the
     * outcome is {@link Outcome#PENDING_ASSESSMENT}, their findings that are still unknown.
     *
     * @return the findings
     */
    public List<Finding> determiningFindings() {
        Verdict wanted = outcome == Outcome.PENDING_ASSESSMENT ? Verdict.UNKNOWN : null;
        return findings.stream().filter(f -> determiningRuleIds.contains(f.ruleId()) && (wanted == null ? f.isAdverse() : f.verdict() == wanted))
                .toList();
    }

    /** @return the findings that were not applicable, with their reasons */
    public List<Finding> notApplicable() {
        return findings.stream().filter(f -> f.verdict() == Verdict.NOT_APPLICABLE).toList();
    }

    /** @return the findings that failed */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.verdict() == Verdict.ERROR).toList();
    }

    /** @return whether the outcome is a grant, with or without conditions */
    public boolean isGrant() {
        return outcome.isGrant();
    }

    /** @return whether an open question could still change the outcome */
    public boolean hasDecisiveOpenQuestion() {
        return openQuestions.stream().anyMatch(OpenQuestion::couldChangeOutcome);
    }

    /** @return the full explanation as readable text: outcome, measures, findings with facts, open questions and more */
    public String explain() {
        return DecisionText.render(this);
    }

    @Override
    public String toString() {
        return "Decision[" + decisionId + ", request " + requestId + ", " + outcome + (partial ? " (partial)" : "") + ", law date " + lawDate
                + ", packs " + packs + ", " + findings.size() + " findings, " + openQuestions.size() + " open questions]";
    }
}
