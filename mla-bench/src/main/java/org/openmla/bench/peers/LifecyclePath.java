package org.openmla.bench.peers;

import static org.openmla.core.lifecycle.CommandType.ACCEPT;
import static org.openmla.core.lifecycle.CommandType.ACKNOWLEDGE;
import static org.openmla.core.lifecycle.CommandType.CLOSE;
import static org.openmla.core.lifecycle.CommandType.COMPLETE_EXECUTION;
import static org.openmla.core.lifecycle.CommandType.RECEIVE;
import static org.openmla.core.lifecycle.CommandType.RECEIVE_INFORMATION;
import static org.openmla.core.lifecycle.CommandType.RECORD_DECISION;
import static org.openmla.core.lifecycle.CommandType.REQUEST_INFORMATION;
import static org.openmla.core.lifecycle.CommandType.START_EXECUTION;
import static org.openmla.core.lifecycle.CommandType.START_REVIEW;

import java.util.List;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;

/**
 * The ten-step path every lifecycle peer walks: a request received, acknowledged, reviewed, completed with more
 * information, decided, accepted, executed and closed. Each peer is told the case's state before each step, as a
 * host that stores its cases and reloads one per command must be.
 */
public final class LifecyclePath {
    private LifecyclePath() {}

    /** The commands, in order. */
    public static final List<CommandType> COMMANDS = List.of(RECEIVE, ACKNOWLEDGE, START_REVIEW, REQUEST_INFORMATION, RECEIVE_INFORMATION,
            RECORD_DECISION, ACCEPT, START_EXECUTION, COMPLETE_EXECUTION, CLOSE);

    /** The state after each command. */
    public static final List<CaseState> STATES = List.of(CaseState.RECEIVED, CaseState.RECEIVED, CaseState.UNDER_REVIEW,
            CaseState.ADDITIONAL_INFORMATION_REQUESTED, CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, CaseState.ACCEPTED,
            CaseState.IN_EXECUTION, CaseState.EXECUTED, CaseState.CLOSED);

    /** The transitions of the path as (from, command, to), for the peers' tables. */
    static final CaseState[] FROM = {CaseState.DRAFT, CaseState.RECEIVED, CaseState.RECEIVED, CaseState.UNDER_REVIEW,
        CaseState.ADDITIONAL_INFORMATION_REQUESTED, CaseState.UNDER_REVIEW, CaseState.UNDER_REVIEW, CaseState.ACCEPTED, CaseState.IN_EXECUTION,
        CaseState.EXECUTED};
}
