package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.OFFICER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.TimeLimit;

/**
 * Time limits that run from the arrest of the person sought, or from his or her consent to surrender (as in a
 * surrender procedure), start when the case records the event: a detained person's deadline must never sit PENDING.
 * The pack is fictional; it only declares two such deadlines.
 */
class SurrenderDeadlineTest {

    static final String AFTER_ARREST = "sx.17.3";
    static final String AFTER_CONSENT = "sx.17.2";
    static final DeadlineCalendar CALENDAR = DeadlineCalendar.of(ZoneId.of("Europe/Brussels"));

    static Decision decision() {
        RulePack pack = RulePack.builder("SURRENDERX", "1.0.0")
                .instrument(Instrument.of("SURRENDERX", "Fictional surrender instrument", LocalDate.of(2002, 6, 13), LocalDate.of(2004, 1, 1)))
                .rule(Rule.builder(AFTER_ARREST, "SURRENDERX art. 17(3)").deadline(
                                DeadlineSpec.of(DeadlineEvent.ARREST, DeadlineEvent.DECISION, TimeLimit.days(60)).extendableBy(TimeLimit.days(30)))
                        .statement("Without consent, the final decision is taken within 60 days of the arrest.").when(Conditions.always()).build())
                .rule(Rule.builder(AFTER_CONSENT, "SURRENDERX art. 17(2)").deadline(
                                DeadlineSpec.of(DeadlineEvent.CONSENT_TO_SURRENDER, DeadlineEvent.DECISION, TimeLimit.days(10)))
                        .statement("With consent, the final decision is taken within 10 days of the consent.").when(Conditions.always()).build())
                .build();
        return RulesEngine.of(RulePackRegistry.of(pack))
                .evaluate(Evaluation.of(LifecyclePack.request().build()).pack("SURRENDERX").lawDate(LifecyclePack.LAW_DATE).build());
    }

    @Test
    void the_deadlines_wait_for_their_event_and_start_when_it_is_recorded() {
        Decision d = decision();
        CaseWalk walk = CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.RECEIVE).then(v -> Command.recordDecision(OFFICER, v, d));

        RequestCase beforeArrest = walk.get();
        assertThat(beforeArrest.deadline(AFTER_ARREST).orElseThrow().status()).isEqualTo(CaseDeadline.Status.PENDING);

        RequestCase arrested = walk.then(CommandType.RECORD_ARREST).get(); // recorded at 10:00Z (11:00 in Brussels) on 2 March; 60 days later is after the change to summer time
        assertThat(arrested.deadline(AFTER_ARREST).orElseThrow().status()).isEqualTo(CaseDeadline.Status.RUNNING);
        assertThat(CALENDAR.dueAt(arrested.deadline(AFTER_ARREST).orElseThrow())).contains(Instant.parse("2026-05-01T09:00:00Z"));
        assertThat(arrested.deadline(AFTER_CONSENT).orElseThrow().status()).isEqualTo(CaseDeadline.Status.PENDING);

        RequestCase consented = walk.after(java.time.Duration.ofDays(3)).then(CommandType.RECORD_CONSENT_TO_SURRENDER).get();
        assertThat(CALENDAR.dueAt(consented.deadline(AFTER_CONSENT).orElseThrow())).contains(Instant.parse("2026-03-15T11:00:00Z"));
        assertThat(CALENDAR.overdue(consented, Instant.parse("2026-03-16T00:00:00Z"))).extracting(DueDeadline::ruleId).containsExactly(AFTER_CONSENT);
    }

    @Test
    void an_arrest_is_recorded_once() {
        RequestCase arrested = CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.RECEIVE).then(CommandType.RECORD_ARREST).get();

        TransitionResult again = RequestLifecycle.standard().apply(arrested, Command.of(CommandType.RECORD_ARREST, OFFICER, arrested.version()),
                LifecyclePack.clockAt("2026-03-03T08:00:00Z"));

        assertThat(again).isInstanceOfSatisfying(TransitionResult.Rejected.class, r -> assertThat(r.guards()).containsExactly(Guard.ARREST_ONCE));
    }
}
