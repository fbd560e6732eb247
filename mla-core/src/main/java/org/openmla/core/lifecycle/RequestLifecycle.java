package org.openmla.core.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.RunningDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies commands to cases along the {@link TransitionTable#standard() standard table}.
 *
 * <p>{@link #apply(RequestCase, Command, Clock)} is a function of the case, the command and the clock's instant: it
 * checks, in this order, that the command expects the case's current version ({@code STALE_VERSION}), that the table
 * allows the command in the case's state ({@code ILLEGAL_TRANSITION}) and that every guard of the command is met
 * ({@code GUARD_FAILED}, listing each unmet guard); then it returns a new snapshot with one transition appended.
 * It never changes the case it is given and never applies a command in part. The host stores the new snapshot (or
 * its new history entry) only if its version is still current, and retries on a stale version.
 *
 * <p>After a transition the lifecycle logs the case id, the command and the two states at INFO (rejections at DEBUG),
 * never actors or reasons, and calls the listeners; a listener that throws does not affect the result.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class RequestLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLifecycle.class);
    private static final RequestLifecycle STANDARD = builder().build();

    private final TransitionTable table;
    private final List<LifecycleListener> listeners;

    private RequestLifecycle(Builder b) {
        this.table = TransitionTable.standard();
        this.listeners = List.copyOf(b.listeners);
    }

    /** @return a lifecycle without listeners */
    public static RequestLifecycle standard() {
        return STANDARD;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the table it follows */
    public TransitionTable table() {
        return table;
    }

    /**
     * Applies a command to a case.
     *
     * @param requestCase the case as the officer saw it
     * @param command the command
     * @param clock where the time of the transition comes from
     * @return the new snapshot, or a rejection with the case unchanged
     * @throws NullPointerException if an argument is null
     */
    public TransitionResult apply(RequestCase requestCase, Command command, Clock clock) {
        Objects.requireNonNull(requestCase, "requestCase");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(clock, "clock");
        TransitionResult result = decide(requestCase, command, Checks.required(clock.instant(), "clock.instant()"));
        if (result instanceof TransitionResult.Applied applied) {
            if (!listeners.isEmpty() || LOG.isInfoEnabled()) {
                announce(requestCase, applied.transition(), applied.requestCase());
            }
        } else {
            announce(requestCase, command.type(), (TransitionResult.Rejected) result);
        }
        return result;
    }

    /**
     * Applies a command that carries nothing but its type, its actor and the version it expects: the same as
     * {@code apply(requestCase, Command.of(type, actor, expectedVersion), clock)}, with the same result, the same checks
     * in the same order, the same exceptions and the same log lines and listener calls, but without making the
     * {@link Command} on the usual path (a command whose guards are all met on their plain tests). For hosts that apply
     * many such commands; the others take a {@link Command}.
     *
     * @param requestCase the case as the officer saw it
     * @param type what to do: a command {@link Command#of(CommandType, Actor, long)} accepts
     * @param actor who does it
     * @param expectedVersion the version of the case the officer saw (the optimistic lock)
     * @param clock where the time of the transition comes from
     * @return the new snapshot, or a rejection with the case unchanged
     * @throws org.openmla.core.InvalidValueException as {@link Command#of(CommandType, Actor, long)} would: the type needs
     *     more than its type (a decision, a consultation record or an extension), the actor is null or the version negative
     * @throws NullPointerException if the case or the clock is null
     */
    public TransitionResult apply(RequestCase requestCase, CommandType type, Actor actor, long expectedVersion, Clock clock) {
        Command.checkPlain(type, actor, expectedVersion); // first, as Command.of would be evaluated before apply
        Objects.requireNonNull(requestCase, "requestCase");
        Objects.requireNonNull(clock, "clock");
        TransitionResult result = decide(requestCase, type, actor, expectedVersion, null, Checks.required(clock.instant(), "clock.instant()"));
        if (result instanceof TransitionResult.Applied applied) {
            if (!listeners.isEmpty() || LOG.isInfoEnabled()) {
                announce(requestCase, applied.transition(), applied.requestCase());
            }
        } else {
            announce(requestCase, type, (TransitionResult.Rejected) result);
        }
        return result;
    }

    /**
     * Applies a command that carries a decision and nothing else: the same as {@code apply(requestCase, command, clock)}
     * with {@link Command#recordDecision}, {@link Command#accept} (every measure), {@link Command#postpone} or
     * {@link Command#refuse(Actor, long, Decision, String...) Command.refuse} without grounds, made of these parts, with
     * the same result, the same checks in the same order, the same exceptions and the same log lines and listener
     * calls, but without making the {@link Command} on the usual path (a command whose guards are all met on their
     * plain tests). A refusal or postponement needs reasons (and a refusal grounds), so it is rejected by its guards:
     * give those as a {@link Command}.
     *
     * @param requestCase the case as the officer saw it
     * @param type {@code RECORD_DECISION}, {@code ACCEPT}, {@code REFUSE} or {@code POSTPONE}: a command that
     *     {@link CommandType#carriesDecision() carries a decision}
     * @param actor who does it
     * @param expectedVersion the version of the case the officer saw (the optimistic lock)
     * @param decision the engine decision the command rests on
     * @param clock where the time of the transition comes from
     * @return the new snapshot, or a rejection with the case unchanged
     * @throws org.openmla.core.InvalidValueException as the {@link Command} would be refused: the type does not carry a
     *     decision, the actor is null or the version negative
     * @throws NullPointerException if the case, the decision or the clock is null
     */
    public TransitionResult apply(RequestCase requestCase, CommandType type, Actor actor, long expectedVersion, Decision decision, Clock clock) {
        Objects.requireNonNull(decision, "decision"); // first, as the Command factories check it before the Command does
        Command.checkWithDecision(type, actor, expectedVersion);
        Objects.requireNonNull(requestCase, "requestCase");
        Objects.requireNonNull(clock, "clock");
        TransitionResult result = decide(requestCase, type, actor, expectedVersion, decision, Checks.required(clock.instant(), "clock.instant()"));
        if (result instanceof TransitionResult.Applied applied) {
            if (!listeners.isEmpty() || LOG.isInfoEnabled()) {
                announce(requestCase, applied.transition(), applied.requestCase());
            }
        } else {
            announce(requestCase, type, (TransitionResult.Rejected) result);
        }
        return result;
    }

    /**
     * Logs the transition and calls the listeners: out of {@link #apply}, which stays small enough to be inlined. It is
     * given the result's parts, not the result, so that the result does not escape here: a caller that only reads the
     * new snapshot lets the JIT leave the result unmade.
     */
    private void announce(RequestCase requestCase, Transition t, RequestCase after) {
        if (LOG.isInfoEnabled()) { // no argument array when the host does not log at INFO
            LOG.info("Case {}: {} -> {} by {} (version {})", requestCase.caseId(), t.from(), t.to(), t.command(), t.version());
        }
        for (int i = 0, n = listeners.size(); i < n; i++) { // no iterator per transition
            LifecycleListener l = listeners.get(i);
            try {
                l.onTransition(requestCase, t, after);
            } catch (RuntimeException e) {
                LOG.warn("Lifecycle listener {} failed on case {}: {}", l.getClass().getName(), requestCase.caseId(), e.getClass().getName());
            }
        }
    }

    /** Logs the rejection (its text made only when the host logs at DEBUG) and calls the listeners. */
    private void announce(RequestCase requestCase, CommandType command, TransitionResult.Rejected rejected) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Case {}: {} rejected in {} ({}{})", requestCase.caseId(), command, requestCase.state(), rejected.reason(),
                    rejected.unmetGuards().isEmpty() ? "" : ": " + rejected.guards().stream().map(Guard::id).toList());
        }
        for (int i = 0, n = listeners.size(); i < n; i++) {
            LifecycleListener l = listeners.get(i);
            try {
                l.onRejection(rejected);
            } catch (RuntimeException e) {
                LOG.warn("Lifecycle listener {} failed on case {}: {}", l.getClass().getName(), requestCase.caseId(), e.getClass().getName());
            }
        }
    }

    private TransitionResult decide(RequestCase c, Command cmd, Instant at) {
        if (cmd.expectedVersion() != c.version()) {
            return new TransitionResult.Rejected(c, cmd.type(), TransitionResult.Reason.STALE_VERSION, cmd.expectedVersion(), List.of());
        }
        CaseState target = table.to(c.state(), cmd.type());
        if (target == null) {
            return new TransitionResult.Rejected(c, cmd.type(), TransitionResult.Reason.ILLEGAL_TRANSITION, cmd.expectedVersion(), List.of());
        }
        List<UnmetGuard> unmet = GuardChecks.check(table.guardArray(cmd.type()), c, cmd, at);
        if (!unmet.isEmpty()) {
            return new TransitionResult.Rejected(c, cmd.type(), TransitionResult.Reason.GUARD_FAILED, cmd.expectedVersion(), unmet);
        }
        Transition t = new Transition(c.version() + 1, at, cmd.actor(), c.state(), target, cmd.type(), cmd.reason(), detail(c, cmd));
        return new TransitionResult.Applied(c.append(t), t);
    }

    /**
     * {@link #decide(RequestCase, Command, Instant)} for the command of these parts ({@code Command.of(type, actor,
     * expectedVersion)} without a decision), made only if a guard is not met on its plain test (then the full check
     * says which, in the same words).
     */
    private TransitionResult decide(RequestCase c, CommandType type, Actor actor, long expectedVersion, Decision decision, Instant at) {
        if (expectedVersion != c.version()) {
            return new TransitionResult.Rejected(c, type, TransitionResult.Reason.STALE_VERSION, expectedVersion, List.of());
        }
        CaseState target = table.to(c.state(), type);
        if (target == null) {
            return new TransitionResult.Rejected(c, type, TransitionResult.Reason.ILLEGAL_TRANSITION, expectedVersion, List.of());
        }
        if (!GuardChecks.plainlyMet(table.guardArray(type), c, decision, at)) {
            return decide(c, command(type, actor, expectedVersion, decision), at);
        }
        TransitionDetail detail = decision == null && type != CommandType.COMPLETE_EXECUTION ? TransitionDetail.NONE
                : recorded(c, type, decision, List.of(), List.of(), Optional.empty(), Optional.empty());
        Transition t = new Transition(c.version() + 1, at, actor, c.state(), target, type, Optional.empty(), detail);
        return new TransitionResult.Applied(c.append(t), t);
    }

    /** @return the command of these parts, as {@link Command#of} or the factories of a command with a decision make it */
    private static Command command(CommandType type, Actor actor, long expectedVersion, Decision decision) {
        return decision == null ? Command.of(type, actor, expectedVersion)
                : new Command(type, actor, expectedVersion, Optional.empty(), Optional.of(decision), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /** @return the accepted measures not yet executed, ascending: what completing the execution executes */
    private static List<Integer> completed(RequestCase c) {
        List<Integer> accepted = c.acceptedMeasures();
        List<Integer> done = c.executedMeasures();
        if (done.isEmpty()) {
            return accepted; // nothing executed before: every accepted measure now (unmodifiable, ascending, distinct)
        }
        List<Integer> left = new ArrayList<>(accepted.size()); // both ascending and distinct: so is what is left
        for (int i = 0, n = accepted.size(); i < n; i++) {
            if (!done.contains(accepted.get(i))) {
                left.add(accepted.get(i));
            }
        }
        return List.copyOf(left);
    }

    /** What the transition records; the shared {@link TransitionDetail#NONE} for the commands that record nothing more. */
    private static TransitionDetail detail(RequestCase c, Command cmd) {
        if (cmd.decision().isEmpty() && cmd.consultation().isEmpty() && cmd.extension().isEmpty() && cmd.groundIds().isEmpty()
                && cmd.type() != CommandType.EXECUTE_PARTIALLY && cmd.type() != CommandType.COMPLETE_EXECUTION) {
            return TransitionDetail.NONE; // the usual step, tested in few bytes so that it is inlined
        }
        return recorded(c, cmd);
    }

    private static TransitionDetail recorded(RequestCase c, Command cmd) {
        return recorded(c, cmd.type(), cmd.decision().orElse(null), cmd.measures(), cmd.groundIds(), cmd.consultation(), cmd.extension());
    }

    /** What a command of these parts records: the decision may be null, the rest are the command's own. */
    private static TransitionDetail recorded(RequestCase c, CommandType type, Decision decision, List<Integer> measures, List<String> groundIds,
            Optional<ConsultationRecord> consultation, Optional<DeadlineExtension> extension) {
        List<Integer> executed = switch (type) {
            case EXECUTE_PARTIALLY -> measures;
            case COMPLETE_EXECUTION -> completed(c);
            default -> List.of();
        };
        if (decision == null && executed.isEmpty() && groundIds.isEmpty() && consultation.isEmpty() && extension.isEmpty()) {
            return TransitionDetail.NONE;
        }
        List<RunningDeadline> declared = List.of();
        if (decision != null) {
            List<RunningDeadline> offered = decision.deadlines();
            for (int i = 0, n = offered.size(); i < n; i++) { // the first declaration of a rule id counts
                RunningDeadline d = offered.get(i);
                if (c.deadline(d.ruleId()).isEmpty() && !declares(declared, d.ruleId())) {
                    if (declared.isEmpty()) {
                        declared = new ArrayList<>(n);
                    }
                    declared.add(d);
                }
            }
        }
        List<Integer> accepted = type == CommandType.ACCEPT ? GuardChecks.acceptedBy(decision, measures) : List.of();
        return new TransitionDetail(decision != null ? reference(c, decision) : Optional.empty(), accepted, executed, groundIds, consultation, declared,
                extension);
    }

    /**
     * The reference the transition records: the case's latest one when it refers to the very same decision (recorded,
     * then accepted on: equal field by field, which is quick for the very instance the reference was made from), which
     * spares rebuilding its facts; otherwise a new one. Either way equal to {@link DecisionRef#of(Decision)}.
     */
    private static Optional<DecisionRef> reference(RequestCase c, Decision decision) {
        Optional<DecisionRef> latest = c.latestDecision();
        return latest.isPresent() && latest.get().sameAs(decision) ? latest
                : Optional.of(DecisionRef.of(decision));
    }

    private static boolean declares(List<RunningDeadline> declared, String ruleId) {
        for (int i = 0, n = declared.size(); i < n; i++) {
            if (declared.get(i).ruleId().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    /** Builds a {@link RequestLifecycle}. Not thread-safe. */
    public static final class Builder {
        private final List<LifecycleListener> listeners = new ArrayList<>();

        private Builder() {}

        /** Adds a listener, called in the order added. @return this builder */
        public Builder listener(LifecycleListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** @return the lifecycle */
        public RequestLifecycle build() {
            return new RequestLifecycle(this);
        }
    }

    @Override
    public String toString() {
        return "RequestLifecycle[" + listeners.size() + " listeners]";
    }
}
