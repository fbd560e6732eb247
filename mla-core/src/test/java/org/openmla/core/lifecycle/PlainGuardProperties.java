package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.CASE_ID;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The lifecycle skips a guard's full check where a plain test of a field or two shows it met. That shortcut is a second
 * writing of the guard, so it must never say "met" where the full check says "not met": on random command sequences
 * (those of {@link ReplayProperties}), every guard of every command is tried both ways.
 */
class PlainGuardProperties {

    @Property(tries = 300)
    void a_guard_met_on_its_plain_test_is_met_on_its_full_check(@ForAll("steps") List<ReplayProperties.Step> steps) {
        RequestCase c = RequestCase.create(CASE_ID);
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        for (ReplayProperties.Step s : steps) {
            now = now.plus(Duration.ofMinutes(s.minutesLater()));
            Command command = ReplayProperties.command(c, s);
            for (Guard g : TransitionTable.standard().guards(command.type())) { // the guards the command is checked against
                if (GuardChecks.plainlyMet(g, c, command)) {
                    assertThat(GuardChecks.fullyChecked(g, c, command, now)).as(g + " on " + command.type() + " in " + c.state()).isEmpty();
                    Statistics.label("plainly met").collect(g);
                }
            }
            if (ReplayProperties.LIFECYCLE.apply(c, command, Clock.fixed(now, ZoneOffset.UTC)) instanceof TransitionResult.Applied a) {
                c = a.requestCase();
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<ReplayProperties.Step>> steps() {
        return new ReplayProperties().steps();
    }
}
