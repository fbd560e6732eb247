package org.openmla.core.lifecycle;

import java.util.List;
import java.util.stream.Collectors;
import org.openmla.core.internal.Checks;

/**
 * What applying a command to a case gave: the new snapshot, or a rejection saying why, with the case unchanged.
 * A rejection is a value, never an exception.
 */
public sealed interface TransitionResult permits TransitionResult.Applied, TransitionResult.Rejected {

    /** @return the case after: the new snapshot if applied, the very same snapshot if rejected */
    RequestCase requestCase();

    /** @return whether the command was applied */
    default boolean isApplied() {
        return this instanceof Applied;
    }

    /**
     * The command was applied.
     *
     * @param requestCase the new snapshot, with the transition appended
     * @param transition the transition made
     */
    record Applied(RequestCase requestCase, Transition transition) implements TransitionResult {
        /** @throws org.openmla.core.InvalidValueException if a field is null */
        public Applied {
            Checks.required(requestCase, "Applied.requestCase");
            Checks.required(transition, "Applied.transition");
        }
    }

    /** Why a command was rejected. */
    enum Reason {
        /** The command was given on an older version of the case than the current one (optimistic locking). */
        STALE_VERSION,
        /** The transition table does not allow the command in the case's state. */
        ILLEGAL_TRANSITION,
        /** One or more guards were not met; each is listed. */
        GUARD_FAILED
    }

    /**
     * The command was rejected and the case is unchanged.
     *
     * @param requestCase the case, unchanged (the same instance that was given)
     * @param command the command's type
     * @param reason why
     * @param expectedVersion the version the command expected
     * @param unmetGuards for {@link Reason#GUARD_FAILED}, every guard not met, in the table's order; otherwise empty
     */
    record Rejected(RequestCase requestCase, CommandType command, Reason reason, long expectedVersion, List<UnmetGuard> unmetGuards)
            implements TransitionResult {

        /** @throws org.openmla.core.InvalidValueException if a field is null */
        public Rejected {
            Checks.required(requestCase, "Rejected.requestCase");
            Checks.required(command, "Rejected.command");
            Checks.required(reason, "Rejected.reason");
            unmetGuards = Checks.list(unmetGuards, "Rejected.unmetGuards");
        }

        /** @return the guards not met, by id */
        public List<Guard> guards() {
            return unmetGuards.stream().map(UnmetGuard::guard).toList();
        }

        /** @return why, in words: the guards with their sentences and citations, or the allowed commands, or the versions */
        public String explain() {
            RequestCase c = requestCase;
            return switch (reason) {
                case STALE_VERSION -> command + " on case " + c.caseId() + " expected version " + expectedVersion + " but the case is at version "
                        + c.version() + ": reload the case and decide again";
                case ILLEGAL_TRANSITION -> command + " is not allowed in state " + c.state() + "; allowed: "
                        + TransitionTable.standard().commandsFrom(c.state());
                case GUARD_FAILED -> command + " in state " + c.state() + " does not meet " + unmetGuards.size()
                        + (unmetGuards.size() == 1 ? " guard:\n- " : " guards:\n- ")
                        + unmetGuards.stream().map(UnmetGuard::explain).collect(Collectors.joining("\n- "));
            };
        }

        @Override
        public String toString() {
            return "Rejected[" + requestCase + ", " + command + ", " + reason + (unmetGuards.isEmpty() ? "" : " " + unmetGuards) + "]";
        }
    }
}
