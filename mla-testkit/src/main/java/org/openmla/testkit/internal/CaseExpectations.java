package org.openmla.testkit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openmla.core.lifecycle.CaseDeadline;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.Guard;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.rules.Citation;

/**
 * What a test may expect of a case after a command, shared by the case assertions and the case fixture. A deadline
 * is named by its rule id ({@code tl.10}) or by a citation ({@code TESTLAND art. 10}, matching citations within it).
 */
public final class CaseExpectations {
    private CaseExpectations() {}

    /** One expectation about a case. Immutable. */
    public interface CaseExpectation {
        /** @return what is expected */
        String expected();

        /** @return what the case shows */
        String actual(CaseView view);

        /** @return whether the case meets it */
        boolean isMetBy(CaseView view);
    }

    /** @return the rows of the expectations against the view */
    public static List<ExpectationTable.Row> rows(List<CaseExpectation> expectations, CaseView view) {
        return expectations.stream().map(e -> new ExpectationTable.Row(e.expected(), e.actual(view), !e.isMetBy(view))).toList();
    }

    /** The command was applied. */
    public static CaseExpectation applied() {
        return of("command applied", CaseExpectations::result, v -> v.result().map(TransitionResult::isApplied).orElse(false));
    }

    /** The case is in this state. */
    public static CaseExpectation state(CaseState state) {
        Objects.requireNonNull(state, "state");
        return of("state " + state, v -> v.requestCase().state().name(), v -> v.requestCase().state() == state);
    }

    /** The command was rejected for this reason. */
    public static CaseExpectation rejected(TransitionResult.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        return of("rejected as " + reason, CaseExpectations::result,
                v -> v.result().filter(r -> r instanceof TransitionResult.Rejected rj && rj.reason() == reason).isPresent());
    }

    /** The command was rejected, among others because it did not meet this guard. */
    public static CaseExpectation rejectedBecause(String guardId) {
        Objects.requireNonNull(guardId, "guardId");
        if (java.util.Arrays.stream(Guard.values()).noneMatch(g -> g.id().equals(guardId))) {
            throw new IllegalArgumentException("no guard has the id '" + guardId + "'; guards: "
                    + java.util.Arrays.stream(Guard.values()).map(Guard::id).toList());
        }
        return of("rejected because of " + guardId, CaseExpectations::result,
                v -> v.result().filter(r -> r instanceof TransitionResult.Rejected rj
                        && rj.guards().stream().anyMatch(g -> g.id().equals(guardId))).isPresent());
    }

    /** A running deadline is overdue at the view's instant. */
    public static CaseExpectation overdue(String deadline) {
        Objects.requireNonNull(deadline, "deadline");
        return of("deadline " + deadline + " overdue", v -> describeDeadline(v, deadline),
                v -> v.calendar().overdue(v.requestCase(), v.at()).stream().anyMatch(d -> matches(d.deadline(), deadline)));
    }

    /** No running deadline is overdue at the view's instant. */
    public static CaseExpectation noOverdue() {
        return of("no deadline overdue", v -> {
            List<String> overdue = v.calendar().overdue(v.requestCase(), v.at()).stream().map(d -> CaseText.deadline(d.deadline(), v)).toList();
            return overdue.isEmpty() ? "none overdue" : String.join("; ", overdue);
        }, v -> v.calendar().overdue(v.requestCase(), v.at()).isEmpty());
    }

    /** The deadline falls due at this instant. */
    public static CaseExpectation dueAt(String deadline, Instant due) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(due, "due");
        return of("deadline " + deadline + " due " + due, v -> describeDeadline(v, deadline),
                v -> find(v, deadline).flatMap(d -> v.calendar().dueAt(d)).filter(due::equals).isPresent());
    }

    /** The deadline stands so. */
    public static CaseExpectation deadlineStatus(String deadline, CaseDeadline.Status status) {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        return of("deadline " + deadline + " " + status, v -> describeDeadline(v, deadline),
                v -> find(v, deadline).filter(d -> d.status() == status).isPresent());
    }

    // ---- helpers ----

    /** @return whether the deadline is named by the rule id or a citation it falls within */
    public static boolean matches(CaseDeadline d, String name) {
        if (name.contains(" art. ")) {
            return d.deadline().citation().isWithin(Citation.parse(name));
        }
        return d.ruleId().equals(name);
    }

    /** @return the first deadline of the case with that name */
    public static Optional<CaseDeadline> find(CaseView v, String name) {
        return v.requestCase().deadlines().stream().filter(d -> matches(d, name)).findFirst();
    }

    /** @return the deadline's state, or which deadlines run instead */
    public static String describeDeadline(CaseView v, String name) {
        return find(v, name).map(d -> CaseText.deadline(d, v)).orElse("no deadline " + name + " (declared: "
                + v.requestCase().deadlines().stream().map(CaseDeadline::ruleId).toList() + ")");
    }

    private static String result(CaseView v) {
        return v.result().map(r -> {
            if (r instanceof TransitionResult.Rejected rj) {
                return "rejected as " + rj.reason() + (rj.unmetGuards().isEmpty() ? "" : " because of " + rj.guards().stream().map(Guard::id).toList());
            }
            return CaseText.describe(r);
        }).orElse("no command given");
    }

    private static CaseExpectation of(String expected, Function<CaseView, String> actual, Predicate<CaseView> met) {
        return new CaseExpectation() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public String actual(CaseView view) {
                return actual.apply(view);
            }

            @Override
            public boolean isMetBy(CaseView view) {
                return met.test(view);
            }

            @Override
            public String toString() {
                return expected;
            }
        };
    }
}
