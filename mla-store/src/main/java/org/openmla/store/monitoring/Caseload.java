package org.openmla.store.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.openmla.core.lifecycle.CaseDeadline;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.rules.Citation;
import org.openmla.store.CaseStore;

/**
 * Adds cases up into a {@link CaseloadReport}, one at a time, so that a caseload read from a store need not be held in
 * memory. Deadlines are judged at the report's instant on the given calendar. Not thread-safe; {@link #report()} may be
 * called at any point.
 *
 * <p>What is counted, per case: the time from its first {@link CommandType#RECEIVE receipt} to its first
 * acknowledgement, first acceptance or refusal, and completed execution (cases without a recorded receipt count for
 * outcomes and deadlines only); its outcome from the latest accept, refuse or withdraw in its history; the grounds every
 * refusal in its history cited; and each of its deadlines ({@link RequestCase#deadlines()}).
 */
public final class Caseload {

    private record Key(String instrument, String counterpart) {}

    private record RuleKey(String ruleId, Citation citation) {}

    private final Instant asOf;
    private final DeadlineCalendar calendar;
    private int cases;
    private final Map<CaseState, Integer> byState = new EnumMap<>(CaseState.class);
    private final Map<Stage, List<Long>> seconds = new EnumMap<>(Stage.class);
    private final Map<Key, Map<CaseOutcome, Integer>> outcomes = new TreeMap<>(Comparator.comparing(Key::instrument).thenComparing(Key::counterpart));
    private final Map<Key, Map<String, Integer>> grounds = new TreeMap<>(Comparator.comparing(Key::instrument).thenComparing(Key::counterpart));
    private final Map<RuleKey, int[]> deadlines = new TreeMap<>(Comparator.comparing(RuleKey::ruleId).thenComparing(RuleKey::citation));
    private final List<CaseloadReport.OverdueDeadline> overdue = new ArrayList<>();

    /**
     * Starts an empty caseload.
     *
     * @param asOf the instant at which deadlines are judged
     * @param calendar the calendar on which they fall due
     */
    public Caseload(Instant asOf, DeadlineCalendar calendar) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        for (Stage s : Stage.values()) {
            seconds.put(s, new ArrayList<>());
        }
    }

    /**
     * Reports on cases in memory.
     *
     * @param cases the cases
     * @param asOf the instant at which deadlines are judged
     * @param calendar the calendar on which they fall due
     * @return the report
     */
    public static CaseloadReport report(Collection<MonitoredCase> cases, Instant asOf, DeadlineCalendar calendar) {
        Caseload c = new Caseload(asOf, calendar);
        cases.forEach(c::add);
        return c.report();
    }

    /**
     * Reports on every case in a store, loading (and verifying) one case at a time, on the store's calendar.
     *
     * @param store the store
     * @param asOf the instant at which deadlines are judged
     * @return the report
     * @throws org.openmla.store.StoreException if the store fails or a stored case fails verification
     */
    public static CaseloadReport report(CaseStore store, Instant asOf) {
        Caseload c = new Caseload(asOf, store.calendar());
        store.forEachCase(s -> c.add(MonitoredCase.of(s.request(), s.requestCase())));
        return c.report();
    }

    /**
     * Counts a case.
     *
     * @param monitored the case
     * @return this
     */
    public Caseload add(MonitoredCase monitored) {
        Objects.requireNonNull(monitored, "monitored");
        RequestCase c = monitored.requestCase();
        Key key = new Key(monitored.instrument().orElse(CaseloadReport.UNKNOWN),
                monitored.counterpart().map(j -> j.alpha2()).orElse(CaseloadReport.UNKNOWN));
        cases++;
        byState.merge(c.state(), 1, Integer::sum);
        Optional<Instant> received = first(c, CommandType.RECEIVE);
        received.ifPresent(r -> {
            time(Stage.ACKNOWLEDGEMENT, r, first(c, CommandType.ACKNOWLEDGE));
            time(Stage.DECISION, r, c.history().stream().filter(t -> t.command() == CommandType.ACCEPT || t.command() == CommandType.REFUSE)
                    .map(Transition::at).findFirst());
            time(Stage.EXECUTION, r, first(c, CommandType.COMPLETE_EXECUTION));
        });
        outcomes.computeIfAbsent(key, k -> new EnumMap<>(CaseOutcome.class)).merge(outcome(c), 1, Integer::sum);
        for (Transition t : c.history()) {
            if (t.command() == CommandType.REFUSE) {
                Map<String, Integer> byGround = grounds.computeIfAbsent(key, k -> new TreeMap<>());
                t.detail().groundIds().forEach(g -> byGround.merge(g, 1, Integer::sum));
            }
        }
        for (CaseDeadline d : c.deadlines()) {
            int[] tally = deadlines.computeIfAbsent(new RuleKey(d.ruleId(), d.deadline().citation()), k -> new int[6]);
            switch (d.status()) {
                case MET -> tally[calendar.metLate(d) ? 1 : 0]++;
                case LAPSED -> tally[2]++;
                case PENDING -> tally[5]++;
                case RUNNING -> {
                    Instant due = calendar.dueAt(d).orElseThrow();
                    if (asOf.isAfter(due)) {
                        tally[4]++;
                        overdue.add(new CaseloadReport.OverdueDeadline(c.caseId(), c.state(), key.instrument(), key.counterpart(), d.ruleId(),
                                d.deadline().citation(), due, Duration.between(due, asOf)));
                    } else {
                        tally[3]++;
                    }
                }
                default -> throw new IllegalStateException("unknown deadline status " + d.status());
            }
        }
        return this;
    }

    private static Optional<Instant> first(RequestCase c, CommandType command) {
        return c.history().stream().filter(t -> t.command() == command).map(Transition::at).findFirst();
    }

    private void time(Stage stage, Instant received, Optional<Instant> reached) {
        reached.filter(at -> !at.isBefore(received)).ifPresent(at -> seconds.get(stage).add(Duration.between(received, at).getSeconds()));
    }

    private static CaseOutcome outcome(RequestCase c) {
        List<Transition> h = c.history();
        for (int i = h.size() - 1; i >= 0; i--) {
            Transition t = h.get(i);
            switch (t.command()) {
                case WITHDRAW:
                    return CaseOutcome.WITHDRAWN;
                case REFUSE:
                    return CaseOutcome.REFUSED;
                case ACCEPT:
                    int measures = t.detail().decision().map(d -> d.measureOutcomes().size()).orElse(0);
                    return t.detail().acceptedMeasures().size() < measures ? CaseOutcome.ACCEPTED_IN_PART : CaseOutcome.ACCEPTED;
                default:
                    break;
            }
        }
        return CaseOutcome.PENDING;
    }

    /** @return the report on the cases added so far */
    public CaseloadReport report() {
        List<CaseloadReport.StageTimes> times = new ArrayList<>();
        for (Stage s : Stage.values()) {
            List<Long> values = new ArrayList<>(seconds.get(s));
            values.sort(null);
            times.add(new CaseloadReport.StageTimes(s, values.size(), rank(values, 0.5), rank(values, 0.9),
                    values.isEmpty() ? Optional.empty() : Optional.of(Duration.ofSeconds(values.get(values.size() - 1)))));
        }
        List<CaseloadReport.OutcomeCount> outcomeRows = new ArrayList<>();
        outcomes.forEach((k, m) -> m.forEach((o, n) -> outcomeRows.add(new CaseloadReport.OutcomeCount(k.instrument(), k.counterpart(), o, n))));
        List<CaseloadReport.GroundCount> groundRows = new ArrayList<>();
        grounds.forEach((k, m) -> m.forEach((g, n) -> groundRows.add(new CaseloadReport.GroundCount(k.instrument(), k.counterpart(), g, n))));
        int[] total = new int[6];
        List<CaseloadReport.RuleDeadlines> byRule = new ArrayList<>();
        deadlines.forEach((k, t) -> {
            for (int i = 0; i < 6; i++) {
                total[i] += t[i];
            }
            byRule.add(new CaseloadReport.RuleDeadlines(k.ruleId(), k.citation(), tally(t)));
        });
        List<CaseloadReport.OverdueDeadline> late = new ArrayList<>(overdue);
        late.sort(Comparator.comparing(CaseloadReport.OverdueDeadline::dueAt).thenComparing(o -> o.caseId().value())
                .thenComparing(CaseloadReport.OverdueDeadline::ruleId));
        return new CaseloadReport(asOf, cases, byState, times, outcomeRows, groundRows, tally(total), byRule, late);
    }

    private static CaseloadReport.DeadlineTally tally(int[] t) {
        return new CaseloadReport.DeadlineTally(t[0], t[1], t[2], t[3], t[4], t[5]);
    }

    /** Nearest rank: the value at rank ⌈p·n⌉ (1-based) of the sorted values. */
    static Optional<Duration> rank(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return Optional.of(Duration.ofSeconds(sorted.get(Math.max(rank, 1) - 1)));
    }
}
