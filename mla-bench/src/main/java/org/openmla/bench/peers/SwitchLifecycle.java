package org.openmla.bench.peers;

import java.time.Instant;
import java.util.Optional;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.decision.Outcome;

/**
 * The path's transitions as a hand-written {@code switch}, with what our lifecycle records at the least: a version
 * check, the accept guard on the decision's outcome, and an immutable case whose history grows by one entry (a
 * linked list, so nothing is copied). The floor our lifecycle is measured against.
 */
public final class SwitchLifecycle {
    private SwitchLifecycle() {}

    /** One history entry. */
    public record Step(long version, Instant at, CaseState from, CaseState to, CommandType command, Step previous) {}

    /** A case: its state, version and history (latest entry first). */
    public record Case(CaseState state, long version, Step latest) {
        /** @return a new case */
        public static Case create() {
            return new Case(CaseState.DRAFT, 0, null);
        }
    }

    /**
     * @param decision the outcome of the decision the command carries, if any
     * @return the case after the command, or empty if it is rejected
     */
    public static Optional<Case> apply(Case c, CommandType command, long expectedVersion, Outcome decision, Instant at) {
        if (expectedVersion != c.version()) {
            return Optional.empty();
        }
        CaseState to = switch (c.state()) {
            case DRAFT -> command == CommandType.RECEIVE ? CaseState.RECEIVED : null;
            case RECEIVED -> switch (command) {
                case ACKNOWLEDGE -> CaseState.RECEIVED;
                case START_REVIEW -> CaseState.UNDER_REVIEW;
                default -> null;
            };
            case UNDER_REVIEW -> switch (command) {
                case REQUEST_INFORMATION -> CaseState.ADDITIONAL_INFORMATION_REQUESTED;
                case RECORD_DECISION -> CaseState.UNDER_REVIEW;
                case ACCEPT -> decision != null && decision.isGrant() ? CaseState.ACCEPTED : null;
                default -> null;
            };
            case ADDITIONAL_INFORMATION_REQUESTED -> command == CommandType.RECEIVE_INFORMATION ? CaseState.UNDER_REVIEW : null;
            case ACCEPTED -> command == CommandType.START_EXECUTION ? CaseState.IN_EXECUTION : null;
            case IN_EXECUTION -> command == CommandType.COMPLETE_EXECUTION ? CaseState.EXECUTED : null;
            case EXECUTED -> command == CommandType.CLOSE ? CaseState.CLOSED : null;
            default -> null;
        };
        if (to == null) {
            return Optional.empty();
        }
        long version = c.version() + 1;
        return Optional.of(new Case(to, version, new Step(version, at, c.state(), to, command, c.latest())));
    }
}
