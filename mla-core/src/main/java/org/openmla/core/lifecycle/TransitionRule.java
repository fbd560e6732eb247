package org.openmla.core.lifecycle;

import org.openmla.core.internal.Checks;

/**
 * One row of the {@link TransitionTable}: from a state, a command leads to a state. {@code from} equals {@code to}
 * for commands that record something without moving the case (acknowledging, recording a decision, extending a
 * deadline). Immutable.
 *
 * @param from the state the case is in
 * @param command the command
 * @param to the state it moves to
 */
public record TransitionRule(CaseState from, CommandType command, CaseState to) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public TransitionRule {
        Checks.required(from, "TransitionRule.from");
        Checks.required(command, "TransitionRule.command");
        Checks.required(to, "TransitionRule.to");
    }

    @Override
    public String toString() {
        return from + " --" + command + "--> " + to;
    }
}
