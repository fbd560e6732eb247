package org.openmla.core.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.CompiledRulePack;
import org.openmla.core.rules.ConsultationDuty;
import org.openmla.core.rules.Decision;
import org.openmla.core.rules.Evaluation;
import org.openmla.core.rules.EvaluationListener;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.FactValue;
import org.openmla.core.rules.Facts;
import org.openmla.core.rules.Finding;
import org.openmla.core.rules.ImposedCondition;
import org.openmla.core.rules.LegalBasisNote;
import org.openmla.core.rules.MeasureResult;
import org.openmla.core.rules.OpenQuestion;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.PackRef;
import org.openmla.core.rules.ProposedRefusal;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.rules.RunningDeadline;
import org.openmla.core.rules.StateProfile;
import org.openmla.core.rules.Truth;
import org.openmla.core.rules.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One evaluation: evaluates every rule of every pack for the request and each measure, applies exceptions, combines
 * the findings into outcomes and assembles the decision. Single use, single thread.
 */
public final class Evaluator implements Facts, Trace {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
    private static final int REQUEST = -1;

    private final Evaluation input;
    private final List<CompiledRulePack> packs;
    private final List<EvaluationListener> listeners;
    private final MlaRequest request;
    private final Map<String, Assessment> requestAssessments = new HashMap<>();
    private final Map<Integer, Map<String, Assessment>> measureAssessments = new HashMap<>();

    private int scope = REQUEST;
    private Optional<Measure> measure = Optional.empty();
    private List<FactValue> traceFacts;
    private Map<String, AssessmentKey> traceUnknown;

    /** The effective result of one rule in one scope. */
    private record Result(CompiledRulePack pack, Rule rule, int scope, Verdict verdict, List<FactValue> facts,
            List<AssessmentKey> unknown, Optional<String> reason, Optional<String> exceptedBy) {

        Result with(Verdict v, Optional<String> why, Optional<String> by, List<AssessmentKey> moreUnknown) {
            List<AssessmentKey> u = unknown;
            if (!moreUnknown.isEmpty()) {
                u = new ArrayList<>(unknown);
                for (AssessmentKey k : moreUnknown) {
                    if (!u.contains(k)) {
                        u.add(k);
                    }
                }
            }
            return new Result(pack, rule, scope, v, facts, u, why, by);
        }

        boolean adverse() {
            return verdict == Verdict.of(rule.kind().adverseVerdict());
        }
    }

    public Evaluator(Evaluation input, List<CompiledRulePack> packs, List<EvaluationListener> listeners) {
        this.input = input;
        this.packs = packs;
        this.listeners = listeners;
        this.request = input.request();
        for (Assessment a : input.assessments()) {
            if (a.measureIndex().isPresent()) {
                measureAssessments.computeIfAbsent(a.measureIndex().get(), k -> new HashMap<>()).put(a.key(), a);
            } else {
                requestAssessments.put(a.key(), a);
            }
        }
    }

    // ---- Facts ----

    @Override
    public MlaRequest request() {
        return request;
    }

    @Override
    public Optional<Measure> measure() {
        return measure;
    }

    @Override
    public int measureIndex() {
        return scope;
    }

    @Override
    public LocalDate lawDate() {
        return input.lawDate();
    }

    @Override
    public StateProfile requestedState() {
        return input.requestedState();
    }

    @Override
    public StateProfile requestingState() {
        return input.requestingState();
    }

    @Override
    public Truth assessment(AssessmentKey key) {
        Assessment a = null;
        if (scope != REQUEST) {
            Map<String, Assessment> forMeasure = measureAssessments.get(scope);
            a = forMeasure == null ? null : forMeasure.get(key.id());
        }
        if (a == null) {
            a = requestAssessments.get(key.id());
        }
        return a == null ? Truth.UNKNOWN : Truth.of(a.value());
    }

    // ---- Trace ----

    @Override
    public void fact(String label, Truth value) {
        traceFacts.add(new FactValue(label, value));
    }

    @Override
    public void assessment(AssessmentKey key, Truth value) {
        traceFacts.add(new FactValue("assessed: " + key.id(), value));
        if (value == Truth.UNKNOWN) {
            traceUnknown.putIfAbsent(key.id(), key);
        }
    }

    // ---- evaluation ----

    public Decision decide() {
        List<PackRef> refs = new ArrayList<>();
        List<LegalBasisNote> notes = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        boolean anyApplicable = false;
        for (CompiledRulePack pack : packs) {
            refs.add(new PackRef(pack.id(), pack.version()));
            if (!pack.definition().inForceOn(input.lawDate())) {
                notes.add(new LegalBasisNote(pack.id(), "the pack " + pack.id() + "@" + pack.version() + " is not in force on " + input.lawDate()
                        + inForceText(pack), List.of()));
                continue;
            }
            List<Result> packResults = evaluatePack(pack);
            List<Result> outOfScope = packResults.stream()
                    .filter(r -> r.rule().kind() == RuleKind.SCOPE && r.rule().exceptionTo().isEmpty() && r.scope() == REQUEST
                            && r.verdict() == Verdict.FALSE).toList();
            if (!outOfScope.isEmpty()) {
                List<Citation> cites = outOfScope.stream().map(r -> r.rule().citation()).distinct().toList();
                notes.add(new LegalBasisNote(pack.id(), "the request is outside the scope of " + pack.id() + ": "
                        + String.join("; ", outOfScope.stream().map(r -> r.rule().statement()).toList()), cites));
                String why = "the instrument does not apply (" + cites.get(0) + ")";
                for (Result r : packResults) {
                    results.add(r.rule().kind() == RuleKind.SCOPE ? r
                            : r.with(Verdict.NOT_APPLICABLE, Optional.of(why), Optional.empty(), List.of()));
                }
            } else {
                anyApplicable = true;
                results.addAll(packResults);
            }
        }
        return assemble(refs, notes, results, anyApplicable);
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

    private List<Result> evaluatePack(CompiledRulePack pack) {
        Map<String, Result> raw = new LinkedHashMap<>();
        int measures = request.measures().size();
        for (Rule rule : pack.rules()) {
            if (rule.perMeasure()) {
                for (int i = 0; i < measures; i++) {
                    raw.put(key(rule.id(), i), evaluateRule(pack, rule, i));
                }
            } else {
                raw.put(key(rule.id(), REQUEST), evaluateRule(pack, rule, REQUEST));
            }
        }
        Map<String, Result> effective = new HashMap<>();
        List<Result> ordered = new ArrayList<>(raw.size());
        for (Rule rule : pack.rules()) {
            if (rule.perMeasure()) {
                for (int i = 0; i < measures; i++) {
                    ordered.add(effective(pack, rule, i, raw, effective));
                }
            } else {
                ordered.add(effective(pack, rule, REQUEST, raw, effective));
            }
        }
        pack.disabledRules().forEach((id, reason) -> {
            Rule rule = pack.disabledRule(id).orElseThrow();
            ordered.add(new Result(pack, rule, REQUEST, Verdict.NOT_APPLICABLE, List.of(), List.of(),
                    Optional.of("disabled by " + reason), Optional.empty()));
        });
        return ordered;
    }

    private static String key(String ruleId, int scope) {
        return ruleId + "#" + scope;
    }

    private Result evaluateRule(CompiledRulePack pack, Rule rule, int at) {
        scope = at;
        measure = at == REQUEST ? Optional.empty() : Optional.of(request.measures().get(at));
        traceFacts = new ArrayList<>(4);
        traceUnknown = new LinkedHashMap<>(2);
        if (!rule.inForceOn(input.lawDate())) {
            return result(pack, rule, at, Verdict.NOT_APPLICABLE, "not in force on " + input.lawDate());
        }
        try {
            Truth applies = rule.appliesWhen().evaluate(this);
            if (applies == Truth.FALSE) {
                return result(pack, rule, at, Verdict.NOT_APPLICABLE, "does not apply here: it applies only when " + rule.appliesWhen().describe());
            }
            Truth value = rule.when().evaluate(this);
            Verdict verdict = Verdict.of(value);
            // for an exception, TRUE (it applies) is the answer that changes something, whatever the kind it was given
            Truth consequential = rule.exceptionTo().isPresent() ? Truth.TRUE : rule.kind().adverseVerdict();
            if (applies == Truth.UNKNOWN && (value == Truth.UNKNOWN || value == consequential)) {
                return result(pack, rule, at, Verdict.UNKNOWN, "whether the rule applies is not yet known: it applies only when " + rule.appliesWhen().describe());
            }
            if (applies == Truth.UNKNOWN) {
                traceUnknown.clear();
            }
            return result(pack, rule, at, verdict, null);
        } catch (RuntimeException e) {
            LOG.warn("Rule {} of pack {} failed: {}", rule.id(), pack.id(), e.getClass().getName());
            for (EvaluationListener l : listeners) {
                try {
                    l.onRuleError(pack.id(), rule.id(), e);
                } catch (RuntimeException listenerError) {
                    LOG.warn("Evaluation listener {} failed: {}", l.getClass().getName(), listenerError.getClass().getName());
                }
            }
            return result(pack, rule, at, Verdict.ERROR, "the rule failed to evaluate (" + e.getClass().getName() + ")");
        } finally {
            scope = REQUEST;
            measure = Optional.empty();
        }
    }

    private Result result(CompiledRulePack pack, Rule rule, int at, Verdict verdict, String reason) {
        List<AssessmentKey> unknown = verdict == Verdict.UNKNOWN ? unknownInputs() : List.of();
        return new Result(pack, rule, at, verdict, List.copyOf(traceFacts), unknown, Optional.ofNullable(reason), Optional.empty());
    }

    /**
     * What an unknown verdict waits for: the assessments not yet given or, where the rule asked none, the facts the
     * request and profiles do not state, so that a pending decision always says what is missing.
     */
    private List<AssessmentKey> unknownInputs() {
        if (!traceUnknown.isEmpty()) {
            return List.copyOf(traceUnknown.values());
        }
        List<AssessmentKey> facts = new ArrayList<>(1);
        for (FactValue v : traceFacts) {
            if (v.value() == Truth.UNKNOWN && !v.label().startsWith("assessed: ")) {
                facts.add(AssessmentKey.of(OpenQuestion.INFORMATION_NEEDED, "Not known from the request or the States' profiles: " + v.label() + "."));
            }
        }
        return facts;
    }

    private Result effective(CompiledRulePack pack, Rule rule, int at, Map<String, Result> raw, Map<String, Result> memo) {
        String k = key(rule.id(), at);
        Result done = memo.get(k);
        if (done != null) {
            return done;
        }
        Result base = raw.get(k);
        Result out = base;
        List<Rule> exceptions = pack.exceptionsTo(rule.id());
        if (!exceptions.isEmpty() && base.verdict() != Verdict.ERROR && base.verdict() != Verdict.NOT_APPLICABLE) {
            List<Result> applicable = new ArrayList<>();
            List<Result> unknown = new ArrayList<>();
            Result failed = null;
            for (Rule e : exceptions) {
                Result er = effective(pack, e, e.perMeasure() ? at : REQUEST, raw, memo);
                switch (er.verdict()) {
                    case TRUE -> applicable.add(er);
                    case UNKNOWN -> unknown.add(er);
                    case ERROR -> failed = er;
                    default -> { }
                }
            }
            if (failed != null) {
                out = base.with(Verdict.ERROR, Optional.of("exception " + failed.rule().id() + " failed to evaluate"), Optional.empty(), List.of());
            } else {
                Set<ExceptionEffect> effects = new LinkedHashSet<>();
                applicable.forEach(r -> effects.add(r.rule().exceptionEffect()));
                if (effects.size() > 1) {
                    out = base.with(Verdict.ERROR, Optional.of("pack conflict: exceptions " + describe(applicable)
                            + " both apply and disagree; the pack must settle this, the engine will not"), Optional.empty(), List.of());
                } else if (effects.size() == 1) {
                    Result winner = applicable.get(0);
                    ExceptionEffect effect = winner.rule().exceptionEffect();
                    boolean contested = unknown.stream().anyMatch(u -> u.rule().exceptionEffect() != effect);
                    if (contested) {
                        List<AssessmentKey> more = new ArrayList<>();
                        unknown.forEach(u -> more.addAll(u.unknown()));
                        out = base.with(Verdict.UNKNOWN, Optional.of("exception " + winner.rule().id()
                                + " applies, and another exception with a different effect may apply too"), Optional.empty(), more);
                    } else {
                        out = applyEffect(base, winner);
                    }
                } else if (!unknown.isEmpty()) {
                    List<AssessmentKey> more = new ArrayList<>();
                    boolean matters = false;
                    for (Result u : unknown) {
                        Result changed = applyEffect(base, u);
                        if (changed.adverse() != base.adverse()) {
                            matters = true;
                            more.addAll(u.unknown());
                        }
                    }
                    if (matters) {
                        out = base.with(Verdict.UNKNOWN, Optional.of("an exception may apply: " + describe(unknown)), Optional.empty(), more);
                    }
                }
            }
        }
        memo.put(k, out);
        return out;
    }

    private static Result applyEffect(Result base, Result exception) {
        String by = exception.rule().id();
        String why = "excepted by " + exception.rule().citation() + " (" + by + "): " + exception.rule().statement();
        return switch (exception.rule().exceptionEffect()) {
            case DISAPPLY -> base.with(Verdict.NOT_APPLICABLE, Optional.of(why), Optional.of(by), List.of());
            case FORCE_TRUE -> base.with(Verdict.TRUE, Optional.of(why), Optional.of(by), List.of());
            case FORCE_FALSE -> base.with(Verdict.FALSE, Optional.of(why), Optional.of(by), List.of());
        };
    }

    private static String describe(List<Result> results) {
        List<String> parts = new ArrayList<>();
        for (Result r : results) {
            parts.add(r.rule().id() + " (" + r.rule().citation() + ", " + r.rule().exceptionEffect() + ")");
        }
        return String.join(" and ", parts);
    }

    // ---- outcomes ----

    /** The outcome a finding of this kind produces when adverse; null when it produces none. */
    private static Outcome effectOf(RuleKind kind) {
        return switch (kind) {
            case SCOPE -> Outcome.NOT_APPLICABLE;
            case RETURN_TO_ISSUER -> Outcome.RETURN_TO_ISSUER;
            case FORMAL_REQUIREMENT -> Outcome.DEFICIENT;
            case MANDATORY_REFUSAL, PRECONDITION -> Outcome.MUST_REFUSE;
            case DISCRETIONARY_REFUSAL -> Outcome.MAY_REFUSE;
            case POSTPONEMENT -> Outcome.POSTPONE;
            case CONDITION -> Outcome.GRANT_WITH_CONDITIONS;
            case NOT_A_GROUND, CONSULTATION, DEADLINE -> null;
        };
    }

    private record ScopeOutcome(Outcome determined, Outcome outcome, List<String> determining) {}

    private static ScopeOutcome outcomeOf(List<Result> relevant) {
        Outcome determined = Outcome.GRANT;
        List<String> determining = new ArrayList<>();
        Outcome potential = Outcome.GRANT;
        List<Result> open = new ArrayList<>();
        for (Result r : relevant) {
            if (r.rule().exceptionTo().isPresent()) {
                continue;
            }
            Outcome o = null;
            if (r.verdict() == Verdict.ERROR) {
                o = Outcome.ENGINE_ERROR;
            } else if (r.adverse()) {
                o = effectOf(r.rule().kind());
            } else if (r.verdict() == Verdict.UNKNOWN) {
                Outcome p = effectOf(r.rule().kind());
                if (p != null) {
                    potential = Outcome.strongest(potential, p);
                    open.add(r);
                }
            }
            if (o == null) {
                continue;
            }
            if (o.isStrongerThan(determined)) {
                determined = o;
                determining.clear();
                determining.add(r.rule().id());
            } else if (o == determined && o != Outcome.GRANT && !determining.contains(r.rule().id())) {
                determining.add(r.rule().id());
            }
        }
        Outcome outcome = determined;
        if (Outcome.PENDING_ASSESSMENT.isStrongerThan(determined) && potential.isStrongerThan(determined)) {
            outcome = Outcome.PENDING_ASSESSMENT;
            // what the outcome waits for: the unknown findings that could make it stronger
            List<String> waiting = new ArrayList<>();
            for (Result r : open) {
                if (effectOf(r.rule().kind()).isStrongerThan(determined) && !waiting.contains(r.rule().id())) {
                    waiting.add(r.rule().id());
                }
            }
            determining = waiting;
        }
        return new ScopeOutcome(determined, outcome, determining);
    }

    private Decision assemble(List<PackRef> refs, List<LegalBasisNote> notes, List<Result> results, boolean anyApplicable) {
        List<Result> requestLevel = results.stream().filter(r -> r.scope() == REQUEST).toList();
        int n = request.measures().size();
        Outcome requestOutcome;
        Outcome requestDetermined;
        List<String> determining = new ArrayList<>();
        List<MeasureResult> measureResults = new ArrayList<>(n);
        Map<Integer, Outcome> determinedByScope = new HashMap<>();
        boolean partial = false;
        if (!anyApplicable) {
            requestOutcome = results.stream().anyMatch(r -> r.verdict() == Verdict.ERROR) ? Outcome.ENGINE_ERROR : Outcome.NOT_APPLICABLE;
            requestDetermined = requestOutcome;
            results.stream().filter(r -> r.rule().kind() == RuleKind.SCOPE && r.verdict() == Verdict.FALSE)
                    .forEach(r -> determining.add(r.rule().id()));
            for (int i = 0; i < n; i++) {
                measureResults.add(new MeasureResult(i, request.measures().get(i).type(), requestOutcome, determining));
                determinedByScope.put(i, requestOutcome);
            }
        } else if (n == 0) {
            ScopeOutcome so = outcomeOf(requestLevel);
            requestOutcome = so.outcome();
            requestDetermined = so.determined();
            determining.addAll(so.determining());
        } else {
            Outcome strongest = Outcome.GRANT;
            Outcome strongestDetermined = Outcome.GRANT;
            List<ScopeOutcome> perMeasure = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                final int index = i;
                List<Result> relevant = new ArrayList<>(requestLevel);
                results.stream().filter(r -> r.scope() == index).forEach(relevant::add);
                ScopeOutcome so = outcomeOf(relevant);
                perMeasure.add(so);
                measureResults.add(new MeasureResult(i, request.measures().get(i).type(), so.outcome(), so.determining()));
                determinedByScope.put(i, so.determined());
                strongest = Outcome.strongest(strongest, so.outcome());
                strongestDetermined = Outcome.strongest(strongestDetermined, so.determined());
            }
            requestOutcome = strongest;
            requestDetermined = strongestDetermined;
            for (ScopeOutcome so : perMeasure) {
                if (so.outcome() == strongest) {
                    so.determining().stream().filter(id -> !determining.contains(id)).forEach(determining::add);
                }
                if (so.outcome() != perMeasure.get(0).outcome()) {
                    partial = true;
                }
            }
        }
        determinedByScope.put(REQUEST, requestDetermined);

        List<Finding> findings = new ArrayList<>(results.size());
        for (Result r : results) {
            findings.add(toFinding(r));
        }
        List<OpenQuestion> questions = openQuestions(results, determinedByScope);
        List<ImposedCondition> conditions = new ArrayList<>();
        Set<String> consultIds = new LinkedHashSet<>();
        List<ConsultationDuty> consultations = new ArrayList<>();
        List<RunningDeadline> deadlines = new ArrayList<>();
        for (Result r : results) {
            if (r.verdict() != Verdict.TRUE || r.rule().exceptionTo().isPresent()) {
                continue;
            }
            Rule rule = r.rule();
            switch (rule.kind()) {
                case CONDITION -> conditions.add(new ImposedCondition(rule.id(), rule.citation(), rule.statement(), scopeOf(r)));
                case CONSULTATION -> {
                    if (consultIds.add(rule.id())) {
                        consultations.add(new ConsultationDuty(rule.id(), rule.citation(), rule.statement()));
                    }
                }
                case DEADLINE -> deadlines.add(new RunningDeadline(rule.id(), rule.citation(), rule.statement(), rule.deadline().orElseThrow(),
                        request.isUrgent()));
                default -> { }
            }
        }
        List<RefusalCheck> checks = new ArrayList<>();
        for (ProposedRefusal p : input.proposedRefusals()) {
            checks.add(check(p, results));
        }
        List<String> reasons = refusalReasons(requestOutcome, results, checks);
        List<PackRef> lineage = new ArrayList<>();
        packs.forEach(p -> lineage.addAll(p.lineageVersions())); // the parents' versions decide the rules too
        String digest = InputDigest.of(input, lineage);
        String decisionId = java.util.UUID.nameUUIDFromBytes(digest.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toString();
        Decision decision = new Decision(decisionId, digest, request.id(), input.lawDate(), refs, requestOutcome, partial, measureResults,
                determining, findings, questions, conditions, consultations, deadlines, checks, reasons, notes);
        LOG.debug("Decision {} on request {}: {}", decisionId, request.id(), requestOutcome);
        for (EvaluationListener l : listeners) {
            try {
                l.onDecision(input, decision);
            } catch (RuntimeException e) {
                LOG.warn("Evaluation listener {} failed: {}", l.getClass().getName(), e.getClass().getName());
            }
        }
        return decision;
    }

    private static Optional<Integer> scopeOf(Result r) {
        return r.scope() == REQUEST ? Optional.empty() : Optional.of(r.scope());
    }

    private static Finding toFinding(Result r) {
        Rule rule = r.rule();
        return new Finding(rule.id(), r.pack().origin(rule.id()).orElse(r.pack().id()), rule.citation(), rule.kind(), rule.statement(),
                rule.ground().map(g -> g.id()), scopeOf(r), r.verdict(), r.facts(), r.reason(), r.exceptedBy(), rule.exceptionTo(), rule.caveat());
    }

    private List<OpenQuestion> openQuestions(List<Result> results, Map<Integer, Outcome> determinedByScope) {
        Map<String, AssessmentKey> keys = new LinkedHashMap<>();
        Map<String, Integer> scopes = new HashMap<>();
        Map<String, List<String>> rules = new LinkedHashMap<>();
        Map<String, List<Citation>> cites = new HashMap<>();
        Map<String, Boolean> decisive = new HashMap<>();
        for (Result r : results) {
            if (r.verdict() != Verdict.UNKNOWN) {
                continue;
            }
            Outcome potential = effectOf(r.rule().kind());
            boolean changes = potential != null && r.rule().exceptionTo().isEmpty()
                    && potential.isStrongerThan(determinedByScope.getOrDefault(r.scope(), Outcome.GRANT));
            for (AssessmentKey k : r.unknown()) {
                String id = k.id() + "#" + k.question() + "#" + r.scope();
                keys.putIfAbsent(id, k);
                scopes.put(id, r.scope());
                List<String> ids = rules.computeIfAbsent(id, x -> new ArrayList<>());
                if (!ids.contains(r.rule().id())) {
                    ids.add(r.rule().id());
                    cites.computeIfAbsent(id, x -> new ArrayList<>()).add(r.rule().citation());
                }
                decisive.merge(id, changes, Boolean::logicalOr);
            }
        }
        List<OpenQuestion> out = new ArrayList<>(keys.size());
        for (Map.Entry<String, AssessmentKey> e : keys.entrySet()) {
            int s = scopes.get(e.getKey());
            out.add(new OpenQuestion(e.getValue().id(), e.getValue().question(), s == REQUEST ? Optional.empty() : Optional.of(s),
                    rules.get(e.getKey()), cites.get(e.getKey()), decisive.get(e.getKey())));
        }
        return out;
    }

    private RefusalCheck check(ProposedRefusal p, List<Result> results) {
        int at = p.measureIndex().orElse(REQUEST);
        List<Result> relevant = results.stream()
                .filter(r -> r.rule().ground().map(g -> g.id().equals(p.groundId())).orElse(false))
                .filter(r -> at == REQUEST || r.scope() == REQUEST || r.scope() == at)
                .toList();
        List<Result> forbidding = relevant.stream().filter(r -> r.rule().kind() == RuleKind.NOT_A_GROUND
                && (r.verdict() == Verdict.TRUE || r.verdict() == Verdict.FALSE)).toList();
        if (!forbidding.isEmpty()) {
            return answer(p, RefusalCheck.Answer.FORBIDDEN, forbidding, "the instrument forbids refusal on this ground: "
                    + forbidding.get(0).rule().citation() + " — " + forbidding.get(0).rule().statement());
        }
        List<Result> failedForbid = relevant.stream().filter(r -> r.rule().kind() == RuleKind.NOT_A_GROUND && r.verdict() == Verdict.ERROR).toList();
        if (!failedForbid.isEmpty()) {
            return answer(p, RefusalCheck.Answer.FORBIDDEN, failedForbid, "whether the instrument forbids refusal on this ground could not be "
                    + "checked (" + failedForbid.get(0).rule().citation() + " failed to evaluate), so the ground may not be relied on");
        }
        // a rule that may still forbid the ground outweighs a ground that holds: never permit what may be forbidden
        List<Result> pendingForbid = relevant.stream().filter(r -> r.rule().kind() == RuleKind.NOT_A_GROUND && r.verdict() == Verdict.UNKNOWN).toList();
        if (!pendingForbid.isEmpty()) {
            return answer(p, RefusalCheck.Answer.PENDING_ASSESSMENT, pendingForbid, "the instrument may forbid refusal on this ground ("
                    + pendingForbid.get(0).rule().citation() + "); an assessment is still needed before it can be relied on");
        }
        List<Result> grounds = relevant.stream().filter(r -> r.rule().kind().isRefusal() && r.rule().exceptionTo().isEmpty()).toList();
        List<Result> holding = grounds.stream().filter(r -> r.verdict() == Verdict.TRUE).toList();
        if (!holding.isEmpty()) {
            Set<Integer> measuresHeld = new java.util.TreeSet<>();
            holding.forEach(r -> measuresHeld.add(r.scope()));
            int n = request.measures().size();
            boolean wholeRequest = at != REQUEST || measuresHeld.contains(REQUEST) || measuresHeld.size() == n;
            if (!wholeRequest) {
                // a ground found for some measures only supports refusing those measures, not the whole request
                return answer(p, RefusalCheck.Answer.NOT_SUPPORTED, holding, "the ground holds only for measure(s) "
                        + String.join(", ", measuresHeld.stream().map(i -> String.valueOf(i + 1)).toList()) + " of " + n
                        + ": refuse those measures and accept the others, rather than refuse the whole request");
            }
            return answer(p, RefusalCheck.Answer.PERMITTED, holding, "the ground is provided by " + holding.get(0).rule().citation()
                    + " and the facts found support it");
        }
        List<Result> pending = grounds.stream().filter(r -> r.verdict() == Verdict.UNKNOWN).toList();
        if (!pending.isEmpty()) {
            return answer(p, RefusalCheck.Answer.PENDING_ASSESSMENT, pending, "an assessment is still needed before this ground can be relied on");
        }
        List<Result> excepted = grounds.stream().filter(r -> r.exceptedBy().isPresent()).toList();
        if (!excepted.isEmpty()) {
            return answer(p, RefusalCheck.Answer.FORBIDDEN, excepted, "the ground does not apply here: " + excepted.get(0).reason().orElse(""));
        }
        List<Result> notHolding = grounds.stream().filter(r -> r.verdict() == Verdict.FALSE).toList();
        if (!notHolding.isEmpty()) {
            return answer(p, RefusalCheck.Answer.NOT_SUPPORTED, notHolding, "the ground is provided by " + notHolding.get(0).rule().citation()
                    + " but the facts found do not support it");
        }
        if (!grounds.isEmpty()) {
            return answer(p, RefusalCheck.Answer.NOT_PROVIDED, grounds, "the provisions on this ground do not apply here: "
                    + grounds.get(0).reason().orElse(""));
        }
        return new RefusalCheck(p, RefusalCheck.Answer.NOT_PROVIDED, List.of(), List.of(),
                "none of the packs applied provides a ground for refusal with id " + p.groundId());
    }

    private static RefusalCheck answer(ProposedRefusal p, RefusalCheck.Answer a, List<Result> rs, String text) {
        List<Citation> cites = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Result r : rs) {
            if (!ids.contains(r.rule().id())) {
                ids.add(r.rule().id());
                cites.add(r.rule().citation());
            }
        }
        return new RefusalCheck(p, a, cites, ids, text);
    }

    private List<String> refusalReasons(Outcome outcome, List<Result> results, List<RefusalCheck> checks) {
        if (!outcome.isRefusal() && outcome != Outcome.PENDING_ASSESSMENT) {
            return List.of();
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (Result r : results) {
            RuleKind kind = r.rule().kind();
            boolean grounds = (kind.isRefusal() || kind == RuleKind.PRECONDITION) && r.adverse() && r.rule().exceptionTo().isEmpty();
            if (!grounds) {
                continue;
            }
            String where = r.scope() == REQUEST ? "" : "Measure " + (r.scope() + 1) + " (" + request.measures().get(r.scope()).type() + "): ";
            reasons.add(where + r.rule().citation() + " — " + r.rule().statement());
        }
        for (RefusalCheck c : checks) {
            if (c.permitted() && c.citation().isPresent()) {
                String cite = c.citation().get().toString();
                if (reasons.stream().noneMatch(r -> r.contains(cite + " — "))) {
                    reasons.add(cite + " — " + c.explanation());
                }
            }
        }
        return List.copyOf(reasons);
    }
}
