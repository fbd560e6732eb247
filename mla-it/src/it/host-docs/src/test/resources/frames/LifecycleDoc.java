package org.openmla.core.lifecycle;

// with-source: mla-core/src/test/java/org/openmla/core/lifecycle/LifecyclePack.java
import static org.openmla.core.lifecycle.CommandType.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.openmla.core.model.RequestId;
import org.openmla.core.decision.Decision;
import org.openmla.core.rules.TimeLimit;
//@imports

/**
 * docs/lifecycle.md, run on the decisions of LCX, the fictional treaty of the lifecycle tests (compiled from the
 * checkout: it is not published). Its request is the case LC-2026-1 with three measures.
 */
public final class LifecycleDoc {
    static final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    static RequestCase underReview(RequestLifecycle lifecycle, Actor officer, Decision decision) {
        RequestCase c = RequestCase.create(LifecyclePack.CASE_ID);
        c = lifecycle.apply(c, Command.of(RECEIVE, officer, c.version()), clock).requestCase();
        c = lifecycle.apply(c, Command.recordDecision(officer, c.version(), decision), clock).requestCase();
        return lifecycle.apply(c, Command.of(START_REVIEW, officer, c.version()), clock).requestCase();
    }

    static void commands(RequestCase c, Decision decision, CaseDeadline deadline) {
//@snippet commands
        System.out.println("commands built for " + officer.officerId() + " as " + officer.role());
    }

    static void refuse(RequestLifecycle lifecycle, RequestCase c, Actor officer, Decision decision) {
//@snippet refuse
    }

    static void calendar(RequestCase c, Instant now) {
//@snippet calendar
        System.out.println("due " + calendar.due(c, now).stream().map(DueDeadline::ruleId).toList());
        System.out.println("overdue in 40 days " + calendar.overdue(c, now.plus(Duration.ofDays(40))).stream().map(DueDeadline::ruleId).toList());
        System.out.println("running " + calendar.running(c).size());
    }

    static RequestCase walk(Actor officer, Actor head, Decision deficient, Decision noDualCriminality) {
//@snippet walk
        return c;
    }

    public static void main(String[] args) {
        RequestLifecycle lifecycle = RequestLifecycle.standard();
        RequestCase c = underReview(lifecycle, LifecyclePack.OFFICER, LifecyclePack.GRANTED);

        // expect-output: commands built for off-0017 as CASE_OFFICER
        commands(c, LifecyclePack.GRANTED, c.deadlines().get(0));
        // expect-output: REFUSE in state UNDER_REVIEW does not meet 4 guards:
        // expect-output: - refuse.reasons-given: Reasons are given for a refusal. [no reasons given]
        // expect-output: (LCX art. 4) [forbidden grounds: BANK_SECRECY]
        // expect-output: (LCX art. 6) [no consultation recorded for lcx.6 (LCX art. 6)]
        refuse(lifecycle, c, LifecyclePack.OFFICER, LifecyclePack.GRANTED);
        // expect-output: due [lcx.9.1, lcx.9.2]
        // expect-output: overdue in 40 days [lcx.9.1, lcx.9.2]
        // expect-output: running 2
        calendar(c, clock.instant());
        RequestCase closed = walk(LifecyclePack.OFFICER, LifecyclePack.SUPERVISOR, LifecyclePack.DEFICIENT, LifecyclePack.NO_DUAL_CRIMINALITY);
        // expect-output: walk: CLOSED after 14 transitions, replays equal
        System.out.println("walk: " + closed.state() + " after " + closed.history().size() + " transitions, replays "
                + (RequestCase.replay(closed.caseId(), closed.history()).equals(closed) ? "equal" : "DIFFERENT"));
    }
}
