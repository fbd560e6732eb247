package org.openmla.examples.casesystem;

import java.util.List;
import org.openmla.core.json.JsonProblem;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.model.RequestId;

/**
 * What a call to the {@link RequestDesk} gave. Every outcome an officer can meet is a value: a malformed request, a
 * case changed by a colleague meanwhile, a command the lifecycle's guards reject. Only programming errors throw.
 */
public sealed interface DeskResult {

    /**
     * Done: the case after the call.
     *
     * @param view the case and the current decision
     */
    record Done(CaseView view) implements DeskResult {}

    /**
     * The request document is not a well-formed request; nothing was stored.
     *
     * @param problems every problem, with its JSON Pointer, line and column
     */
    record MalformedRequest(List<JsonProblem> problems) implements DeskResult {
        /** Copies the list. */
        public MalformedRequest {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A request with this id was received before; nothing was stored.
     *
     * @param caseId the id
     */
    record AlreadyReceived(RequestId caseId) implements DeskResult {}

    /**
     * There is no such case.
     *
     * @param caseId the id
     */
    record NotFound(RequestId caseId) implements DeskResult {}

    /**
     * The case changed since the officer loaded it (another officer's command was stored first); nothing was stored.
     * Reload the case, look again and decide again.
     *
     * @param caseId the case
     * @param expectedVersion the version the officer acted on
     * @param currentVersion the version stored now
     */
    record StaleVersion(RequestId caseId, long expectedVersion, long currentVersion) implements DeskResult {}

    /**
     * The lifecycle rejected the command (not allowed in the state, or a guard not met); nothing was stored.
     *
     * @param rejection the rejection, with every unmet guard
     */
    record Rejected(TransitionResult.Rejected rejection) implements DeskResult {}

    /**
     * The command needs the engine's decision, but no rule pack applies to the request; nothing was stored.
     *
     * @param caseId the case
     * @param notes why no pack applies
     */
    record NoDecision(RequestId caseId, List<String> notes) implements DeskResult {
        /** Copies the list. */
        public NoDecision {
            notes = List.copyOf(notes);
        }
    }

    /** @return whether the call did what it was asked */
    default boolean isDone() {
        return this instanceof Done;
    }
}
