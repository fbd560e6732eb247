package org.openmla.core.lifecycle;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * <p><b>Working days.</b> A limit in {@linkplain TimeLimit.Unit#WORKING_DAYS working days} moves the local date to the
 * N-th following day that is neither a Saturday, a Sunday nor one of the calendar's public holidays
 * ({@link #withPublicHolidays}), and keeps the local time of day as above: 5 working days from 10:00 on Friday 6
 * March 2026 end at 10:00 on Friday 13 March, from 10:00 on Saturday 7 March at 10:00 on Friday 13 March too. This
 * is never later than the end of that working day, which is when Regulation (EEC, Euratom) No 1182/71 (art. 3) ends a
 * Union-law period in days: a deadline shown due earlier than the law requires errs on the side of acting in time.
 * The public holidays are the host's: those of the State where the act is to be done; none by default.
 *
 * <p><b>Due instant.</b> A running deadline is due at its start ({@link CaseDeadline#startedAt()}) plus its limit, plus
 * its extensions added up unit by unit in the order granted. It is met on time if its event happens at or before the
 * due instant; at an instant strictly after it, it is overdue.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlineCalendar {

    private final ZoneId zone;
    private final Set<LocalDate> publicHolidays;

    private DeadlineCalendar(ZoneId zone, Set<LocalDate> publicHolidays) {
        this.zone = zone;
        this.publicHolidays = publicHolidays;
    }

    /** @return a calendar counting days, weeks and months in the zone, with no public holidays */
    public static DeadlineCalendar of(ZoneId zone) {
        return new DeadlineCalendar(Objects.requireNonNull(zone, "zone"), Set.of());
    }

    /**
     * A copy of this calendar with these public holidays, which working-day limits skip (in addition to Saturdays and
     * Sundays). Calendar-day, week and month limits do not skip them.
     *
     * @param holidays the public holidays of the State where the act is to be done, in any order
     * @return the calendar
     */
    public DeadlineCalendar withPublicHolidays(Collection<LocalDate> holidays) {
        Objects.requireNonNull(holidays, "holidays");
        TreeSet<LocalDate> sorted = new TreeSet<>();
        for (LocalDate d : holidays) {
            sorted.add(Objects.requireNonNull(d, "holidays[]"));
        }
        return new DeadlineCalendar(zone, Set.copyOf(sorted));
    }

    /** @return the public holidays working-day limits skip */
    public Set<LocalDate> publicHolidays() {
        return publicHolidays;
    }

    /** @return whether the date is a working day: not a Saturday, a Sunday or a public holiday of this calendar */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !publicHolidays.contains(date);
    }

    /** @return the zone whose calendar counts days, weeks and months */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Adds a time limit to an instant.
     *
     * @return {@code start} plus the limit: hours on the time line, days, working days, weeks and months on the zone's
     *         calendar
     */
    public Instant plus(Instant start, TimeLimit limit) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        ZonedDateTime from = ZonedDateTime.ofInstant(start, zone);
        return switch (limit.unit()) {
            case HOURS -> from.plus(limit.amount(), ChronoUnit.HOURS).toInstant();
            case DAYS -> from.plus(limit.amount(), ChronoUnit.DAYS).toInstant();
            case WEEKS -> from.plus(limit.amount(), ChronoUnit.WEEKS).toInstant();
            case MONTHS -> from.plus(limit.amount(), ChronoUnit.MONTHS).toInstant();
            case WORKING_DAYS -> {
                LocalDate date = from.toLocalDate();
                for (long left = limit.amount(); left > 0; ) {
                    date = date.plusDays(1);
                    if (isWorkingDay(date)) {
                        left--;
                    }
                }
                yield ZonedDateTime.ofLocal(date.atTime(from.toLocalTime()), zone, from.getOffset()).toInstant();
            }
        };
    }

    /** @return when the deadline falls due, or empty if it has not started */
    public Optional<Instant> dueAt(CaseDeadline deadline) {
        Objects.requireNonNull(deadline, "deadline");
        return deadline.startedAt().map(start -> {
            Instant due = plus(start, deadline.limit());
            Map<TimeLimit.Unit, Long> byUnit = new LinkedHashMap<>();
            deadline.extensions().forEach(e -> byUnit.merge(e.by().unit(), e.by().amount(), Long::sum));
            for (Map.Entry<TimeLimit.Unit, Long> e : byUnit.entrySet()) {
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
        return "DeadlineCalendar[" + zone + (publicHolidays.isEmpty() ? "" : ", " + publicHolidays.size() + " public holidays") + "]";
    }
}
