package org.openmla.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.DecisionRef;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionDetail;
import org.openmla.core.lifecycle.TransitionTable;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.PackRef;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.core.rules.TimeLimit;

/**
 * Builds the history of a case as a stored one would read, transition by transition along the standard table, for
 * store tests: a request received, a decision recorded with the UNTOC-style deadlines, acknowledged, reviewed, then
 * accepted and executed, or refused. Each step is an hour after the one before unless {@link #after} says otherwise.
 */
final class Story {
    static final Actor OFFICER = Actor.of("off-0017", "CASE_OFFICER");
    static final RunningDeadline ACKNOWLEDGE_IN_5_DAYS = new RunningDeadline("TEST_ACK", Citation.parse("UNTOC art. 18(13)"),
            "Acknowledge receipt.", DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.ACKNOWLEDGEMENT, TimeLimit.days(5)), false);
    static final RunningDeadline DECIDE_IN_30_DAYS = new RunningDeadline("TEST_DECIDE", Citation.parse("UNTOC art. 18(24)"),
            "Decide on the request.", DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION, TimeLimit.days(30)), false);

    private final RequestId id;
    private final List<Transition> history = new ArrayList<>();
    private Instant clock;
    private CaseState state = CaseState.DRAFT;

    private Story(RequestId id, Instant start) {
        this.id = id;
        this.clock = start;
    }

    static Story of(String id, Instant start) {
        return new Story(RequestId.of(id), start);
    }

    static DecisionRef decision(Outcome outcome, int measures) {
        return new DecisionRef("dec-" + outcome.name().toLowerCase(java.util.Locale.ROOT), "sha256:0f", outcome, false,
                java.util.Collections.nCopies(measures, outcome), LocalDate.of(2026, 3, 1), List.of(new PackRef("UNTOC", "1.0.0")));
    }

    Story after(Duration d) {
        clock = clock.plus(d);
        return this;
    }

    Story then(CommandType command) {
        return then(command, Optional.empty(), TransitionDetail.NONE, OFFICER);
    }

    Story then(CommandType command, Actor actor) {
        return then(command, Optional.empty(), TransitionDetail.NONE, actor);
    }

    Story then(CommandType command, Optional<String> reason, TransitionDetail detail, Actor actor) {
        CaseState to = TransitionTable.standard().target(state, command)
                .orElseThrow(() -> new IllegalStateException("no row " + state + " --" + command + "-->"));
        history.add(new Transition(history.size() + 1, clock, actor, state, to, command, reason, detail));
        state = to;
        clock = clock.plus(Duration.ofHours(1));
        return this;
    }

    /** Received, a GRANT decision recorded with both deadlines, then acknowledged and reviewed. */
    Story receivedAndReviewed() {
        return then(CommandType.RECEIVE)
                .then(CommandType.RECORD_DECISION, Optional.empty(), detail(decision(Outcome.GRANT, 2), List.of(), List.of(),
                        List.of(ACKNOWLEDGE_IN_5_DAYS, DECIDE_IN_30_DAYS)), OFFICER)
                .then(CommandType.ACKNOWLEDGE)
                .then(CommandType.START_REVIEW);
    }

    Story accepted() {
        return then(CommandType.ACCEPT, Optional.empty(), detail(decision(Outcome.GRANT, 2), List.of(0, 1), List.of(), List.of()), OFFICER);
    }

    Story executed() {
        return then(CommandType.START_EXECUTION)
                .then(CommandType.COMPLETE_EXECUTION, Optional.empty(), detail(Optional.empty(), List.of(), List.of(0, 1), List.of()), OFFICER);
    }

    Story refused(String groundId) {
        return then(CommandType.REFUSE, Optional.of("The execution would prejudice an investigation in the requested State."),
                new TransitionDetail(Optional.of(decision(Outcome.MAY_REFUSE, 2)), List.of(), List.of(), List.of(groundId), Optional.empty(),
                        List.of(), Optional.empty()), OFFICER);
    }

    private static TransitionDetail detail(DecisionRef decision, List<Integer> accepted, List<Integer> executed, List<RunningDeadline> deadlines) {
        return detail(Optional.of(decision), accepted, executed, deadlines);
    }

    private static TransitionDetail detail(Optional<DecisionRef> decision, List<Integer> accepted, List<Integer> executed,
            List<RunningDeadline> deadlines) {
        return new TransitionDetail(decision, accepted, executed, List.of(), Optional.empty(), deadlines, Optional.empty());
    }

    RequestCase build() {
        return RequestCase.replay(id, List.copyOf(history));
    }
}
