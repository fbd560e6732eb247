package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.CASE_ID;
import static org.openmla.core.lifecycle.LifecyclePack.OFFICER;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.openmla.core.decision.Decision;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code apply(case, type, actor, expectedVersion, clock)} and {@code apply(case, type, actor, expectedVersion, decision,
 * clock)} skip making the {@link Command} where every guard is met on
 * its plain test: on random command sequences (those of {@link ReplayProperties}), in every snapshot reached, every
 * command that carries nothing but its type is tried both ways on the current version and an on-time clock, and one of
 * them also on a stale version and on a clock that runs behind the history, and every command that carries a decision
 * and nothing else on one of {@link ReplayProperties#DECISIONS}; the two results must be equal (the same snapshot and
 * transition, or the same rejection with the same unmet guards).
 */
class PlainApplyProperties {

    /** The commands {@link Command#of} accepts. */
    private static final List<CommandType> PLAIN = List.of(CommandType.values()).stream()
            .filter(t -> !t.carriesDecision() && t != CommandType.RECORD_CONSULTATION && t != CommandType.EXTEND_DEADLINE).toList();

    @Property(tries = 50)
    void applying_a_command_by_its_parts_gives_what_applying_the_command_gives(@ForAll("steps") List<ReplayProperties.Step> steps) {
        RequestCase c = RequestCase.create(CASE_ID);
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        int applied = 0;
        for (ReplayProperties.Step s : steps) {
            now = now.plus(Duration.ofMinutes(s.minutesLater()));
            Clock onTime = Clock.fixed(now, ZoneOffset.UTC);
            for (Clock clock : List.of(onTime, Clock.fixed(now.minus(Duration.ofDays(30)), ZoneOffset.UTC))) {
                for (long version : c.version() == 0 ? List.of(0L) : List.of(c.version(), c.version() - 1)) {
                    // every command on time and on the current version; one, picked by the step, also late or stale
                    for (CommandType type : clock == onTime && version == c.version() ? PLAIN : List.of(PLAIN.get(s.variant() % PLAIN.size()))) {
                        TransitionResult byParts = ReplayProperties.LIFECYCLE.apply(c, type, OFFICER, version, clock);
                        TransitionResult byCommand = ReplayProperties.LIFECYCLE.apply(c, Command.of(type, OFFICER, version), clock);
                        if (!byParts.equals(byCommand)) { // no description made per command: the property tries many
                            assertThat(byParts).as(type + " on version " + version + " in " + c.state()).isEqualTo(byCommand);
                        }
                        applied += byParts.isApplied() ? 1 : 0;
                    }
                }
            }
            // and every command that carries a decision and nothing else, on one of the decisions
            Decision decision = ReplayProperties.DECISIONS.get(s.variant() % ReplayProperties.DECISIONS.size());
            for (CommandType type : WITH_DECISION) {
                TransitionResult byParts = ReplayProperties.LIFECYCLE.apply(c, type, OFFICER, c.version(), decision, onTime);
                TransitionResult byCommand = ReplayProperties.LIFECYCLE.apply(c, withDecision(type, c.version(), decision), onTime);
                if (!byParts.equals(byCommand)) {
                    assertThat(byParts).as(type + " in " + c.state()).isEqualTo(byCommand);
                }
                applied += byParts.isApplied() ? 1 : 0;
            }
            if (ReplayProperties.LIFECYCLE.apply(c, ReplayProperties.command(c, s), Clock.fixed(now, ZoneOffset.UTC))
                    instanceof TransitionResult.Applied a) {
                c = a.requestCase();
            }
        }
        Statistics.label("commands applied by their parts").collect(applied == 0 ? "none" : applied < 10 ? "1-9" : "10+");
    }

    /** The commands that carry a decision. */
    private static final List<CommandType> WITH_DECISION = List.of(CommandType.RECORD_DECISION, CommandType.ACCEPT, CommandType.REFUSE, CommandType.POSTPONE);

    /** @return the command the factory makes for the type, with the decision and nothing else */
    static Command withDecision(CommandType type, long version, Decision decision) {
        return switch (type) {
            case RECORD_DECISION -> Command.recordDecision(OFFICER, version, decision);
            case ACCEPT -> Command.accept(OFFICER, version, decision);
            case REFUSE -> Command.refuse(OFFICER, version, decision, new String[0]);
            case POSTPONE -> Command.postpone(OFFICER, version, decision);
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<ReplayProperties.Step>> steps() {
        return new ReplayProperties().steps();
    }
}
