package org.openmla.core.rules;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A time limit such as 30 days or 8 hours. Hours are counted on the time line; days, weeks and months on the
 * calendar of the time zone the host chooses (so that "30 days" ends at the same local time across a change to
 * summer time).
 *
 * @param amount the number of units, positive
 * @param unit {@link ChronoUnit#HOURS}, {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS} or {@link ChronoUnit#MONTHS}
 */
public record TimeLimit(long amount, ChronoUnit unit) {

    private static final Set<ChronoUnit> UNITS = EnumSet.of(ChronoUnit.HOURS, ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS);

    /** @throws InvalidValueException if the amount is not positive or the unit is not supported */
    public TimeLimit {
        if (amount <= 0) {
            throw new InvalidValueException("TimeLimit.amount", "must be positive (was " + amount + ")");
        }
        Checks.required(unit, "TimeLimit.unit");
        if (!UNITS.contains(unit)) {
            throw new InvalidValueException("TimeLimit.unit", "must be HOURS, DAYS, WEEKS or MONTHS (was " + unit + ")");
        }
    }

    /** @return a limit in hours */
    public static TimeLimit hours(long hours) {
        return new TimeLimit(hours, ChronoUnit.HOURS);
    }

    /** @return a limit in days */
    public static TimeLimit days(long days) {
        return new TimeLimit(days, ChronoUnit.DAYS);
    }

    /** @return a limit in weeks */
    public static TimeLimit weeks(long weeks) {
        return new TimeLimit(weeks, ChronoUnit.WEEKS);
    }

    /** @return a limit in months */
    public static TimeLimit months(long months) {
        return new TimeLimit(months, ChronoUnit.MONTHS);
    }

    /** @return e.g. {@code 30 days}, {@code 1 week} */
    @Override
    public String toString() {
        String units = unit.name().toLowerCase(java.util.Locale.ROOT);
        return amount + " " + (amount == 1 ? units.substring(0, units.length() - 1) : units);
    }
}
