package org.openmla.testkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.openmla.core.lifecycle.CaseDeadline;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.testkit.internal.AssertionFailures;
import org.openmla.testkit.internal.CaseExpectations;
import org.openmla.testkit.internal.CaseExpectations.CaseExpectation;
import org.openmla.testkit.internal.CaseText;
import org.openmla.testkit.internal.CaseView;

/**
 * Assertions on a {@link RequestCase}: its state, version, measures and deadlines. Obtain one with
 * {@link MlaAssertions#assertThat(RequestCase)} or {@link TransitionResultAssert#resultingCase()}.
 *
 * <p>Deadlines are named by rule id ({@code tl.10}) or by citation ({@code TESTLAND art. 10}); their due instants are
 * counted on a {@link DeadlineCalendar} for UTC unless {@link #usingCalendar(DeadlineCalendar)} names another zone.
 * A failure says what was expected and what the case shows, then renders the case: its history (without the free-text
 * reasons) and its deadlines with their due instants:
 *
 * <pre>
 * Expected state REFUSED but was UNDER_REVIEW
 *
 * Case NL-TEST-2026-0101: state UNDER_REVIEW, version 3
 * History:
 *   v1 2026-03-02T09:00:00Z  DRAFT --RECEIVE--&gt; RECEIVED  by officer-1 (CASE_OFFICER)
 * ...
 * </pre>
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 */
public final class RequestCaseAssert extends AbstractAssert<RequestCaseAssert, RequestCase> {
    private final Optional<TransitionResult> result;
    private DeadlineCalendar calendar = DeadlineCalendar.of(ZoneOffset.UTC);

    RequestCaseAssert(RequestCase actual, Optional<TransitionResult> result) {
        super(actual, RequestCaseAssert.class);
        this.result = result;
    }

    /** Counts deadlines on this calendar from now on. @return this assertion */
    public RequestCaseAssert usingCalendar(DeadlineCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        return this;
    }

    /** Checks the case's state. @return this assertion */
    public RequestCaseAssert isIn(CaseState state) {
        return expect(CaseExpectations.state(state), lastInstant());
    }

    /** Checks the number of transitions made. @return this assertion */
    public RequestCaseAssert hasVersion(long version) {
        isNotNull();
        if (actual.version() != version) {
            throw fail("Expected version " + version + " but was " + actual.version(), lastInstant());
        }
        return this;
    }

    /** Checks the measures the latest acceptance accepted (indexes from 0). @return this assertion */
    public RequestCaseAssert hasAcceptedMeasures(Integer... measures) {
        isNotNull();
        if (!actual.acceptedMeasures().equals(List.of(measures))) {
            throw fail("Expected accepted measures " + List.of(measures) + " but was " + actual.acceptedMeasures(), lastInstant());
        }
        return this;
    }

    /** Checks the measures recorded as executed (indexes from 0). @return this assertion */
    public RequestCaseAssert hasExecutedMeasures(Integer... measures) {
        isNotNull();
        if (!actual.executedMeasures().equals(List.of(measures))) {
            throw fail("Expected executed measures " + List.of(measures) + " but was " + actual.executedMeasures(), lastInstant());
        }
        return this;
    }

    /** Checks that a consultation was recorded. @return this assertion */
    public RequestCaseAssert hasRecordedConsultation() {
        isNotNull();
        if (actual.consultations().isEmpty()) {
            throw fail("Expected a recorded consultation but none was recorded", lastInstant());
        }
        return this;
    }

    /**
     * Checks that a deadline stands so.
     *
     * @param deadline the rule id or a citation
     * @param status e.g. {@link CaseDeadline.Status#MET}
     * @return this assertion
     */
    public RequestCaseAssert hasDeadline(String deadline, CaseDeadline.Status status) {
        return expect(CaseExpectations.deadlineStatus(deadline, status), lastInstant());
    }

    /**
     * Checks when a deadline falls due, on the calendar.
     *
     * @param deadline the rule id or a citation
     * @param due the due instant
     * @return this assertion
     */
    public RequestCaseAssert hasDeadlineDueAt(String deadline, Instant due) {
        return expect(CaseExpectations.dueAt(deadline, due), lastInstant());
    }

    /**
     * Checks that a running deadline is overdue at the instant: it fell due before it and was not met.
     *
     * @param deadline the rule id or a citation
     * @param at the instant
     * @return this assertion
     */
    public RequestCaseAssert hasOverdueDeadline(String deadline, Instant at) {
        return expect(CaseExpectations.overdue(deadline), Objects.requireNonNull(at, "at"));
    }

    /** Checks that no running deadline is overdue at the instant. @return this assertion */
    public RequestCaseAssert hasNoOverdueDeadlines(Instant at) {
        return expect(CaseExpectations.noOverdue(), Objects.requireNonNull(at, "at"));
    }

    private Instant lastInstant() {
        return actual == null ? Instant.EPOCH : actual.last().map(t -> t.at()).orElse(Instant.EPOCH);
    }

    private RequestCaseAssert expect(CaseExpectation e, Instant at) {
        isNotNull();
        CaseView view = new CaseView(result, actual, at, calendar);
        if (!e.isMetBy(view)) {
            throw fail("Expected " + e.expected() + " but was " + e.actual(view), at);
        }
        return this;
    }

    private AssertionError fail(String message, Instant at) {
        return AssertionFailures.failure(info, message + "\n\n" + CaseText.render(new CaseView(result, actual, at, calendar)));
    }
}
