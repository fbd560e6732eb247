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
    private static final int REQUEST = ResultTable.REQUEST;

    private final Evaluation input;
    private final List<PackPlan> plans;
    private final List<EvaluationListener> listeners;
    private final MlaRequest request;
    private final int measureCount;
    private final AssessmentTable assessments;
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
        this.assessments = AssessmentTable.of(input.assessments(), plans, measureCount);
        int named = 0;
        int memos = 0;
        for (int p = 0; p < plans.size(); p++) {
            named = Math.max(named, plans.get(p).namedCount);
            memos += plans.get(p).memoHint(measureCount);
        }
        this.rules = new RuleEvaluator(new RuleScope(input, assessments, named, memos), listeners);
    }

    /**
     * @return the keys of the evaluation's assessments that no selected pack declares, in the order of the
     *     assessments, each once; the evaluation must not be decided unless this is empty
     */
    public List<String> undeclared() {
        return assessments.undeclared();
    }

    public Decision decide() {
        int estimate = 0;
        int factEstimate = 0;
        for (int p = 0; p < plans.size(); p++) {
            estimate += plans.get(p).rows(measureCount);
            factEstimate += plans.get(p).factsHint(measureCount);
        }
        ResultTable rows = new ResultTable(estimate, factEstimate > 0 ? factEstimate : estimate * 3);
        List<PackRef> refs;
        if (plans.size() == 1) {
            refs = plans.get(0).refAlone;
        } else if (plans.size() == 2) {
            refs = List.of(plans.get(0).ref, plans.get(1).ref);
        } else {
            ArrayList<PackRef> all = new ArrayList<>(plans.size());
            for (int p = 0; p < plans.size(); p++) {
                all.add(plans.get(p).ref);
            }
            refs = FrozenList.of(all);
        }
        ArrayList<LegalBasisNote> notes = null;
        boolean anyApplicable = false;
        for (int p = 0; p < plans.size(); p++) {
            PackPlan plan = plans.get(p);
            CompiledRulePack pack = plan.pack;
            if (!pack.definition().inForceOn(input.lawDate())) {
                notes = add(notes, new LegalBasisNote(pack.id(), "the pack " + pack.id() + "@" + pack.version() + " is not in force on "
                        + input.lawDate() + inForceText(pack), List.of()));
                continue;
            }
            if (!plan.covers(request.kind())) {
                notes = add(notes, new LegalBasisNote(pack.id(), "the pack " + pack.id() + "@" + pack.version() + " encodes " + kinds(pack)
                        + ", not " + kindText(request.kind()) + ": none of its rules was evaluated", List.of()));
                continue;
            }
            int start = rows.size();
            int factsBefore = rows.factCount();
            int memosBefore = rules.memoCount();
            evaluatePack(p, plan, rows);
            plan.factsSeen(measureCount, rows.factCount() - factsBefore);
            plan.memosSeen(measureCount, rules.memoCount() - memosBefore);
            LegalBasisNote outside = outOfScope(plan, rows, start);
            if (outside == null) {
                anyApplicable = true;
            } else {
                notes = add(notes, outside);
            }
        }
        rules.release();
        return assemble(refs, notes == null ? List.of() : FrozenList.of(notes), rows, anyApplicable);
    }

    /**
     * Where the request fails a request-level scope rule of the pack, makes every other finding of the pack's rows
     * (from {@code start}) not applicable, scope rules and exceptions to them aside, and says why.
     *
     * @return the legal-basis note, or null if the request is within the pack's scope
     */
    private LegalBasisNote outOfScope(PackPlan plan, ResultTable rows, int start) {
        // only the rows of the request-level scope rules can fail it: the plan knows where they are
        int outOfScope = 0;
        int firstOut = -1;
        for (int i : plan.requestScopeRules) {
            int r = plan.row(start, i, REQUEST, measureCount);
            if (rows.verdict(r) == Verdict.FALSE) {
                outOfScope++;
                firstOut = firstOut < 0 ? r : firstOut;
            }
        }
        if (outOfScope == 0) {
            return null;
        }
        CompiledRulePack pack = plan.pack;
        int end = rows.size();
        String note;
        String why;
        List<Citation> cites;
        if (outOfScope == 1 && rows.info(firstOut).outOfScopeNote != null) { // written once per plan
            note = rows.info(firstOut).outOfScopeNote;
            why = rows.info(firstOut).outOfScopeWhy;
            cites = List.of(rows.info(firstOut).rule.citation());
        } else {
            cites = new ArrayList<>();
            List<String> statements = new ArrayList<>();
            for (int r = start; r < end; r++) {
                if (failsScope(rows, r)) {
                    Rule rule = rows.info(r).rule;
                    if (!cites.contains(rule.citation())) {
                        cites.add(rule.citation());
                    }
                    statements.add(rule.statement());
                }
            }
            note = outOfScopeNote(pack.id(), statements);
            why = outOfScopeWhy(cites.get(0));
        }
        for (int r = start; r < end; r++) {
            if (!rows.info(r).keptOutOfScope) {
                rows.set(r, Verdict.NOT_APPLICABLE, why, null, List.of());
            }
        }
        return new LegalBasisNote(pack.id(), note, cites);
    }

    /** @return whether the row is a request-level scope rule the request fails */
    private static boolean failsScope(ResultTable rows, int r) {
        return rows.info(r).rule.kind() == RuleKind.SCOPE && rows.scope(r) == REQUEST && rows.verdict(r) == Verdict.FALSE;
    }

    private static <T> ArrayList<T> add(ArrayList<T> list, T element) {
        ArrayList<T> out = list == null ? new ArrayList<>(4) : list;
        out.add(element);
        return out;
    }

    /** @return the legal-basis note of a pack the request is outside of, by the statements of the scope rules it fails */
    static String outOfScopeNote(String packId, List<String> statements) {
        return "the request is outside the scope of " + packId + ": " + String.join("; ", statements);
    }

    /** @return why a rule of a pack the request is outside of does not apply */
    static String outOfScopeWhy(Citation citation) {
        return "the instrument does not apply (" + citation + ")";
    }

    private static <T> List<T> frozen(ArrayList<T> list) {
        return list == null ? List.of() : FrozenList.of(list);
    }

    private static boolean consulted(List<?> consultations, String ruleId) {
        for (int i = 0; i < consultations.size(); i++) {
            if (((ConsultationDuty) consultations.get(i)).ruleId() == ruleId) { // rule ids are interned
                return true;
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

    /** Appends the pack's rows: each rule in each scope, exceptions resolved, then the rules the pack disabled. */
    private void evaluatePack(int p, PackPlan plan, ResultTable rows) {
        int start = rows.size();
        rules.plan(plan, assessments.of(p), rows);
        Rule[] packRules = plan.rules;
        for (int i = 0; i < packRules.length; i++) {
            if (packRules[i].perMeasure()) {
                for (int m = 0; m < measureCount; m++) {
                    rules.evaluate(plan, i, m, rows);
                }
            } else {
                rules.evaluate(plan, i, REQUEST, rows);
            }
        }
        ExceptionResolver.resolve(plan, rows, start, measureCount);
        for (int i = 0; i < plan.disabled.size(); i++) {
            rows.add(plan.disabledInfos[i], REQUEST, Verdict.NOT_APPLICABLE, plan.disabledInfos[i].notInPlay, List.of());
        }
    }

    /**
     * @return the packs applied and the packs they extend, each with its version (the parents' versions decide the
     *     rules too), pack by pack; an immutable list that {@link List#copyOf} keeps as it is
     */
    private List<PackRef> lineage() {
        if (plans.size() == 1) {
            return plans.get(0).pack.lineageVersions();
        }
        int total = 0;
        for (int i = 0; i < plans.size(); i++) {
            total += plans.get(i).pack.lineageVersions().size();
        }
        PackRef[] all = new PackRef[total];
        int at = 0;
        for (int i = 0; i < plans.size(); i++) {
            List<PackRef> versions = plans.get(i).pack.lineageVersions();
            for (int k = 0; k < versions.size(); k++) {
                all[at++] = versions.get(k);
            }
        }
        return total == 2 ? List.of(all[0], all[1]) : List.of(all);
    }

    /** @return whether the row imposes its rule's condition, consultation or deadline: a rule (not an exception) that holds */
    private static boolean imposes(ResultTable rows, int r) {
        return rows.verdict(r) == Verdict.TRUE && !rows.info(r).isException;
    }

    /**
     * @param count how many rows of the kind impose it ({@link #imposes}), a consultation counted at each
     * @param first the first of them
     * @return the conditions, consultations (each rule once) or deadlines of those rows, in row order
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> items(ResultTable rows, RuleKind kind, int count, int first) {
        if (count == 0) {
            return List.of();
        }
        if (count == 1) {
            return List.of((T) item(rows, first));
        }
        ArrayList<T> out = new ArrayList<>(count);
        for (int r = first, size = rows.size(); r < size; r++) {
            if (imposes(rows, r) && rows.info(r).rule.kind() == kind
                    && (kind != RuleKind.CONSULTATION || !consulted(out, rows.info(r).rule.id()))) {
                out.add((T) item(rows, r));
            }
        }
        return FrozenList.of(out);
    }

    /** @return the imposed condition, consultation duty or running deadline of a row that imposes it */
    private Object item(ResultTable rows, int r) {
        Rule rule = rows.info(r).rule;
        return switch (rule.kind()) {
            case CONDITION -> new ImposedCondition(rule.id(), rule.citation(), rule.statement(), PackPlan.RuleInfo.scope(rows.scope(r)));
            case CONSULTATION -> new ConsultationDuty(rule.id(), rule.citation(), rule.statement());
            case DEADLINE -> new RunningDeadline(rule.id(), rule.citation(), rule.statement(), rule.deadline().orElseThrow(),
                    request.isUrgent());
            default -> throw new IllegalStateException("a " + rule.kind() + " rule imposes nothing");
        };
    }

    private Decision assemble(List<PackRef> refs, List<LegalBasisNote> notes, ResultTable rows, boolean anyApplicable) {
        int n = measureCount;
        Outcome requestOutcome;
        Outcome[] determinedByScope = new Outcome[n + 1];
        Arrays.fill(determinedByScope, Outcome.GRANT);
        // the rules behind the request's outcome: a scope's own (immutable) list where one scope gives them, a list
        // made only where several scopes' lists are merged
        List<String> determiningIds = List.of();
        ArrayList<String> determining = null;
        ArrayList<MeasureResult> measureResults = n == 0 ? null : new ArrayList<>(n);
        boolean partial = false;
        if (!anyApplicable) {
            requestOutcome = Outcome.NOT_APPLICABLE;
            for (int r = 0; r < rows.size(); r++) {
                if (rows.verdict(r) == Verdict.ERROR) {
                    requestOutcome = Outcome.ENGINE_ERROR;
                }
                if (rows.info(r).rule.kind() == RuleKind.SCOPE && rows.verdict(r) == Verdict.FALSE) {
                    determining = add(determining, rows.info(r).rule.id());
                }
            }
            Arrays.fill(determinedByScope, requestOutcome);
            List<String> frozen = determining == null ? List.of() : List.copyOf(determining);
            for (int i = 0; i < n; i++) {
                measureResults.add(new MeasureResult(i, request.measures().get(i).type(), requestOutcome, frozen));
            }
        } else if (n == 0) {
            Outcomes.Scope so = Outcomes.ofRequest(rows, plans.size() == 1);
            requestOutcome = so.outcome();
            determinedByScope[0] = so.determined();
            determiningIds = so.determining();
        } else {
            Outcome strongest = Outcome.GRANT;
            Outcome strongestDetermined = Outcome.GRANT;
            Outcomes.Scope[] perMeasure = Outcomes.of(rows, n, plans.size() == 1);
            for (int i = 0; i < n; i++) {
                Outcomes.Scope so = perMeasure[i];
                measureResults.add(new MeasureResult(i, request.measures().get(i).type(), so.outcome(), so.determining()));
                determinedByScope[i + 1] = so.determined();
                strongest = Outcome.strongest(strongest, so.outcome());
                strongestDetermined = Outcome.strongest(strongestDetermined, so.determined());
            }
            requestOutcome = strongest;
            determinedByScope[0] = strongestDetermined;
            for (Outcomes.Scope so : perMeasure) {
                if (so.outcome() == strongest) {
                    List<String> ids = so.determining();
                    if (determining == null && determiningIds.isEmpty()) {
                        determiningIds = ids; // the first scope's list, as it is (its ids are distinct)
                    } else {
                        for (int i = 0; i < ids.size(); i++) {
                            if (!Outcomes.containsId(determining != null ? determining : determiningIds, ids.get(i))) {
                                if (determining == null) {
                                    determining = new ArrayList<>(determiningIds.size() + ids.size());
                                    for (int k = 0; k < determiningIds.size(); k++) {
                                        determining.add(determiningIds.get(k));
                                    }
                                }
                                determining.add(ids.get(i));
                            }
                        }
                    }
                }
                partial |= so.outcome() != perMeasure[0].outcome();
            }
        }

        // counted first, so that a list of one is a List.of and a longer one is made at its size
        int conditionCount = 0;
        int firstCondition = -1;
        int consultationCount = 0;
        int firstConsultation = -1;
        int deadlineCount = 0;
        int firstDeadline = -1;
        for (int r = 0, size = rows.size(); r < size; r++) {
            if (!imposes(rows, r)) {
                continue;
            }
            switch (rows.info(r).rule.kind()) {
                case CONDITION -> firstCondition = conditionCount++ == 0 ? r : firstCondition;
                case CONSULTATION -> firstConsultation = consultationCount++ == 0 ? r : firstConsultation;
                case DEADLINE -> firstDeadline = deadlineCount++ == 0 ? r : firstDeadline;
                default -> { }
            }
        }
        List<ImposedCondition> conditions = items(rows, RuleKind.CONDITION, conditionCount, firstCondition);
        List<ConsultationDuty> consultations = items(rows, RuleKind.CONSULTATION, consultationCount, firstConsultation);
        List<RunningDeadline> deadlines = items(rows, RuleKind.DEADLINE, deadlineCount, firstDeadline);
        // the findings are the table's rows: their objects are made when a caller first asks for them
        List<Finding> findings = new FindingList(rows);
        List<ProposedRefusal> proposals = input.proposedRefusals();
        List<RefusalCheck> checkList = List.of();
        if (!proposals.isEmpty()) {
            ArrayList<RefusalCheck> checks = new ArrayList<>(proposals.size());
            for (int i = 0; i < proposals.size(); i++) {
                checks.add(RefusalChecks.answer(findings, n, proposals.get(i)));
            }
            checkList = FrozenList.of(checks);
        }
        List<PackRef> lineage = lineage();
        // the input digest, the decision id and the reasons for refusal are computed when first asked for
        Decision decision = Decision.derivedFrom(input, lineage, refs, requestOutcome, partial, frozen(measureResults),
                determining != null ? FrozenList.of(determining) : determiningIds, findings, OpenQuestions.of(rows, determinedByScope), conditions,
                consultations, deadlines, checkList, notes);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Decision {} on request {}: {}", decision.decisionId(), request.id(), requestOutcome);
        }
        for (int i = 0; i < listeners.size(); i++) {
            EvaluationListener l = listeners.get(i);
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
