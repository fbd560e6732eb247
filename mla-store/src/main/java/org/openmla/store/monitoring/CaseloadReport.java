package org.openmla.store.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.Citation;

/**
 * What a caseload looked like at an instant: times from receipt to each {@link Stage}, outcomes and refusal grounds by
 * instrument and counterpart State, deadlines met and missed, and the deadlines overdue. Built by {@link Caseload};
 * written by {@link ReportFormat}. Immutable; holds no personal data. Where an instrument or counterpart is not known
 * it is {@link #UNKNOWN}.
 *
 * @param asOf the instant the report describes (deadlines are judged at it)
 * @param cases the number of cases counted
 * @param byState the number of cases in each state, in the order of {@link CaseState}; states without cases omitted
 * @param times the time from receipt to each stage, in the order of {@link Stage}
 * @param outcomes the outcomes by instrument and counterpart, sorted
 * @param refusalGrounds the grounds cited in refusals by instrument and counterpart, sorted
 * @param deadlines the deadlines of every case added up
 * @param deadlinesByRule the deadlines by the rule that declared them, sorted by rule id
 * @param overdue the deadlines running and overdue at {@code asOf}, the most overdue first
 */
public record CaseloadReport(Instant asOf, int cases, Map<CaseState, Integer> byState, List<StageTimes> times, List<OutcomeCount> outcomes,
        List<GroundCount> refusalGrounds, DeadlineTally deadlines, List<RuleDeadlines> deadlinesByRule, List<OverdueDeadline> overdue) {

    /** Shown for an instrument or counterpart that is not known. */
    public static final String UNKNOWN = "unknown";

    /** @throws NullPointerException if a field is null */
    public CaseloadReport {
        Objects.requireNonNull(asOf, "asOf");
        byState = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(byState.isEmpty() ? new java.util.EnumMap<>(CaseState.class)
                : byState));
        times = List.copyOf(times);
        outcomes = List.copyOf(outcomes);
        refusalGrounds = List.copyOf(refusalGrounds);
        Objects.requireNonNull(deadlines, "deadlines");
        deadlinesByRule = List.copyOf(deadlinesByRule);
        overdue = List.copyOf(overdue);
    }

    /**
     * How long cases took from receipt to a stage. Percentiles are by nearest rank: the median is the value at rank
     * ⌈0.5·n⌉ and the 90th percentile the value at rank ⌈0.9·n⌉ of the n times sorted ascending.
     *
     * @param stage the stage
     * @param count the number of cases that reached it after a recorded receipt
     * @param median the median time, if any case reached it
     * @param p90 the 90th percentile, if any case reached it
     * @param longest the longest time, if any case reached it
     */
    public record StageTimes(Stage stage, int count, Optional<Duration> median, Optional<Duration> p90, Optional<Duration> longest) {
        /** @throws NullPointerException if a field is null */
        public StageTimes {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(median, "median");
            Objects.requireNonNull(p90, "p90");
            Objects.requireNonNull(longest, "longest");
        }
    }

    /**
     * The number of cases with an outcome, for an instrument and counterpart.
     *
     * @param instrument the instrument id, or {@link #UNKNOWN}
     * @param counterpart the counterpart State's code, or {@link #UNKNOWN}
     * @param outcome the outcome
     * @param count the number of cases
     */
    public record OutcomeCount(String instrument, String counterpart, CaseOutcome outcome, int count) {
        /** @throws NullPointerException if a field is null */
        public OutcomeCount {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(counterpart, "counterpart");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * The number of refusals that cited a ground, for an instrument and counterpart.
     *
     * @param instrument the instrument id, or {@link #UNKNOWN}
     * @param counterpart the counterpart State's code, or {@link #UNKNOWN}
     * @param groundId the ground
     * @param count the number of refusals citing it
     */
    public record GroundCount(String instrument, String counterpart, String groundId, int count) {
        /** @throws NullPointerException if a field is null */
        public GroundCount {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(counterpart, "counterpart");
            Objects.requireNonNull(groundId, "groundId");
        }
    }

    /**
     * Deadlines added up by where they stand at the report's instant.
     *
     * @param metOnTime met at or before they fell due
     * @param metLate met after they fell due
     * @param lapsed the case ended (refused, withdrawn, closed) before they were met
     * @param running running and not yet due
     * @param overdue running and overdue
     * @param pending the event they run from has not happened
     */
    public record DeadlineTally(int metOnTime, int metLate, int lapsed, int running, int overdue, int pending) {
        /** No deadlines. */
        public static final DeadlineTally NONE = new DeadlineTally(0, 0, 0, 0, 0, 0);

        /** @return the deadlines missed: met late, or overdue now */
        public int missed() {
            return metLate + overdue;
        }

        /** @return every deadline counted */
        public int total() {
            return metOnTime + metLate + lapsed + running + overdue + pending;
        }
    }

    /**
     * The deadlines a rule declared, added up.
     *
     * @param ruleId the rule
     * @param citation the provision
     * @param tally the deadlines
     */
    public record RuleDeadlines(String ruleId, Citation citation, DeadlineTally tally) {
        /** @throws NullPointerException if a field is null */
        public RuleDeadlines {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(tally, "tally");
        }
    }

    /**
     * A deadline running and overdue at the report's instant.
     *
     * @param caseId the case
     * @param state the case's state
     * @param instrument the instrument, or {@link #UNKNOWN}
     * @param counterpart the counterpart State's code, or {@link #UNKNOWN}
     * @param ruleId the rule that declared the deadline
     * @param citation the provision
     * @param dueAt when it fell due
     * @param overdueBy how long ago
     */
    public record OverdueDeadline(RequestId caseId, CaseState state, String instrument, String counterpart, String ruleId, Citation citation,
            Instant dueAt, Duration overdueBy) {
        /** @throws NullPointerException if a field is null */
        public OverdueDeadline {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(counterpart, "counterpart");
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(citation, "citation");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(overdueBy, "overdueBy");
        }
    }
}
