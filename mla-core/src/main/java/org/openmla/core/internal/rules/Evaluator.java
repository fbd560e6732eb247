package org.openmla.core.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.openmla.core.internal.FrozenList;
import org.openmla.core.model.CommunicationKind;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Citation;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.decision.ConsultationDuty;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.EvaluationListener;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.ImposedCondition;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.PackRef;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.engine.RefusalChecks;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.core.decision.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One evaluation, phase by phase: each rule of each pack in each scope ({@link RuleEvaluator}), exceptions
 * ({@link ExceptionResolver}), outcomes ({@link Outcomes}), open questions ({@link OpenQuestions}), refusal checks
 * ({@link RefusalChecks}) and the reasons for refusal ({@link DecisionText}). Single use, single thread.
 */
public final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
    private static final int REQUEST = RuleResult.REQUEST;

    private final Evaluation input;
    private final List<PackPlan> plans;
    private final List<EvaluationListener> listeners;
    private final MlaRequest request;
    private final int measureCount;
    private final RuleEvaluator rules;

    /**
     * @param input the evaluation
     * @param plans the packs, each laid out once by {@link #plan(CompiledRulePack)}
     * @param listeners notified of rule failures and of the decision
     */
    public Evaluator(Evaluation input, List<PackPlan> plans, List<EvaluationListener> listeners) {
        this.input = input;
        this.plans = plans;
        this.listeners = listeners;
        this.request = input.request();
        this.measureCount = request.measures().size();
        this.rules = new RuleEvaluator(Inputs.of(input), listeners);
    }

    public Decision decide() {
        ArrayList<PackRef> refs = new ArrayList<>(plans.size());
        ArrayList<LegalBasisNote> notes = new ArrayList<>(0);
        List<RuleResult> results = null; // the first applicable pack's own list, then the others added to it
        boolean anyApplicable = false;
        for (PackPlan plan : plans) {
            CompiledRulePack pack = plan.pack;
            refs.add(new PackRef(pack.id(), pack.version()));
            if (!pack.definition().inForceOn(input.lawDate())) {
                notes.add(new LegalBasisNote(pack.id(), "the pack " + pack.id() + "@" + pack.version() + " is not in force on " + input.lawDate()
                        + inForceText(pack), List.of()));
                continue;
            }
            if (!pack.definition().communications().contains(request.kind())) {
                notes.add(new LegalBasisNote(pack.id(), "the pack " + pack.id() + "@" + pack.version() + " encodes " + kinds(pack)
                        + ", not " + kindText(request.kind()) + ": none of its rules was evaluated", List.of()));
                continue;
            }
            List<RuleResult> packResults = evaluatePack(plan);
            List<RuleResult> outOfScope = new ArrayList<>(0);
            for (RuleResult r : packResults) {
                if (r.rule().kind() == RuleKind.SCOPE && r.scope() == REQUEST && r.verdict() == Verdict.FALSE) {
                    outOfScope.add(r);
                }
            }
            if (outOfScope.isEmpty()) {
                anyApplicable = true;
                if (results == null) {
                    results = packResults;
                } else {
                    results.addAll(packResults);
                }
                continue;
            }
            String note;
            String why;
            List<Citation> cites;
            if (outOfScope.size() == 1 && outOfScope.get(0).info().outOfScopeNote != null) { // written once per plan
                note = outOfScope.get(0).info().outOfScopeNote;
                why = outOfScope.get(0).info().outOfScopeWhy;
                cites = List.of(outOfScope.get(0).rule().citation());
            } else {
                cites = new ArrayList<>();
                List<String> statements = new ArrayList<>();
                for (RuleResult r : outOfScope) {
                    if (!cites.contains(r.rule().citation())) {
                        cites.add(r.rule().citation());
                    }
                    statements.add(r.rule().statement());
                }
                note = outOfScopeNote(pack.id(), statements);
                why = outOfScopeWhy(cites.get(0));
            }
            notes.add(new LegalBasisNote(pack.id(), note, cites));
            if (results == null) {
                results = new ArrayList<>(packResults.size());
            }
            for (RuleResult r : packResults) {
                boolean keep = r.rule().kind() == RuleKind.SCOPE || (r.isException() && exceptsScope(plan, r.rule()));
                results.add(keep ? r : r.with(Verdict.NOT_APPLICABLE, why, null, List.of()));
            }
        }
        return assemble(refs, notes, results == null ? List.of() : results, anyApplicable);
    }

    /** @return the legal-basis note of a pack the request is outside of, by the statements of the scope rules it fails */
    static String outOfScopeNote(String packId, List<String> statements) {
        return "the request is outside the scope of " + packId + ": " + String.join("; ", statements);
    }

    /** @return why a rule of a pack the request is outside of does not apply */
    static String outOfScopeWhy(Citation citation) {
        return "the instrument does not apply (" + citation + ")";
    }

    private static boolean consulted(List<ConsultationDuty> consultations, String ruleId) {
        for (int i = 0; i < consultations.size(); i++) {
            if (consultations.get(i).ruleId().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean exceptsScope(PackPlan plan, Rule exception) {
        for (int i = 0; i < plan.rules.length; i++) {
            if (plan.rules[i] == exception) {
                return plan.targetKinds[i] == RuleKind.SCOPE;
            }
        }
        return false;
    }

    private static String kinds(CompiledRulePack pack) {
        List<String> texts = new ArrayList<>();
        pack.definition().communications().forEach(k -> texts.add(kindText(k)));
        return String.join(" and ", texts);
    }

    private static String kindText(CommunicationKind kind) {
        return switch (kind) {
            case REQUEST -> "requests for assistance";
            case SPONTANEOUS_INFORMATION -> "information transmitted without a prior request";
        };
    }

    private static String inForceText(CompiledRulePack pack) {
        StringBuilder sb = new StringBuilder();
        pack.definition().effectiveFrom().ifPresent(d -> sb.append(" (in force from ").append(d));
        pack.definition().effectiveUntil().ifPresent(d -> sb.append(sb.length() == 0 ? " (" : ", ").append("until ").append(d));
        if (sb.length() > 0) {
            sb.append(')');
        }
        return sb.toString();
    }

    private List<RuleResult> evaluatePack(PackPlan plan) {
        Rule[] packRules = plan.rules;
        RuleResult[] raw = new RuleResult[packRules.length * (measureCount + 1)];
        for (int i = 0; i < packRules.length; i++) {
            Rule rule = packRules[i];
            if (rule.perMeasure()) {
                for (int m = 0; m < measureCount; m++) {
                    raw[PackPlan.slot(i, m, measureCount)] = rules.evaluate(plan, i, m);
                }
            } else {
                raw[PackPlan.slot(i, REQUEST, measureCount)] = rules.evaluate(plan, i, REQUEST);
            }
        }
        RuleResult[] effective = ExceptionResolver.resolve(plan, raw, measureCount);
        List<RuleResult> ordered = new ArrayList<>(raw.length + plan.disabled.size());
        for (RuleResult r : effective) {
            if (r != null) {
                ordered.add(r);
            }
        }
        for (int i = 0; i < plan.disabled.size(); i++) {
            ordered.add(new RuleResult(plan.disabledInfos[i], REQUEST, Verdict.NOT_APPLICABLE, List.of(), List.of(),
                    plan.disabledInfos[i].notInPlay, null));
        }
        return ordered;
    }

    private Decision assemble(ArrayList<PackRef> refs, ArrayList<LegalBasisNote> notes, List<RuleResult> results, boolean anyApplicable) {
        int n = measureCount;
        List<RuleResult> requestLevel = new ArrayList<>();
        List<List<RuleResult>> byMeasure = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byMeasure.add(new ArrayList<>());
        }
        for (RuleResult r : results) {
            (r.scope() == REQUEST ? requestLevel : byMeasure.get(r.scope())).add(r);
        }
        Outcome requestOutcome;
        Outcome[] determinedByScope = new Outcome[n + 1];
        Arrays.fill(determinedByScope, Outcome.GRANT);
        ArrayList<String> determining = new ArrayList<>();
        ArrayList<MeasureResult> measureResults = new ArrayList<>(n);
        boolean partial = false;
        if (!anyApplicable) {
            requestOutcome = Outcome.NOT_APPLICABLE;
            for (RuleResult r : results) {
                if (r.verdict() == Verdict.ERROR) {
                    requestOutcome = Outcome.ENGINE_ERROR;
                }
                if (r.rule().kind() == RuleKind.SCOPE && r.verdict() == Verdict.FALSE) {
                    determining.add(r.rule().id());
                }
            }
            Arrays.fill(determinedByScope, requestOutcome);
            for (int i = 0; i < n; i++) {
                measureResults.add(new MeasureResult(i, request.measures().get(i).type(), requestOutcome, determining));
            }
        } else if (n == 0) {
            Outcomes.Scope so = Outcomes.of(requestLevel, List.of());
            requestOutcome = so.outcome();
            determinedByScope[0] = so.determined();
            determining.addAll(so.determining());
        } else {
            Outcome strongest = Outcome.GRANT;
            Outcome strongestDetermined = Outcome.GRANT;
            List<Outcomes.Scope> perMeasure = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Outcomes.Scope so = Outcomes.of(requestLevel, byMeasure.get(i));
                perMeasure.add(so);
                measureResults.add(new MeasureResult(i, request.measures().get(i).type(), so.outcome(), so.determining()));
                determinedByScope[i + 1] = so.determined();
                strongest = Outcome.strongest(strongest, so.outcome());
                strongestDetermined = Outcome.strongest(strongestDetermined, so.determined());
            }
            requestOutcome = strongest;
            determinedByScope[0] = strongestDetermined;
            for (Outcomes.Scope so : perMeasure) {
                if (so.outcome() == strongest) {
                    for (String id : so.determining()) {
                        if (!determining.contains(id)) {
                            determining.add(id);
                        }
                    }
                }
                partial |= so.outcome() != perMeasure.get(0).outcome();
            }
        }

        ArrayList<Finding> findings = new ArrayList<>(results.size());
        ArrayList<ImposedCondition> conditions = new ArrayList<>(4);
        ArrayList<ConsultationDuty> consultations = new ArrayList<>(0);
        ArrayList<RunningDeadline> deadlines = new ArrayList<>(0);
        for (RuleResult r : results) {
            findings.add(r.toFinding());
            if (r.verdict() != Verdict.TRUE || r.isException()) {
                continue;
            }
            Rule rule = r.rule();
            switch (rule.kind()) {
                case CONDITION -> conditions.add(new ImposedCondition(rule.id(), rule.citation(), rule.statement(),
                        r.scope() == REQUEST ? java.util.Optional.empty() : java.util.Optional.of(r.scope())));
                case CONSULTATION -> {
                    if (!consulted(consultations, rule.id())) {
                        consultations.add(new ConsultationDuty(rule.id(), rule.citation(), rule.statement()));
                    }
                }
                case DEADLINE -> deadlines.add(new RunningDeadline(rule.id(), rule.citation(), rule.statement(), rule.deadline().orElseThrow(),
                        request.isUrgent()));
                default -> { }
            }
        }
        ArrayList<RefusalCheck> checks = new ArrayList<>(input.proposedRefusals().size());
        for (ProposedRefusal p : input.proposedRefusals()) {
            checks.add(RefusalChecks.answer(findings, n, p));
        }
        List<String> reasons = DecisionText.refusalReasons(requestOutcome, findings, checks, request.measures());
        // the lists are handed to the decision as they are, not copied again: none is touched after this point
        List<Finding> findingList = FrozenList.of(findings);
        List<RefusalCheck> checkList = FrozenList.of(checks);
        List<PackRef> lineage = plans.size() == 1 ? plans.get(0).pack.lineageVersions() : new ArrayList<>();
        if (plans.size() > 1) {
            for (int i = 0; i < plans.size(); i++) {
                lineage.addAll(plans.get(i).pack.lineageVersions()); // the parents' versions decide the rules too
            }
        }
        // the input digest and the decision id are computed when first asked for
        Decision decision = Decision.derivedFrom(input, lineage, FrozenList.of(refs), requestOutcome, partial, FrozenList.of(measureResults),
                FrozenList.of(determining), findingList, OpenQuestions.of(results, determinedByScope), FrozenList.of(conditions),
                FrozenList.of(consultations), FrozenList.of(deadlines), checkList, reasons, FrozenList.of(notes));
        if (LOG.isDebugEnabled()) {
            LOG.debug("Decision {} on request {}: {}", decision.decisionId(), request.id(), requestOutcome);
        }
        for (EvaluationListener l : listeners) {
            try {
                l.onDecision(input, decision);
            } catch (Throwable e) { // a listener's failure does not change the decision
                RuleEvaluator.rethrowIfFatal(e);
                LOG.warn("Evaluation listener {} failed: {}", l.getClass().getName(), e.getClass().getName());
            }
        }
        return decision;
    }
}
