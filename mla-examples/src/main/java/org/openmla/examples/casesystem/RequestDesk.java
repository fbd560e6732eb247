package org.openmla.examples.casesystem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.MlaJsonException;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.ConsultationRecord;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.RequestId;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.engine.RulesEngine;
import org.openmla.treaties.resolver.EvaluationPlan;
import org.openmla.treaties.resolver.LegalBasisResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requested State's desk for incoming requests: a small host service built on OpenMLA.
 *
 * <ul>
 *   <li>{@link #receive} reads a request document, opens its case ({@code RECEIVE}), evaluates it and records the
 *       decision ({@code RECORD_DECISION}), so that the deadlines run from receipt;</li>
 *   <li>{@link #recordAssessments} records an officer's assessments and the new decision they give;</li>
 *   <li>{@link #act} applies an {@link OfficerAction} (review, consult, accept, refuse, execute, close...), giving the
 *       lifecycle the engine's current decision where the command needs one;</li>
 *   <li>{@link #find} shows a case with its current decision.</li>
 * </ul>
 *
 * <p>Every call returns a {@link DeskResult}; nothing an officer can run into is an exception. Each change is made on
 * the version the officer saw: if a colleague's change was stored first, the call returns
 * {@link DeskResult.StaleVersion} and stores nothing, so no history entry is lost or overwritten.
 *
 * <p>The decision is not stored: it is a value that the request, the assessments, the law date fixed at receipt and
 * the pack versions reproduce (the case's history records its id and digest). Logs carry case ids, commands and
 * states only.
 *
 * <p>Thread-safe if the repository is: the desk itself holds no mutable state.
 */
public final class RequestDesk {
    private static final Logger LOG = LoggerFactory.getLogger(RequestDesk.class);

    private final CaseRepository repository;
    private final RulesEngine engine;
    private final LegalBasisResolver resolver;
    private final Clock clock;
    private final RequestLifecycle lifecycle = RequestLifecycle.standard();
    private final MlaJson json = MlaJson.create();

    private RequestDesk(CaseRepository repository, RulesEngine engine, LegalBasisResolver resolver, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates a desk.
     *
     * @param repository where case files are kept
     * @param engine the engine; its registry must be the one the resolver was built on
     * @param resolver decides the legal basis from party data
     * @param clock gives the time of each transition and, at receipt, the law date (in the clock's zone)
     * @return the desk
     */
    public static RequestDesk create(CaseRepository repository, RulesEngine engine, LegalBasisResolver resolver, Clock clock) {
        return new RequestDesk(repository, engine, resolver, clock);
    }

    /**
     * Receives a request: reads it, opens its case, evaluates it and records the decision.
     *
     * @param requestJson the request document in the OpenMLA JSON format
     * @param actor who registers it
     * @return {@link DeskResult.Done} (version 2 with a decision, 1 if no pack applies), {@link DeskResult.MalformedRequest}
     *     or {@link DeskResult.AlreadyReceived}
     */
    public DeskResult receive(String requestJson, Actor actor) {
        Objects.requireNonNull(requestJson, "requestJson");
        Objects.requireNonNull(actor, "actor");
        MlaRequest request;
        try {
            request = json.readRequest(requestJson);
        } catch (MlaJsonException e) {
            LOG.info("Rejected a request document with {} problems", e.problems().size());
            return new DeskResult.MalformedRequest(e.problems());
        }
        if (repository.find(request.id()).isPresent()) {
            return new DeskResult.AlreadyReceived(request.id());
        }
        RequestCase c = RequestCase.create(request.id());
        c = ((TransitionResult.Applied) lifecycle.apply(c, Command.of(CommandType.RECEIVE, actor, c.version()), clock)).requestCase();
        CaseFile file = new CaseFile(request, c, LocalDate.now(clock), List.of());
        EvaluationPlan plan = plan(file, List.of());
        Optional<Decision> decision = plan.evaluation().map(engine::evaluate);
        if (decision.isPresent()) {
            TransitionResult r = lifecycle.apply(c, Command.recordDecision(actor, c.version(), decision.get()), clock);
            if (r instanceof TransitionResult.Rejected rejected) {
                return new DeskResult.Rejected(rejected);
            }
            file = file.with(r.requestCase());
        }
        SaveResult saved = repository.insert(file);
        if (saved instanceof SaveResult.AlreadyExists) {
            return new DeskResult.AlreadyReceived(request.id());
        }
        LOG.info("Received request {}: {}", request.id(), decision.map(d -> d.outcome().toString()).orElse("no pack applies"));
        return new DeskResult.Done(new CaseView(file, decision, plan.notes()));
    }

    /**
     * Records an officer's assessments and the decision they give. An assessment replaces an earlier one of the same
     * key and measure.
     *
     * @param caseId the case
     * @param expectedVersion the version the officer saw
     * @param actor the officer
     * @param assessments the assessments
     * @return {@link DeskResult.Done}, {@link DeskResult.NotFound}, {@link DeskResult.StaleVersion},
     *     {@link DeskResult.Rejected} (e.g. the case was decided already) or {@link DeskResult.NoDecision}
     */
    public DeskResult recordAssessments(RequestId caseId, long expectedVersion, Actor actor, List<Assessment> assessments) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Optional<CaseFile> loaded = repository.find(caseId);
        if (loaded.isEmpty()) {
            return new DeskResult.NotFound(caseId);
        }
        CaseFile file = loaded.get();
        List<Assessment> merged = merge(file.assessments(), assessments);
        EvaluationPlan plan = plan(file.with(file.requestCase(), merged), List.of());
        if (plan.evaluation().isEmpty()) {
            return new DeskResult.NoDecision(caseId, plan.notes());
        }
        Decision decision = engine.evaluate(plan.evaluation().get());
        return store(file, merged, Command.recordDecision(actor, expectedVersion, decision), Optional.of(decision), plan.notes());
    }

    /**
     * Applies an officer's action to a case.
     *
     * @param caseId the case
     * @param expectedVersion the version the officer saw
     * @param actor the officer
     * @param action what to do
     * @return {@link DeskResult.Done}, {@link DeskResult.NotFound}, {@link DeskResult.StaleVersion},
     *     {@link DeskResult.Rejected} or {@link DeskResult.NoDecision}
     */
    public DeskResult act(RequestId caseId, long expectedVersion, Actor actor, OfficerAction action) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Optional<CaseFile> loaded = repository.find(caseId);
        if (loaded.isEmpty()) {
            return new DeskResult.NotFound(caseId);
        }
        CaseFile file = loaded.get();
        List<ProposedRefusal> proposals = action instanceof OfficerAction.Refuse refuse
                ? refuse.groundIds().stream().filter(g -> g.matches("[A-Z][A-Z0-9_]*")).map(ProposedRefusal::of).toList()
                : List.of();
        EvaluationPlan plan = plan(file, proposals);
        Optional<Decision> decision = plan.evaluation().map(engine::evaluate);
        long v = expectedVersion;
        Command command;
        if (action instanceof OfficerAction.Acknowledge) {
            command = Command.of(CommandType.ACKNOWLEDGE, actor, v);
        } else if (action instanceof OfficerAction.StartReview) {
            command = Command.of(CommandType.START_REVIEW, actor, v);
        } else if (action instanceof OfficerAction.RequestInformation a) {
            command = Command.of(CommandType.REQUEST_INFORMATION, actor, v).because(a.reasons());
        } else if (action instanceof OfficerAction.ReceiveInformation) {
            command = Command.of(CommandType.RECEIVE_INFORMATION, actor, v);
        } else if (action instanceof OfficerAction.Consult) {
            command = Command.of(CommandType.CONSULT, actor, v);
        } else if (action instanceof OfficerAction.StartExecution) {
            command = Command.of(CommandType.START_EXECUTION, actor, v);
        } else if (action instanceof OfficerAction.ExecutePartially a) {
            command = Command.executePartially(actor, v, a.measures());
        } else if (action instanceof OfficerAction.CompleteExecution) {
            command = Command.of(CommandType.COMPLETE_EXECUTION, actor, v);
        } else if (action instanceof OfficerAction.Close a) {
            command = a.reasons().map(r -> Command.of(CommandType.CLOSE, actor, v).because(r)).orElse(Command.of(CommandType.CLOSE, actor, v));
        } else if (decision.isEmpty()) {
            return new DeskResult.NoDecision(caseId, plan.notes());
        } else if (action instanceof OfficerAction.RecordConsultation a) {
            command = Command.recordConsultation(actor, v, ConsultationRecord.covering(decision.get(), a.result()));
        } else if (action instanceof OfficerAction.Accept a) {
            Command accept = a.measures().isEmpty() ? Command.accept(actor, v, decision.get())
                    : Command.acceptMeasures(actor, v, decision.get(), a.measures());
            command = a.reasons().map(accept::because).orElse(accept);
        } else if (action instanceof OfficerAction.Refuse a) {
            command = Command.refuse(actor, v, decision.get(), a.groundIds().toArray(String[]::new)).because(a.reasons());
        } else if (action instanceof OfficerAction.Postpone a) {
            command = Command.postpone(actor, v, decision.get()).because(a.reasons());
        } else {
            throw new IllegalArgumentException("unknown action " + action.getClass().getName());
        }
        return store(file, file.assessments(), command, decision, plan.notes());
    }

    /**
     * Shows a case with its current decision.
     *
     * @param caseId the case
     * @return the case, or empty
     */
    public Optional<CaseView> find(RequestId caseId) {
        return repository.find(Objects.requireNonNull(caseId, "caseId")).map(file -> {
            EvaluationPlan plan = plan(file, List.of());
            return new CaseView(file, plan.evaluation().map(engine::evaluate), plan.notes());
        });
    }

    private DeskResult store(CaseFile file, List<Assessment> assessments, Command command, Optional<Decision> decision, List<String> notes) {
        TransitionResult r = lifecycle.apply(file.requestCase(), command, clock);
        if (r instanceof TransitionResult.Rejected rejected) {
            return rejected.reason() == TransitionResult.Reason.STALE_VERSION
                    ? new DeskResult.StaleVersion(file.caseId(), command.expectedVersion(), file.version())
                    : new DeskResult.Rejected(rejected);
        }
        CaseFile next = file.with(r.requestCase(), assessments);
        SaveResult saved = repository.update(next, file.version());
        if (saved instanceof SaveResult.Saved) {
            return new DeskResult.Done(new CaseView(next, decision, notes));
        }
        if (saved instanceof SaveResult.StaleVersion stale) {
            return new DeskResult.StaleVersion(file.caseId(), command.expectedVersion(), stale.currentVersion());
        }
        if (saved instanceof SaveResult.NotFound) {
            return new DeskResult.NotFound(file.caseId());
        }
        // The lifecycle only appends, so the repository cannot find the history rewritten, nor an update inserting.
        throw new IllegalStateException("case " + file.caseId() + " could not be stored: " + saved);
    }

    private EvaluationPlan plan(CaseFile file, List<ProposedRefusal> proposals) {
        return EvaluationPlan.prepare(resolver, engine.registry(), file.request(), file.lawDate(), file.assessments(), proposals, List.of(), Map.of());
    }

    private static List<Assessment> merge(List<Assessment> earlier, List<Assessment> later) {
        Map<String, Assessment> byKey = new LinkedHashMap<>();
        for (Assessment a : earlier) {
            byKey.put(a.key() + a.measureIndex().map(i -> "@" + i).orElse(""), a);
        }
        for (Assessment a : Objects.requireNonNull(later, "assessments")) {
            String key = a.key() + a.measureIndex().map(i -> "@" + i).orElse("");
            byKey.remove(key);
            byKey.put(key, a);
        }
        return new ArrayList<>(byKey.values());
    }

    @Override
    public String toString() {
        return "RequestDesk[" + repository + "]";
    }
}
