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
        Checks.required(detail, "Transition.detail");
        if (!TransitionTable.standard().target(from, command).equals(Optional.of(to))) {
            throw new InvalidValueException("Transition.to", "the transition table has no row " + from + " --" + command + "--> " + to);
        }
        if (command.carriesDecision() != detail.decision().isPresent()) {
            throw new InvalidValueException("Transition.detail.decision", command.carriesDecision() ? "is required for " + command : "is not recorded by " + command);
        }
    }

    @Override
    public String toString() {
        return "Transition[v" + version + " " + at + " " + actor + ": " + from + " --" + command + "--> " + to + ", reason "
                + Checks.redacted(reason) + detail.decision().map(d -> ", " + d).orElse("") + "]";
    }
}
