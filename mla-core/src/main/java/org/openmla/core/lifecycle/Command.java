package org.openmla.core.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.decision.Decision;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.TimeLimit;

/**
 * A command an officer gives a case: what to do, who does it, the case version they saw, the reasons, and what the
 * command needs (an engine decision, measures, grounds, a consultation record, a deadline extension).
 *
 * <p>Build commands with the factories, which take what each {@link CommandType} needs, and add reasons with
 * {@link #because(String)}:
 * <pre>{@code
 * Command.refuse(officer, c.version(), decision, "ESSENTIAL_INTERESTS").because("Execution would prejudice ...")
 * }</pre>
 * The time of the command is not part of it: the lifecycle reads it from the injected clock when the command is
 * applied.
 *
 * <p>Immutable; lists are unmodifiable and hold no nulls. A command that lacks what its type needs, or carries what its
 * type does not take, is malformed and rejected at construction with an {@link InvalidValueException} naming the field;
 * whether a well-formed command may be applied to a case is decided by the guards, and a refusal to apply it is a value
 * ({@link TransitionResult.Rejected}), not an exception. {@link #toString()} omits the reasons, which are free text.
 *
 * @param type what to do
 * @param actor who does it
 * @param expectedVersion the version of the case the officer saw; a command on an older version is rejected as stale
 * @param reason the reasons, free text up to 4000 characters; required by the guards of some commands
 * @param decision the engine decision, for commands that {@link CommandType#carriesDecision() carry one}
 * @param measures for {@code ACCEPT}, the measures accepted (empty: all); for {@code EXECUTE_PARTIALLY}, those executed; sorted, distinct
 * @param groundIds for {@code REFUSE}, the grounds cited: refusal ground ids or rule ids
 * @param consultation for {@code RECORD_CONSULTATION}, the consultation held
 * @param extension for {@code EXTEND_DEADLINE}, the deadline and by how much
 */
public record Command(
        CommandType type,
        Actor actor,
        long expectedVersion,
        Optional<String> reason,
        Optional<Decision> decision,
        List<Integer> measures,
        List<String> groundIds,
        Optional<ConsultationRecord> consultation,
        Optional<DeadlineExtension> extension) {

    /** The longest reason accepted. */
    public static final int MAX_REASON_LENGTH = 4000;

    /** @throws InvalidValueException if a field is null or malformed, or does not fit the command type */
    public Command {
        Checks.required(type, "Command.type");
        Checks.required(actor, "Command.actor");
        if (expectedVersion < 0) {
            throw new InvalidValueException("Command.expectedVersion", "must not be negative (was " + expectedVersion + ")");
        }
        Checks.optionalText(reason, "Command.reason", MAX_REASON_LENGTH);
        checkDecision(type, decision);
        if (measures != NONE) { // most commands name none: the shared empty list needs no check and no copy to sort
            measures = checkedMeasures(type, measures);
        }
        if (groundIds != NONE) {
            groundIds = checkedGrounds(type, groundIds);
        }
        checkCarried(type, consultation, extension);
    }

    /**
     * The checks {@link #of(CommandType, Actor, long)} makes, without building the command: for the lifecycle's
     * {@link RequestLifecycle#apply(RequestCase, CommandType, Actor, long, java.time.Clock) apply} that takes the command's parts.
     *
     * @throws InvalidValueException as {@link #of(CommandType, Actor, long)} would, with the same field and message
     */
    static void checkPlain(CommandType type, Actor actor, long expectedVersion) {
        Checks.required(type, "Command.type");
        Checks.required(actor, "Command.actor");
        if (expectedVersion < 0) {
            throw new InvalidValueException("Command.expectedVersion", "must not be negative (was " + expectedVersion + ")");
        }
        checkDecision(type, Optional.empty());
        checkCarried(type, Optional.empty(), Optional.empty());
    }

    /**
     * The checks a command of this type with a decision and nothing else makes, without building it.
     *
     * @throws InvalidValueException as the constructor would, with the same field and message
     */
    static void checkWithDecision(CommandType type, Actor actor, long expectedVersion) {
        Checks.required(type, "Command.type");
        Checks.required(actor, "Command.actor");
        if (expectedVersion < 0) {
            throw new InvalidValueException("Command.expectedVersion", "must not be negative (was " + expectedVersion + ")");
        }
        if (!type.carriesDecision()) {
            throw new InvalidValueException("Command.decision", "is not taken by " + type);
        }
        checkCarried(type, Optional.empty(), Optional.empty());
    }

    /** @throws InvalidValueException if the command lacks the decision its type needs, or carries one it does not take */
    private static void checkDecision(CommandType type, Optional<Decision> decision) {
        Checks.optional(decision, "Command.decision");
        if (type.carriesDecision() != decision.isPresent()) {
            throw new InvalidValueException("Command.decision", type.carriesDecision() ? "is required for " + type : "is not taken by " + type);
        }
    }

    /** @throws InvalidValueException if the command lacks the consultation or extension its type needs, or carries one it does not take */
    private static void checkCarried(CommandType type, Optional<ConsultationRecord> consultation, Optional<DeadlineExtension> extension) {
        Checks.optional(consultation, "Command.consultation");
        if ((type == CommandType.RECORD_CONSULTATION) != consultation.isPresent()) {
            throw new InvalidValueException("Command.consultation",
                    type == CommandType.RECORD_CONSULTATION ? "is required for " + type : "is not taken by " + type);
        }
        Checks.optional(extension, "Command.extension");
        if ((type == CommandType.EXTEND_DEADLINE) != extension.isPresent()) {
            throw new InvalidValueException("Command.extension",
                    type == CommandType.EXTEND_DEADLINE ? "is required for " + type : "is not taken by " + type);
        }
    }

    /** @return the grounds, checked and unmodifiable */
    private static List<String> checkedGrounds(CommandType type, List<String> given) {
        List<String> groundIds = Checks.textList(given, "Command.groundIds", 100);
        if (!groundIds.isEmpty() && type != CommandType.REFUSE) {
            throw new InvalidValueException("Command.groundIds", "are not taken by " + type);
        }
        return groundIds;
    }

    /** The shared empty list, {@code List.of()}: a command naming no measures or grounds holds it unchecked. */
    private static final List<?> NONE = List.of();

    /** @return the measures, unmodifiable, sorted and checked: none negative or repeated */
    private static List<Integer> checkedMeasures(CommandType type, List<Integer> given) {
        List<Integer> measures = Checks.list(given, "Command.measures");
        if (!measures.isEmpty()) { // most commands name none: no copy to sort
            List<Integer> sorted = new ArrayList<>(measures);
            sorted.sort(null);
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i) < 0) {
                    throw new InvalidValueException("Command.measures", "must not be negative (was " + sorted.get(i) + ")");
                }
                if (i > 0 && sorted.get(i).equals(sorted.get(i - 1))) {
                    throw new InvalidValueException("Command.measures", "must not repeat a measure (" + sorted.get(i) + ")");
                }
            }
            measures = List.copyOf(sorted);
        }
        if (!measures.isEmpty() && type != CommandType.ACCEPT && type != CommandType.EXECUTE_PARTIALLY) {
            throw new InvalidValueException("Command.measures", "are not taken by " + type);
        }
        return measures;
    }

    /**
     * A command that carries nothing but its reasons: {@code SUBMIT}, {@code RECEIVE}, {@code ACKNOWLEDGE},
     * {@code START_REVIEW}, {@code REQUEST_INFORMATION}, {@code RECEIVE_INFORMATION}, {@code RESUME_REVIEW},
     * {@code CONSULT}, {@code START_EXECUTION}, {@code COMPLETE_EXECUTION}, {@code WITHDRAW} or {@code CLOSE}.
     *
     * @return the command, without reasons
     * @throws InvalidValueException if the type needs more
     */
    public static Command of(CommandType type, Actor actor, long expectedVersion) {
        return new Command(type, actor, expectedVersion, Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /** @return a command recording an engine decision on the case without deciding */
    public static Command recordDecision(Actor actor, long expectedVersion, Decision decision) {
        return withDecision(CommandType.RECORD_DECISION, actor, expectedVersion, decision, List.of(), List.of());
    }

    /** @return a command accepting the whole request on the decision */
    public static Command accept(Actor actor, long expectedVersion, Decision decision) {
        return withDecision(CommandType.ACCEPT, actor, expectedVersion, decision, List.of(), List.of());
    }

    /**
     * Accepts some measures only, refusing the others; reasons for the others are required (see {@link Guard}).
     *
     * @param measures the indexes of the measures accepted, in the request's order from 0
     * @return the command
     */
    public static Command acceptMeasures(Actor actor, long expectedVersion, Decision decision, List<Integer> measures) {
        return withDecision(CommandType.ACCEPT, actor, expectedVersion, decision, measures, List.of());
    }

    /**
     * Refuses the request on the cited grounds; add the reasons with {@link #because(String)}.
     *
     * @param groundIds refusal ground ids ({@code ESSENTIAL_INTERESTS}) or the ids of the rules that found them
     * @return the command
     */
    public static Command refuse(Actor actor, long expectedVersion, Decision decision, String... groundIds) {
        return withDecision(CommandType.REFUSE, actor, expectedVersion, decision, List.of(), List.of(Objects.requireNonNull(groundIds, "groundIds")));
    }

    /** @return a command refusing the request on the cited grounds */
    public static Command refuse(Actor actor, long expectedVersion, Decision decision, RefusalGround... grounds) {
        Objects.requireNonNull(grounds, "grounds");
        List<String> ids = new ArrayList<>(grounds.length);
        for (RefusalGround g : grounds) {
            ids.add(Checks.required(g, "grounds[]").id());
        }
        return withDecision(CommandType.REFUSE, actor, expectedVersion, decision, List.of(), ids);
    }

    /** @return a command postponing execution on the decision; add the reasons with {@link #because(String)} */
    public static Command postpone(Actor actor, long expectedVersion, Decision decision) {
        return withDecision(CommandType.POSTPONE, actor, expectedVersion, decision, List.of(), List.of());
    }

    /** @return a command recording a consultation held with the requesting State */
    public static Command recordConsultation(Actor actor, long expectedVersion, ConsultationRecord consultation) {
        return new Command(CommandType.RECORD_CONSULTATION, actor, expectedVersion, Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.of(Objects.requireNonNull(consultation, "consultation")), Optional.empty());
    }

    /**
     * Records that some accepted measures were executed.
     *
     * @param measures the indexes of the measures executed
     * @return the command
     */
    public static Command executePartially(Actor actor, long expectedVersion, List<Integer> measures) {
        return new Command(CommandType.EXECUTE_PARTIALLY, actor, expectedVersion, Optional.empty(), Optional.empty(),
                Objects.requireNonNull(measures, "measures"), List.of(), Optional.empty(), Optional.empty());
    }

    /** @return a command extending a deadline; add the reasons with {@link #because(String)} */
    public static Command extendDeadline(Actor actor, long expectedVersion, String ruleId, TimeLimit by) {
        return new Command(CommandType.EXTEND_DEADLINE, actor, expectedVersion, Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.of(DeadlineExtension.of(ruleId, by)));
    }

    private static Command withDecision(CommandType type, Actor actor, long version, Decision decision, List<Integer> measures, List<String> grounds) {
        return new Command(type, actor, version, Optional.empty(), Optional.of(Objects.requireNonNull(decision, "decision")),
                Objects.requireNonNull(measures, "measures"), grounds, Optional.empty(), Optional.empty());
    }

    /**
     * @param reasons the reasons, free text
     * @return a copy with the reasons
     * @throws InvalidValueException if they are null, blank or longer than {@link #MAX_REASON_LENGTH}
     */
    public Command because(String reasons) {
        Checks.text(reasons, "Command.reason", MAX_REASON_LENGTH);
        return new Command(type, actor, expectedVersion, Optional.of(reasons), decision, measures, groundIds, consultation, extension);
    }

    @Override
    public String toString() {
        return "Command[" + type + " by " + actor + " on version " + expectedVersion + ", reason " + Checks.redacted(reason)
                + decision.map(d -> ", decision " + d.decisionId()).orElse("")
                + (measures.isEmpty() ? "" : ", measures " + measures)
                + (groundIds.isEmpty() ? "" : ", grounds " + groundIds)
                + consultation.map(c -> ", consultation " + c).orElse("")
                + extension.map(e -> ", extension " + e).orElse("") + "]";
    }
}
