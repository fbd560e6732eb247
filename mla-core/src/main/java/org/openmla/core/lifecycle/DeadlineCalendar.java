package org.openmla.core.lifecycle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.rules.TimeLimit;

/**
 * Computes when deadlines fall due, on the calendar of the time zone the host chooses, and answers what is due and
 * what is overdue.
 *
 * <p><b>Arithmetic.</b> A limit in hours is counted on the time line: 24 hours are 24 hours, whatever the clocks do.
 * A limit in days, weeks or months is counted on the local calendar of the zone: the local date moves and the local
 * time of day stays, so "30 days" from 10:00 on 15 March in Amsterdam ends at 10:00 on 14 April although summer time
 * began in between (the interval is then 719 hours). Months end on the same day of the month, or on the month's last
 * day where it is shorter: 31 January plus one month is 28 February, or 29 February in a leap year. Where the local
 * time falls in a gap (clocks going forward) it moves forward by the length of the gap; where it is ambiguous (clocks
 * going back) the offset of the start is kept if it is valid, else the earlier offset. This is
 * {@link ZonedDateTime#plus(long, java.time.temporal.TemporalUnit)}.
 *
 * <p><b>Due instant.</b> A running deadline is due at its start ({@link CaseDeadline#startedAt()}) plus its limit, plus
 * its extensions added up unit by unit in the order granted. It is met on time if its event happens at or before the
 * due instant; at an instant strictly after it, it is overdue.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlineCalendar {

    private final ZoneId zone;

    private DeadlineCalendar(ZoneId zone) {
        this.zone = zone;
    }

    /** @return a calendar counting days, weeks and months in the zone */
    public static DeadlineCalendar of(ZoneId zone) {
        return new DeadlineCalendar(Objects.requireNonNull(zone, "zone"));
    }

    /** @return the zone whose calendar counts days, weeks and months */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Adds a time limit to an instant.
     *
     * @return {@code start} plus the limit: hours on the time line, days, weeks and months on the zone's calendar
     */
    public Instant plus(Instant start, TimeLimit limit) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        return ZonedDateTime.ofInstant(start, zone).plus(limit.amount(), limit.unit()).toInstant();
    }

    /** @return when the deadline falls due, or empty if it has not started */
    public Optional<Instant> dueAt(CaseDeadline deadline) {
        Objects.requireNonNull(deadline, "deadline");
        return deadline.startedAt().map(start -> {
            Instant due = plus(start, deadline.limit());
            Map<ChronoUnit, Long> byUnit = new LinkedHashMap<>();
            deadline.extensions().forEach(e -> byUnit.merge(e.by().unit(), e.by().amount(), Long::sum));
            for (Map.Entry<ChronoUnit, Long> e : byUnit.entrySet()) {
                due = plus(due, new TimeLimit(e.getValue(), e.getKey()));
            }
            return due;
        });
    }

    /** @return whether the deadline was met after it fell due */
    public boolean metLate(CaseDeadline deadline) {
        Optional<Instant> due = dueAt(deadline);
        return deadline.metAt().isPresent() && due.isPresent() && deadline.metAt().get().isAfter(due.get());
    }

    /** @return the running deadlines of the case with their due instants, the earliest first */
    public List<DueDeadline> running(RequestCase requestCase) {
        Objects.requireNonNull(requestCase, "requestCase");
        List<DueDeadline> out = new ArrayList<>();
        for (CaseDeadline d : requestCase.deadlines()) {
            if (d.status() == CaseDeadline.Status.RUNNING) {
                out.add(new DueDeadline(d, dueAt(d).orElseThrow()));
            }
        }
        out.sort(Comparator.comparing(DueDeadline::dueAt).thenComparing(DueDeadline::ruleId));
        return List.copyOf(out);
    }

    /** @return the running deadlines not yet overdue at the instant (due at or after it), the earliest first */
    public List<DueDeadline> due(RequestCase requestCase, Instant at) {
        Objects.requireNonNull(at, "at");
        return running(requestCase).stream().filter(d -> !at.isAfter(d.dueAt())).toList();
    }

    /** @return the running deadlines overdue at the instant (due before it), the earliest first */
    public List<DueDeadline> overdue(RequestCase requestCase, Instant at) {
        Objects.requireNonNull(at, "at");
        return running(requestCase).stream().filter(d -> at.isAfter(d.dueAt())).toList();
    }

    @Override
    public String toString() {
        return "DeadlineCalendar[" + zone + "]";
    }
}
