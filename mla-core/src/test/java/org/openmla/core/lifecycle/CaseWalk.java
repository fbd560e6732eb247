package org.openmla.core.lifecycle;

import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.openmla.core.rules.TimeLimit;

/**
 * Walks a case through commands for tests: each step is applied at the walk's clock, must be applied (a rejection
 * fails the test with its explanation), and moves the clock on by an hour unless told otherwise.
 */
final class CaseWalk {
    private final RequestLifecycle lifecycle;
    private RequestCase current;
    private Instant now;

    CaseWalk(RequestLifecycle lifecycle, RequestCase start, Instant now) {
        this.lifecycle = lifecycle;
        this.current = start;
        this.now = now;
    }

    static CaseWalk from(String instant) {
        return new CaseWalk(RequestLifecycle.standard(), RequestCase.create(CASE_ID), Instant.parse(instant));
    }

    static CaseWalk from(RequestCase c, Instant now) {
        return new CaseWalk(RequestLifecycle.standard(), c, now);
    }

    CaseWalk then(Function<Long, Command> command) {
        TransitionResult r = lifecycle.apply(current, command.apply(current.version()), clock());
        if (r instanceof TransitionResult.Rejected rejected) {
            throw new AssertionError("step rejected: " + rejected.explain());
        }
        current = r.requestCase();
        now = now.plus(Duration.ofHours(1));
        return this;
    }

    CaseWalk then(CommandType type) {
        return then(v -> Command.of(type, OFFICER, v));
    }

    CaseWalk after(Duration d) {
        now = now.plus(d);
        return this;
    }

    Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    Instant now() {
        return now;
    }

    RequestCase get() {
        return current;
    }

    /**
     * A case in the state along the canonical path, whose steps every later state shares: receipt, the first decision
     * (declaring the deadlines), review, a consultation recorded, and from there on to the state. Receipt is not yet
     * acknowledged on any path.
     */
    static RequestCase caseIn(CaseState state) {
        return walkTo(state).get();
    }

    static CaseWalk walkTo(CaseState state) {
        CaseWalk w = from("2026-03-02T08:00:00Z");
        return switch (state) {
            case DRAFT -> w;
            case SUBMITTED -> w.then(CommandType.SUBMIT);
            case RECEIVED -> received(w);
            case UNDER_REVIEW -> reviewed(w);
            case ADDITIONAL_INFORMATION_REQUESTED -> reviewed(w).then(CommandType.REQUEST_INFORMATION);
            case IN_CONSULTATION -> reviewed(w).then(CommandType.CONSULT);
            case POSTPONED -> reviewed(w).then(v -> Command.postpone(OFFICER, v, INTERFERES).because("Execution would harm a domestic investigation."));
            case ACCEPTED -> accepted(w);
            case IN_EXECUTION -> accepted(w).then(CommandType.START_EXECUTION);
            case PARTIALLY_EXECUTED -> accepted(w).then(CommandType.START_EXECUTION).then(v -> Command.executePartially(OFFICER, v, List.of(0)));
            case EXECUTED -> accepted(w).then(CommandType.START_EXECUTION).then(CommandType.COMPLETE_EXECUTION);
            case REFUSED -> reviewed(w).then(v -> Command.refuse(OFFICER, v, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS")
                    .because("Execution would prejudice essential interests."));
            case WITHDRAWN -> w.then(CommandType.WITHDRAW);
            case CLOSED -> w.then(CommandType.WITHDRAW).then(CommandType.CLOSE);
        };
    }

    private static CaseWalk received(CaseWalk w) {
        return w.then(CommandType.RECEIVE).then(v -> Command.recordDecision(OFFICER, v, GRANTED));
    }

    private static CaseWalk reviewed(CaseWalk w) {
        return received(w).then(CommandType.START_REVIEW).then(CommandType.CONSULT)
                .then(v -> Command.recordConsultation(OFFICER, v, ConsultationRecord.covering(GRANTED, ConsultationRecord.Result.NO_AGREEMENT)))
                .then(CommandType.RESUME_REVIEW);
    }

    private static CaseWalk accepted(CaseWalk w) {
        return reviewed(w).then(v -> Command.accept(OFFICER, v, GRANTED));
    }

    /**
     * A command of the type that meets every guard on the canonical case in any state where the table allows it.
     */
    static Command wellFormed(CommandType type, RequestCase c) {
        long v = c.version();
        String because = "Reasons as recorded in the file.";
        return switch (type) {
            case RECORD_DECISION -> Command.recordDecision(OFFICER, v, LifecyclePack.grantFor(c));
            case ACCEPT -> Command.accept(OFFICER, v, LifecyclePack.grantFor(c));
            case REFUSE -> Command.refuse(OFFICER, v, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS").because(because);
            case POSTPONE -> Command.postpone(OFFICER, v, INTERFERES).because(because);
            case RECORD_CONSULTATION -> Command.recordConsultation(OFFICER, v, ConsultationRecord.covering(GRANTED, ConsultationRecord.Result.NO_REPLY));
            case EXECUTE_PARTIALLY -> {
                List<Integer> left = c.acceptedMeasures().stream().filter(m -> !c.executedMeasures().contains(m)).toList();
                yield Command.executePartially(OFFICER, v, List.of(left.isEmpty() ? 0 : left.get(0)));
            }
            case EXTEND_DEADLINE -> {
                String ruleId = c.deadlines().stream().filter(CaseDeadline::isOpen).filter(d -> d.deadline().spec().maxExtension().isPresent())
                        .map(CaseDeadline::ruleId).findFirst().orElse(DECIDE);
                yield Command.extendDeadline(OFFICER, v, ruleId, TimeLimit.days(1)).because(because);
            }
            default -> Command.of(type, OFFICER, v).because(because);
        };
    }
}
