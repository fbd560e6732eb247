package org.openmla.testkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.Guard;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.testkit.internal.AssertionFailures;
import org.openmla.testkit.internal.CaseExpectations;
import org.openmla.testkit.internal.CaseExpectations.CaseExpectation;
import org.openmla.testkit.internal.CaseText;
import org.openmla.testkit.internal.CaseView;

/**
 * Assertions on what applying a command gave ({@link TransitionResult}): applied, or rejected and why. Obtain one
 * with {@link MlaAssertions#assertThat(TransitionResult)}.
 *
 * <pre>{@code
 * assertThat(lifecycle.apply(c, Command.refuse(officer, c.version(), decision, "BANK_SECRECY"), clock))
 *     .wasRejectedBecause("refuse.no-forbidden-ground")
 *     .isIn(CaseState.UNDER_REVIEW);
 * }</pre>
 *
 * <p>A failure says what was expected and what happened, then renders the case: the rejection with every unmet guard,
 * the history and the deadlines:
 *
 * <pre>
 * Expected rejected because of refuse.reasons-given but was applied: UNDER_REVIEW --REFUSE--&gt; REFUSED
 *
 * Case NL-TEST-2026-0101: state REFUSED, version 4
 * ...
 * </pre>
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 */
public final class TransitionResultAssert extends AbstractAssert<TransitionResultAssert, TransitionResult> {
    private DeadlineCalendar calendar = DeadlineCalendar.of(ZoneOffset.UTC);

    TransitionResultAssert(TransitionResult actual) {
        super(actual, TransitionResultAssert.class);
    }

    /** Counts deadlines on this calendar from now on. @return this assertion */
    public TransitionResultAssert usingCalendar(DeadlineCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        return this;
    }

    /** Checks that the command was applied. @return this assertion */
    public TransitionResultAssert wasApplied() {
        return expect(CaseExpectations.applied(), lastInstant());
    }

    /** Checks that the command was rejected, for whatever reason. @return this assertion */
    public TransitionResultAssert wasRejected() {
        isNotNull();
        if (actual.isApplied()) {
            throw fail("Expected the command to be rejected but was " + CaseText.describe(actual), lastInstant());
        }
        return this;
    }

    /** Checks that the command was rejected for this reason (stale version, illegal transition, guard). @return this assertion */
    public TransitionResultAssert wasRejectedAs(TransitionResult.Reason reason) {
        return expect(CaseExpectations.rejected(reason), lastInstant());
    }

    /**
     * Checks that the command was rejected and that this guard is among the unmet ones.
     *
     * @param guardId e.g. {@code refuse.reasons-given}
     * @return this assertion
     * @throws IllegalArgumentException if no guard has the id
     */
    public TransitionResultAssert wasRejectedBecause(String guardId) {
        return expect(CaseExpectations.rejectedBecause(guardId), lastInstant());
    }

    /** Checks that the command was rejected and that this guard is among the unmet ones. @return this assertion */
    public TransitionResultAssert wasRejectedBecause(Guard guard) {
        return wasRejectedBecause(Objects.requireNonNull(guard, "guard").id());
    }

    /** Checks the state of the case after the command (unchanged if it was rejected). @return this assertion */
    public TransitionResultAssert isIn(CaseState state) {
        return expect(CaseExpectations.state(state), lastInstant());
    }

    /**
     * Checks that a running deadline of the case after the command is overdue at the instant.
     *
     * @param deadline the rule id or a citation
     * @param at the instant
     * @return this assertion
     */
    public TransitionResultAssert hasOverdueDeadline(String deadline, Instant at) {
        return expect(CaseExpectations.overdue(deadline), Objects.requireNonNull(at, "at"));
    }

    /** @return assertions on the case after the command */
    public RequestCaseAssert resultingCase() {
        isNotNull();
        return new RequestCaseAssert(actual.requestCase(), Optional.of(actual)).usingCalendar(calendar);
    }

    private Instant lastInstant() {
        return actual == null ? Instant.EPOCH : actual.requestCase().last().map(t -> t.at()).orElse(Instant.EPOCH);
    }

    private TransitionResultAssert expect(CaseExpectation e, Instant at) {
        isNotNull();
        CaseView view = new CaseView(Optional.of(actual), actual.requestCase(), at, calendar);
        if (!e.isMetBy(view)) {
            throw fail("Expected " + e.expected() + " but was " + e.actual(view), at);
        }
        return this;
    }

    private AssertionError fail(String message, Instant at) {
        return AssertionFailures.failure(info, message + "\n\n" + CaseText.render(new CaseView(Optional.of(actual), actual.requestCase(), at, calendar)));
    }
}
