package org.openmla.core.decision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.rules.DecisionText;
import org.openmla.core.internal.rules.InputDigest;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.Citation;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.PackRef;

/**
 * The engine's decision on a request: the outcome, the outcome for each measure, and everything behind it.
 *
 * <p>A decision is a value: the same {@link Evaluation} gives an equal decision, with findings in the same order. It
 * records the law date, the packs and versions used and a digest of the input, so it can be replayed and audited;
 * {@link #decisionId()} is derived from the digest. {@link #explain()} renders it as text; the JSON module renders it
 * as JSON. It contains no personal data: only ids, citations, statements and fact labels. Immutable and thread-safe;
 * the engine's decisions compute their digest and id when first asked for ({@link #derivedFrom}).
 */
public final class Decision {
    private final RequestId requestId;
    private final LocalDate lawDate;
    private final List<PackRef> packs;
    private final Outcome outcome;
    private final boolean partial;
    private final List<MeasureResult> measures;
    private final List<String> determiningRuleIds;
    private final List<Finding> findings;
    private final List<OpenQuestion> openQuestions;
    private final List<ImposedCondition> conditions;
    private final List<ConsultationDuty> consultations;
    private final List<RunningDeadline> deadlines;
    private final List<RefusalCheck> refusalChecks;
    // given, or (for the engine's decisions) derived from the findings when first asked for
    private volatile List<String> refusalReasons;
    private final List<LegalBasisNote> legalBasisNotes;
    // The id and digest, or (until first asked for) the input they are derived from; written once, under the lock.
    private volatile String decisionId;
    private volatile String inputDigest;
    private Evaluation input;
    private List<PackRef> lineage;

    /**
     * A decision with its id and digest given.
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
     * @throws org.openmla.core.InvalidValueException if a field is null
     */
    public Decision(
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
        this(requestId, lawDate, packs, outcome, partial, measures, determiningRuleIds, findings, openQuestions, conditions, consultations,
                deadlines, refusalChecks, Checks.required(refusalReasons, "Decision.refusalReasons"), legalBasisNotes);
        this.decisionId = Checks.required(decisionId, "Decision.decisionId");
        this.inputDigest = Checks.required(inputDigest, "Decision.inputDigest");
    }

    private Decision(
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
        this.requestId = Checks.required(requestId, "Decision.requestId");
        this.lawDate = Checks.required(lawDate, "Decision.lawDate");
        this.packs = Checks.list(packs, "Decision.packs");
        this.outcome = Checks.required(outcome, "Decision.outcome");
        this.partial = partial;
        this.measures = Checks.list(measures, "Decision.measures");
        this.determiningRuleIds = Checks.list(determiningRuleIds, "Decision.determiningRuleIds");
        this.findings = Checks.list(findings, "Decision.findings");
        this.openQuestions = Checks.list(openQuestions, "Decision.openQuestions");
        this.conditions = Checks.list(conditions, "Decision.conditions");
        this.consultations = Checks.list(consultations, "Decision.consultations");
        this.deadlines = Checks.list(deadlines, "Decision.deadlines");
        this.refusalChecks = Checks.list(refusalChecks, "Decision.refusalChecks");
        this.refusalReasons = refusalReasons == null ? null : Checks.list(refusalReasons, "Decision.refusalReasons");
        this.legalBasisNotes = Checks.list(legalBasisNotes, "Decision.legalBasisNotes");
    }

    /**
     * A decision whose {@link #inputDigest()} and {@link #decisionId()} are derived from its input the first time
     * either is asked for, so that a caller who never asks never pays for the digest, and whose
     * {@link #refusalReasons()} are derived from its findings, refusal checks and measures the first time they are asked
     * for. The values are those computed at once would be. Until then the decision keeps a reference to the input
     * (never rendered).
     *
     * @param input the evaluation decided; the request id and law date are its own
     * @param lineage the packs applied and the packs they extend, each with its version (the parents' rules decide too)
     * @return the decision
     * @throws NullPointerException if the input or the lineage is null
     * @throws org.openmla.core.InvalidValueException if a field is null
     */
    public static Decision derivedFrom(
            Evaluation input,
            List<PackRef> lineage,
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
            List<LegalBasisNote> legalBasisNotes) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(lineage, "lineage");
        Decision d = new Decision(input.request().id(), input.lawDate(), packs, outcome, partial, measures, determiningRuleIds, findings,
                openQuestions, conditions, consultations, deadlines, refusalChecks, null, legalBasisNotes);
        d.input = input;
        d.lineage = List.copyOf(lineage);
        return d;
    }

    /** @return a stable id derived from the input digest and the packs */
    public String decisionId() {
        derive();
        return decisionId;
    }

    /** @return SHA-256 of the evaluation input, in hexadecimal */
    public String inputDigest() {
        derive();
        return inputDigest;
    }

    private void derive() {
        if (inputDigest != null) {
            return;
        }
        synchronized (this) {
            if (inputDigest == null) {
                String digest = InputDigest.of(input, lineage);
                decisionId = UUID.nameUUIDFromBytes(digest.getBytes(StandardCharsets.US_ASCII)).toString();
                inputDigest = digest;
                input = null;
                lineage = null;
            }
        }
    }

    /** @return the request's id */
    public RequestId requestId() {
        return requestId;
    }

    /** @return the date whose law was applied */
    public LocalDate lawDate() {
        return lawDate;
    }

    /** @return the packs applied, with their versions */
    public List<PackRef> packs() {
        return packs;
    }

    /** @return the outcome for the request */
    public Outcome outcome() {
        return outcome;
    }

    /** @return whether the measures' outcomes differ, so that the request may be granted in part */
    public boolean partial() {
        return partial;
    }

    /** @return the outcome of each measure, in the request's order */
    public List<MeasureResult> measures() {
        return measures;
    }

    /**
     * @return the rules whose findings produced the request's outcome; for {@link Outcome#PENDING_ASSESSMENT}, the
     *     rules whose unknown findings could make the outcome stronger
     */
    public List<String> determiningRuleIds() {
        return determiningRuleIds;
    }

    /** @return every finding, by pack and rule order, request-level before per-measure */
    public List<Finding> findings() {
        return findings;
    }

    /** @return assessments still needed */
    public List<OpenQuestion> openQuestions() {
        return openQuestions;
    }

    /** @return conditions that attach to the assistance */
    public List<ImposedCondition> conditions() {
        return conditions;
    }

    /** @return duties to consult before refusing or postponing */
    public List<ConsultationDuty> consultations() {
        return consultations;
    }

    /** @return deadlines that run for the request */
    public List<RunningDeadline> deadlines() {
        return deadlines;
    }

    /** @return the answers to proposed refusal grounds */
    public List<RefusalCheck> refusalChecks() {
        return refusalChecks;
    }

    /**
     * @return ready-to-send reasons, when the outcome is a refusal (or, while assessments are pending, the grounds
     *     that already hold)
     */
    public List<String> refusalReasons() {
        List<String> reasons = refusalReasons;
        if (reasons == null) {
            reasons = DecisionText.refusalReasons(outcome, findings, refusalChecks, measures);
            refusalReasons = reasons; // the same value whichever thread computes it first
        }
        return reasons;
    }

    /** @return why packs did not govern the request, if any did not */
    public List<LegalBasisNote> legalBasisNotes() {
        return legalBasisNotes;
    }

    /** Decisions are equal when every field is, the id and digest included. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Decision d && partial == d.partial && outcome == d.outcome && requestId.equals(d.requestId)
                && lawDate.equals(d.lawDate) && packs.equals(d.packs) && measures.equals(d.measures) && determiningRuleIds.equals(d.determiningRuleIds)
                && findings.equals(d.findings) && openQuestions.equals(d.openQuestions) && conditions.equals(d.conditions)
                && consultations.equals(d.consultations) && deadlines.equals(d.deadlines) && refusalChecks.equals(d.refusalChecks)
                && refusalReasons().equals(d.refusalReasons()) && legalBasisNotes.equals(d.legalBasisNotes) && inputDigest().equals(d.inputDigest())
                && decisionId().equals(d.decisionId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(decisionId(), inputDigest(), requestId, lawDate, packs, outcome, partial, measures, determiningRuleIds, findings,
                openQuestions, conditions, consultations, deadlines, refusalChecks, refusalReasons(), legalBasisNotes);
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
        return "Decision[" + decisionId() + ", request " + requestId + ", " + outcome + (partial ? " (partial)" : "") + ", law date " + lawDate
                + ", packs " + packs + ", " + findings.size() + " findings, " + openQuestions.size() + " open questions]";
    }
}
