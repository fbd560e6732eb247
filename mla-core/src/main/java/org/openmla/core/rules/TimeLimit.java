package org.openmla.core.rules;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A time limit such as 30 days, 8 hours or 5 working days. Hours are counted on the time line; days, working days,
 * weeks and months on the calendar of the time zone the host chooses (so that "30 days" ends at the same local time
 * across a change to summer time); working days skip Saturdays, Sundays and the public holidays the host gives its
 * {@link org.openmla.core.lifecycle.DeadlineCalendar}.
 *
 * @param amount the number of units, positive
 * @param unit the unit
 */
public record TimeLimit(long amount, Unit unit) {

    /** The units a time limit is counted in; the JSON formats write their names. */
    public enum Unit {
        /** Hours on the time line. */
        HOURS,
        /** Calendar days. */
        DAYS,
        /**
         * Working days: days other than Saturdays, Sundays and public holidays (as Regulation (EEC, Euratom) No
         * 1182/71 defines them for Union acts), e.g. the five working days of e-Evidence art. 16(2).
         */
        WORKING_DAYS,
        /** Weeks of seven calendar days. */
        WEEKS,
        /** Calendar months. */
        MONTHS;

        private String singular() {
            String name = name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return name.substring(0, name.length() - 1);
        }
    }

    /** @throws InvalidValueException if the amount is not positive or the unit is missing */
    public TimeLimit {
        if (amount <= 0) {
            throw new InvalidValueException("TimeLimit.amount", "must be positive (was " + amount + ")");
        }
        Checks.required(unit, "TimeLimit.unit");
    }

    /**
     * A limit in a unit of {@code java.time}.
     *
     * @param amount the number of units, positive
     * @param unit {@link ChronoUnit#HOURS}, {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} or {@link ChronoUnit#MONTHS}
     * @throws InvalidValueException if the amount is not positive or the unit is not one of these
     */
    public TimeLimit(long amount, ChronoUnit unit) {
        this(amount, unitOf(unit));
    }

    private static Unit unitOf(ChronoUnit unit) {
        Checks.required(unit, "TimeLimit.unit");
        return switch (unit) {
            case HOURS -> Unit.HOURS;
            case DAYS -> Unit.DAYS;
            case WEEKS -> Unit.WEEKS;
            case MONTHS -> Unit.MONTHS;
            default -> throw new InvalidValueException("TimeLimit.unit", "must be HOURS, DAYS, WEEKS or MONTHS (was " + unit + ")");
        };
    }

    /** @return a limit in hours */
    public static TimeLimit hours(long hours) {
        return new TimeLimit(hours, Unit.HOURS);
    }

    /** @return a limit in days */
    public static TimeLimit days(long days) {
        return new TimeLimit(days, Unit.DAYS);
    }

    /** @return a limit in working days (not Saturdays, Sundays or public holidays) */
    public static TimeLimit workingDays(long days) {
        return new TimeLimit(days, Unit.WORKING_DAYS);
    }

    /** @return a limit in weeks */
    public static TimeLimit weeks(long weeks) {
        return new TimeLimit(weeks, Unit.WEEKS);
    }

    /** @return a limit in months */
    public static TimeLimit months(long months) {
        return new TimeLimit(months, Unit.MONTHS);
    }

    /** @return e.g. {@code 30 days}, {@code 1 week}, {@code 5 working days} */
    @Override
    public String toString() {
        return amount + " " + (amount == 1 ? unit.singular() : unit.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
