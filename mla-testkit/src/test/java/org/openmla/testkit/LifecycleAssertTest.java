package org.openmla.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.testkit.MlaAssertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.CaseDeadline;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.Guard;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.model.RequestId;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;

/** The lifecycle assertions, used with the lifecycle directly (static imports of AssertJ's and the kit's assertThat together). */
class LifecycleAssertTest {

    static final Actor OFFICER = Actor.of("officer-7", "CASE_OFFICER");
    static final RequestLifecycle LIFECYCLE = RequestLifecycle.standard();
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Decision POLITICAL = TestlandDecisions.with(Outcome.MAY_REFUSE);

    static RequestCase apply(RequestCase c, Command command, Instant at) {
        TransitionResult r = LIFECYCLE.apply(c, command, Clock.fixed(at, ZoneOffset.UTC));
        assertThat(r.isApplied()).as("setup step %s", command.type()).isTrue();
        return r.requestCase();
    }

    /** Received at T0, decision recorded, under review. */
    static RequestCase underReview() {
        RequestCase c = RequestCase.create(RequestId.of("NL-TEST-2026-0101"));
        c = apply(c, Command.of(CommandType.RECEIVE, OFFICER, 0), T0);
        c = apply(c, Command.recordDecision(OFFICER, 1, POLITICAL), T0.plusSeconds(60));
        return apply(c, Command.of(CommandType.START_REVIEW, OFFICER, 2), T0.plusSeconds(120));
    }

    @Test
    void a_rejected_command_names_its_unmet_guards() {
        RequestCase c = underReview();
        TransitionResult r = LIFECYCLE.apply(c, Command.refuse(OFFICER, 3, POLITICAL, "POLITICAL_OFFENCE"), Clock.fixed(T0.plusSeconds(180), ZoneOffset.UTC));

        assertThat(r).wasRejected().wasRejectedAs(TransitionResult.Reason.GUARD_FAILED)
                .wasRejectedBecause("refuse.reasons-given").wasRejectedBecause(Guard.REFUSE_CONSULTED)
                .isIn(CaseState.UNDER_REVIEW);
        assertThatThrownBy(() -> assertThat(r).wasApplied())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected command applied but was rejected as GUARD_FAILED because of [refuse.reasons-given, "
                        + "refuse.consulted]\n\nCase NL-TEST-2026-0101: state UNDER_REVIEW, version 3\nrejected (GUARD_FAILED): REFUSE in state "
                        + "UNDER_REVIEW does not meet 2 guards:\n- refuse.reasons-given: Reasons are given for a refusal. (TESTLAND art. 4(2)(a)) [no reasons given]");
        assertThatThrownBy(() -> assertThat(r).wasRejectedBecause("refuse.grounds-found"))
                .hasMessageStartingWith("Expected rejected because of refuse.grounds-found but was rejected as GUARD_FAILED because of "
                        + "[refuse.reasons-given, refuse.consulted]\n\n");
        assertThatThrownBy(() -> assertThat(r).isIn(CaseState.REFUSED))
                .hasMessageStartingWith("Expected state REFUSED but was UNDER_REVIEW\n\nCase NL-TEST-2026-0101");
    }

    @Test
    void an_applied_command_fails_the_rejection_assertions() {
        RequestCase c = underReview();
        TransitionResult r = LIFECYCLE.apply(c, Command.of(CommandType.CONSULT, OFFICER, 3), Clock.fixed(T0.plusSeconds(180), ZoneOffset.UTC));

        assertThat(r).wasApplied().isIn(CaseState.IN_CONSULTATION).resultingCase().hasVersion(4).isIn(CaseState.IN_CONSULTATION);
        assertThatThrownBy(() -> assertThat(r).wasRejected())
                .hasMessageStartingWith("Expected the command to be rejected but was applied: UNDER_REVIEW --CONSULT--> IN_CONSULTATION\n\n");
        assertThatThrownBy(() -> assertThat(r).wasRejectedBecause("refuse.reasons-given"))
                .hasMessageStartingWith("Expected rejected because of refuse.reasons-given but was applied: UNDER_REVIEW --CONSULT--> IN_CONSULTATION\n\n");
        assertThatThrownBy(() -> assertThat(r).wasRejectedAs(TransitionResult.Reason.STALE_VERSION))
                .hasMessageStartingWith("Expected rejected as STALE_VERSION but was applied: UNDER_REVIEW --CONSULT--> IN_CONSULTATION\n\n");
    }

    @Test
    void deadlines_on_the_case() {
        RequestCase c = underReview();
        Instant due = T0.plus(Duration.ofDays(30));

        assertThat(c).isIn(CaseState.UNDER_REVIEW).hasVersion(3)
                .hasDeadline("tl.10", CaseDeadline.Status.RUNNING)
                .hasDeadlineDueAt("TESTLAND art. 10", due)
                .hasNoOverdueDeadlines(due)
                .hasOverdueDeadline("tl.10", due.plusSeconds(1));
        assertThatThrownBy(() -> assertThat(c).hasOverdueDeadline("tl.10", due))
                .hasMessageStartingWith("Expected deadline tl.10 overdue but was TESTLAND art. 10 (tl.10), 30 days from RECEIPT to DECISION: "
                        + "RUNNING since 2026-03-02T09:00:00Z, due 2026-04-01T09:00:00Z\n\n");
        assertThatThrownBy(() -> assertThat(c).hasNoOverdueDeadlines(due.plusSeconds(1)))
                .hasMessageStartingWith("Expected no deadline overdue but was TESTLAND art. 10 (tl.10), 30 days from RECEIPT to DECISION: "
                        + "RUNNING since 2026-03-02T09:00:00Z, due 2026-04-01T09:00:00Z, OVERDUE\n\n");
        assertThatThrownBy(() -> assertThat(c).hasDeadline("tl.11", CaseDeadline.Status.RUNNING))
                .hasMessageStartingWith("Expected deadline tl.11 RUNNING but was no deadline tl.11 (declared: [tl.10])\n\n");
        assertThatThrownBy(() -> assertThat(c).hasVersion(4)).hasMessageStartingWith("Expected version 4 but was 3\n\n");
        assertThatThrownBy(() -> assertThat(c).hasRecordedConsultation())
                .hasMessageStartingWith("Expected a recorded consultation but none was recorded\n\n");
        assertThatThrownBy(() -> assertThat(c).hasAcceptedMeasures(0))
                .hasMessageStartingWith("Expected accepted measures [0] but was []\n\n");
        assertThatThrownBy(() -> assertThat(c).hasExecutedMeasures(0))
                .hasMessageStartingWith("Expected executed measures [0] but was []\n\n");
    }

    @Test
    void the_case_rendering_holds_no_reasons() {
        RequestCase c = underReview();
        RequestCase refused = apply(apply(apply(c, Command.of(CommandType.CONSULT, OFFICER, 3), T0.plusSeconds(180)),
                Command.recordConsultation(OFFICER, 4, org.openmla.core.lifecycle.ConsultationRecord.covering(POLITICAL,
                        org.openmla.core.lifecycle.ConsultationRecord.Result.NO_AGREEMENT)), T0.plusSeconds(240)),
                Command.refuse(OFFICER, 5, POLITICAL, "POLITICAL_OFFENCE").because("Secret reasons naming Sam Example."), T0.plusSeconds(300));

        assertThatThrownBy(() -> assertThat(refused).isIn(CaseState.CLOSED))
                .hasMessageNotContaining("Sam Example")
                .hasMessageContaining("IN_CONSULTATION --REFUSE--> REFUSED  by officer-7 (CASE_OFFICER)  Decision[")
                .hasMessageContaining("grounds [POLITICAL_OFFENCE]")
                .hasMessageContaining("consultation NO_AGREEMENT")
                .hasMessageContaining("MET since 2026-03-02T09:00:00Z, due 2026-04-01T09:00:00Z, met 2026-03-02T09:05:00Z");
    }
}
