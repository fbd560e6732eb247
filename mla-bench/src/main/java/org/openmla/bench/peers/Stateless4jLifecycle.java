package org.openmla.bench.peers;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.decision.Outcome;

/**
 * The path's transitions in stateless4j 2.6.0: one shared configuration; per step a machine created in the case's
 * state, fired, and its new state read (the case lives in the host's store, not in the machine). The accept guard
 * reads the decision's outcome. A rejected command throws {@link IllegalStateException}, without a reason.
 */
public final class Stateless4jLifecycle {
    private final StateMachineConfig<CaseState, CommandType> config = new StateMachineConfig<>();
    private final ThreadLocal<Outcome> decision = new ThreadLocal<>();

    /** Configures the path's transitions. */
    public Stateless4jLifecycle() {
        config.configure(CaseState.DRAFT).permit(CommandType.RECEIVE, CaseState.RECEIVED);
        config.configure(CaseState.RECEIVED).permitReentry(CommandType.ACKNOWLEDGE).permit(CommandType.START_REVIEW, CaseState.UNDER_REVIEW);
        config.configure(CaseState.UNDER_REVIEW).permit(CommandType.REQUEST_INFORMATION, CaseState.ADDITIONAL_INFORMATION_REQUESTED)
                .permitReentry(CommandType.RECORD_DECISION)
                .permitIf(CommandType.ACCEPT, CaseState.ACCEPTED, () -> decision.get() != null && decision.get().isGrant());
        config.configure(CaseState.ADDITIONAL_INFORMATION_REQUESTED).permit(CommandType.RECEIVE_INFORMATION, CaseState.UNDER_REVIEW);
        config.configure(CaseState.ACCEPTED).permit(CommandType.START_EXECUTION, CaseState.IN_EXECUTION);
        config.configure(CaseState.IN_EXECUTION).permit(CommandType.COMPLETE_EXECUTION, CaseState.EXECUTED);
        config.configure(CaseState.EXECUTED).permit(CommandType.CLOSE, CaseState.CLOSED);
    }

    /**
     * @param outcome the outcome of the decision the command carries, or null
     * @return the state after the command
     * @throws IllegalStateException if the command is not permitted
     */
    public CaseState apply(CaseState state, CommandType command, Outcome outcome) {
        StateMachine<CaseState, CommandType> machine = new StateMachine<>(state, config);
        decision.set(outcome);
        try {
            machine.fire(command);
        } finally {
            decision.remove();
        }
        return machine.getState();
    }
}
