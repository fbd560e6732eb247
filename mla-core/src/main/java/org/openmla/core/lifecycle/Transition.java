package org.openmla.core.lifecycle;

import java.time.Instant;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * One entry of a case's history: who gave which command when, the state it left and the state it entered, the
 * reasons and what it recorded. Entries are appended, never changed or removed. Immutable; {@link #toString()} omits
 * the reasons, which are free text.
 *
 * @param version the case version this transition produced: 1 for the first
 * @param at when it was applied, from the lifecycle's clock
 * @param actor who gave the command
 * @param from the state before
 * @param to the state after (equal to {@code from} for commands that record without moving the case)
 * @param command the command
 * @param reason the reasons given, if any
 * @param detail what it recorded
 */
public record Transition(
        long version, Instant at, Actor actor, CaseState from, CaseState to, CommandType command, Optional<String> reason, TransitionDetail detail) {

    /** @throws InvalidValueException if a field is null, the version is not positive, or the standard table has no such row */
    public Transition {
        if (version < 1) {
            throw new InvalidValueException("Transition.version", "must be at least 1 (was " + version + ")");
        }
        Checks.required(at, "Transition.at");
        Checks.required(actor, "Transition.actor");
        Checks.required(from, "Transition.from");
        Checks.required(to, "Transition.to");
        Checks.required(command, "Transition.command");
        Checks.optionalText(reason, "Transition.reason", Command.MAX_REASON_LENGTH);
        Checks.required(detail, "Transition");
        if (TransitionTable.standard().to(from, command) != to) {
            throw new InvalidValueException("Transition.to", "the transition table has no row " + from + " --" + command + "--> " + to);
        }
        if (command.carriesDecision() != detail.decision().isPresent()) {
            throw new InvalidValueException("Transition.decision", command.carriesDecision() ? "is required for " + command : "is not recorded by " + command);
        }
        if (detail != TransitionDetail.NONE || mustRecord(command)) { // the shared empty detail of a command that records nothing: no more to check
            checkDetail(command, reason, detail);
        }
    }

    /** @return whether the command must record a detail or reasons, which the shared empty detail lacks */
    private static boolean mustRecord(CommandType command) {
        return command == CommandType.RECORD_CONSULTATION || command == CommandType.EXTEND_DEADLINE || command == CommandType.EXECUTE_PARTIALLY
                || command == CommandType.REFUSE || command == CommandType.POSTPONE || command == CommandType.ACCEPT;
    }

    /**
     * What each command records, and what a stored history may claim about it: a history read back from storage must
     * not hold an acceptance the decision it rests on bars, a refusal without reasons or grounds, or measures recorded
     * by a command that does not record them. (The lifecycle's guards ensure this for every transition it makes; this
     * check keeps an edited document from claiming otherwise.)
     */
    private static void checkDetail(CommandType command, Optional<String> reason, TransitionDetail detail) {
        if (detail != TransitionDetail.NONE) { // the shared empty detail records nothing a command could not record
            only(command, !detail.acceptedMeasures().isEmpty(), "acceptedMeasures", CommandType.ACCEPT);
            only(command, !detail.executedMeasures().isEmpty(), "executedMeasures", CommandType.EXECUTE_PARTIALLY, CommandType.COMPLETE_EXECUTION);
            only(command, !detail.groundIds().isEmpty(), "groundIds", CommandType.REFUSE);
            only(command, detail.consultation().isPresent(), "consultation", CommandType.RECORD_CONSULTATION);
            only(command, detail.extension().isPresent(), "extension", CommandType.EXTEND_DEADLINE);
            if (!detail.declaredDeadlines().isEmpty() && detail.decision().isEmpty()) {
                throw new InvalidValueException("Transition.declaredDeadlines", "are declared only with a decision");
            }
        }
        if ((command == CommandType.RECORD_CONSULTATION && detail.consultation().isEmpty())
                || (command == CommandType.EXTEND_DEADLINE && detail.extension().isEmpty())
                || (command == CommandType.EXECUTE_PARTIALLY && detail.executedMeasures().isEmpty())) {
            throw new InvalidValueException("Transition", command + " must record what it did");
        }
        if ((command == CommandType.REFUSE || command == CommandType.POSTPONE) && reason.isEmpty()) {
            throw new InvalidValueException("Transition.reason", "is required for " + command);
        }
        if (command == CommandType.REFUSE && detail.groundIds().isEmpty()) {
            throw new InvalidValueException("Transition.groundIds", "a refusal cites at least one ground");
        }
        if (command == CommandType.ACCEPT) {
            DecisionRef d = detail.decision().orElseThrow();
            int measures = d.measureOutcomes().size();
            for (int m : detail.acceptedMeasures()) {
                if (m < 0 || m >= measures) {
                    throw new InvalidValueException("Transition.acceptedMeasures", "measure " + m + " is not a measure of the decision ("
                            + measures + " measures)");
                }
            }
            boolean partial = detail.acceptedMeasures().size() < measures;
            if (!partial && GuardChecks.BARRING_OUTCOMES.contains(d.outcome())) {
                throw new InvalidValueException("Transition.decision", "an acceptance cannot rest on a decision with outcome " + d.outcome());
            }
            if (d.outcome() == org.openmla.core.decision.Outcome.ENGINE_ERROR) {
                throw new InvalidValueException("Transition.decision", "an acceptance cannot rest on a decision with outcome ENGINE_ERROR");
            }
            for (int m : detail.acceptedMeasures()) {
                if (GuardChecks.BARRING_OUTCOMES.contains(d.measureOutcomes().get(m))) {
                    throw new InvalidValueException("Transition.acceptedMeasures", "measure " + m + " cannot be accepted on outcome "
                            + d.measureOutcomes().get(m));
                }
            }
        }
    }

    private static void only(CommandType command, boolean recorded, String field, CommandType recordedBy) {
        only(command, recorded, field, recordedBy, recordedBy);
    }

    private static void only(CommandType command, boolean recorded, String field, CommandType recordedBy, CommandType orBy) {
        if (recorded && command != recordedBy && command != orBy) { // no argument array per transition
            throw new InvalidValueException("Transition." + field, "is recorded only by "
                    + (recordedBy == orBy ? java.util.List.of(recordedBy) : java.util.List.of(recordedBy, orBy)) + ", not by " + command);
        }
    }

    @Override
    public String toString() {
        return "Transition[v" + version + " " + at + " " + actor + ": " + from + " --" + command + "--> " + to + ", reason "
                + Checks.redacted(reason) + detail.decision().map(d -> ", " + d).orElse("") + "]";
    }
}
