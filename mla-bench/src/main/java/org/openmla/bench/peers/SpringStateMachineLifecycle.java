package org.openmla.bench.peers;

import java.util.EnumSet;
import java.util.Optional;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.decision.Outcome;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The path's transitions in Spring Statemachine 4.0.1, used as a host with persisted cases must: one machine (not
 * thread-safe, so one per thread), and per step the machine stopped, reset to the case's state, started, sent the
 * event with the decision's outcome as a header, and its new state read. The accept guard reads that header. An event
 * with no transition is reported as DENIED, one whose guard fails as ACCEPTED with the state unchanged; neither says
 * why.
 */
public final class SpringStateMachineLifecycle {
    private static final String OUTCOME = "outcome";
    private final StateMachine<CaseState, CommandType> machine;

    /** Builds the machine with the path's transitions. */
    public SpringStateMachineLifecycle() {
        try {
            StateMachineBuilder.Builder<CaseState, CommandType> b = StateMachineBuilder.builder();
            b.configureConfiguration().withConfiguration().autoStartup(false);
            b.configureStates().withStates().initial(CaseState.DRAFT).states(EnumSet.allOf(CaseState.class));
            b.configureTransitions()
                    .withExternal().source(CaseState.DRAFT).target(CaseState.RECEIVED).event(CommandType.RECEIVE).and()
                    .withInternal().source(CaseState.RECEIVED).event(CommandType.ACKNOWLEDGE).and()
                    .withExternal().source(CaseState.RECEIVED).target(CaseState.UNDER_REVIEW).event(CommandType.START_REVIEW).and()
                    .withExternal().source(CaseState.UNDER_REVIEW).target(CaseState.ADDITIONAL_INFORMATION_REQUESTED)
                    .event(CommandType.REQUEST_INFORMATION).and()
                    .withExternal().source(CaseState.ADDITIONAL_INFORMATION_REQUESTED).target(CaseState.UNDER_REVIEW)
                    .event(CommandType.RECEIVE_INFORMATION).and()
                    .withInternal().source(CaseState.UNDER_REVIEW).event(CommandType.RECORD_DECISION).and()
                    .withExternal().source(CaseState.UNDER_REVIEW).target(CaseState.ACCEPTED).event(CommandType.ACCEPT)
                    .guard(ctx -> ctx.getMessageHeader(OUTCOME) instanceof Outcome o && o.isGrant()).and()
                    .withExternal().source(CaseState.ACCEPTED).target(CaseState.IN_EXECUTION).event(CommandType.START_EXECUTION).and()
                    .withExternal().source(CaseState.IN_EXECUTION).target(CaseState.EXECUTED).event(CommandType.COMPLETE_EXECUTION).and()
                    .withExternal().source(CaseState.EXECUTED).target(CaseState.CLOSED).event(CommandType.CLOSE);
            machine = b.build();
        } catch (Exception e) {
            throw new IllegalStateException("the state machine could not be configured", e);
        }
    }

    /**
     * @param outcome the outcome of the decision the command carries, or null
     * @return the state after the command, or empty if the machine denied it
     */
    public Optional<CaseState> apply(CaseState state, CommandType command, Outcome outcome) {
        machine.stopReactively().block();
        machine.getStateMachineAccessor().doWithAllRegions(access -> access
                .resetStateMachineReactively(new DefaultStateMachineContext<>(state, null, null, null)).block());
        machine.startReactively().block();
        MessageBuilder<CommandType> message = MessageBuilder.withPayload(command);
        if (outcome != null) {
            message.setHeader(OUTCOME, outcome);
        }
        StateMachineEventResult<CaseState, CommandType> result = machine.sendEvent(Mono.just(message.build())).blockLast();
        if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
            return Optional.empty();
        }
        CaseState after = machine.getState().getId();
        // an event whose guard fails is still reported ACCEPTED, with the state unchanged
        if (after == state && command != CommandType.ACKNOWLEDGE && command != CommandType.RECORD_DECISION) {
            return Optional.empty();
        }
        return Optional.of(after);
    }
}
