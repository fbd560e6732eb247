package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openmla.core.decision.Decision;

/**
 * An acceptance on the decision the case recorded reuses the recorded reference instead of rebuilding its facts; the
 * reference it records must still be exactly the one {@link DecisionRef#of(Decision)} makes, whatever the decision.
 */
class DecisionRefReuseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private static final List<Decision> DECISIONS = List.of(GRANTED, GRANTED_AGAIN, decide(), ESSENTIAL_INTERESTS, DISCRIMINATORY, INTERFERES,
            NO_DUAL_CRIMINALITY, DEFICIENT, NOT_VALIDATED_ORDER, DISCRIMINATION_OPEN, POLITICAL_OPEN, NOT_IN_FORCE, ENGINE_ERROR, BANK_SECRECY_PROPOSED,
            TERRORISM_POLITICAL, ESSENTIAL_INTERESTS_PROPOSED, URGENT);

    @Test
    void aReferenceIsTheSameAsADecisionExactlyWhenOfWouldMakeAnEqualOne() {
        for (Decision a : DECISIONS) {
            DecisionRef ref = DecisionRef.of(a);
            for (Decision b : DECISIONS) {
                assertThat(ref.sameAs(b)).as("%s against %s", a.outcome(), b.outcome()).isEqualTo(ref.equals(DecisionRef.of(b)));
            }
        }
    }

    @Test
    void theSameIdWithOtherFindingsIsNotTheSameDecision() {
        DecisionRef granted = DecisionRef.of(GRANTED);
        Decision forged = DecisionFacts.of(ESSENTIAL_INTERESTS).asDecision(granted); // GRANTED's id, digest and outcomes, other findings
        Decision copy = granted.facts().orElseThrow().asDecision(granted); // the same facts, without statements or citations

        assertThat(granted.sameAs(forged)).isFalse();
        assertThat(DecisionRef.of(forged)).isNotEqualTo(granted);
        assertThat(granted.sameAs(copy)).isTrue();
        assertThat(DecisionRef.of(copy)).isEqualTo(granted);
    }

    @Test
    void aReferenceWithoutFactsIsNeverReused() {
        DecisionRef full = DecisionRef.of(GRANTED);
        DecisionRef bare = new DecisionRef(full.decisionId(), full.inputDigest(), full.outcome(), full.partial(), full.measureOutcomes(), full.lawDate(),
                full.packs());

        assertThat(bare.sameAs(GRANTED)).isFalse();
    }

    @Test
    void anAcceptanceRecordsTheReferenceOfItsOwnDecision() {
        RequestLifecycle lifecycle = RequestLifecycle.standard();
        for (Decision accepted : List.of(GRANTED, decide(), GRANTED_AGAIN)) {
            RequestCase c = RequestCase.create(CASE_ID);
            for (CommandType type : List.of(CommandType.RECEIVE, CommandType.START_REVIEW)) {
                c = lifecycle.apply(c, Command.of(type, OFFICER, c.version()), CLOCK).requestCase();
            }
            c = lifecycle.apply(c, Command.recordDecision(OFFICER, c.version(), GRANTED), CLOCK).requestCase();
            TransitionResult r = lifecycle.apply(c, Command.accept(OFFICER, c.version(), accepted), CLOCK);

            assertThat(r.isApplied()).as(r.toString()).isTrue();
            Optional<DecisionRef> recorded = ((TransitionResult.Applied) r).transition().detail().decision();
            assertThat(recorded).contains(DecisionRef.of(accepted));
            if (accepted != GRANTED_AGAIN) { // the same decision: the reference recorded before, not a rebuilt one
                assertThat(recorded.orElseThrow()).isSameAs(c.latestDecision().orElseThrow());
            }
            assertThat(RequestCase.replay(CASE_ID, r.requestCase().history())).isEqualTo(r.requestCase());

            RequestCase readBack = RequestCase.replay(CASE_ID, c.history()); // knows the reference only, not the decision it was made from
            Optional<DecisionRef> again = ((TransitionResult.Applied) lifecycle.apply(readBack, Command.accept(OFFICER, c.version(), accepted), CLOCK))
                    .transition().detail().decision();
            assertThat(again).contains(DecisionRef.of(accepted));
        }
    }
}
