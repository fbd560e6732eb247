package org.openmla.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * The maximum penalty the law of a State provides for an offence.
 *
 * <p>At least one of a custodial maximum, life imprisonment, the death penalty or another sanction must be given.
 * Periods are kept as written ({@code P3Y} and {@code P36M} are different values) and compared by
 * {@link #custodyAtLeast(Period)}.
 *
 * @param maxCustody the maximum deprivation of liberty, never negative
 * @param lifeImprisonment whether life imprisonment may be imposed
 * @param deathPenalty whether the death penalty may be imposed
 * @param otherSanctions other sanctions, e.g. {@code "fine"}
 */
public record Penalty(
        @NotNull Optional<@NonNegativePeriod Period> maxCustody,
        boolean lifeImprisonment,
        boolean deathPenalty,
        @NotNull List<@NotNull @NotBlank @Size(max = 200) String> otherSanctions) {

    /** @throws InvalidValueException if the custody period is negative or the penalty says nothing */
    public Penalty {
        Checks.optional(maxCustody, "Penalty.maxCustody");
        maxCustody.ifPresent(p -> {
            if (p.isNegative()) {
                throw new InvalidValueException("Penalty.maxCustody", "must not be negative (was " + p + ")");
            }
        });
        otherSanctions = Checks.textList(otherSanctions, "Penalty.otherSanctions", 200);
        if (maxCustody.isEmpty() && !lifeImprisonment && !deathPenalty && otherSanctions.isEmpty()) {
            throw new InvalidValueException("Penalty", "must give a custodial maximum, life imprisonment, the death penalty or another sanction");
        }
    }

    /** @return a penalty of at most this period of deprivation of liberty */
    public static Penalty imprisonment(Period maxCustody) {
        return new Penalty(Optional.of(Checks.required(maxCustody, "Penalty.maxCustody")), false, false, List.of());
    }

    /** @return a penalty of at most this many years of deprivation of liberty */
    public static Penalty imprisonmentYears(int years) {
        return imprisonment(Period.ofYears(years));
    }

    /** @return life imprisonment */
    public static Penalty life() {
        return new Penalty(Optional.empty(), true, false, List.of());
    }

    /** @return a copy of this penalty in which the death penalty may also be imposed */
    public Penalty withDeathPenalty() {
        return new Penalty(maxCustody, lifeImprisonment, true, otherSanctions);
    }

    /**
     * Whether the maximum deprivation of liberty is at least {@code threshold}; life imprisonment always is.
     * Periods are compared in months, then days ({@code P3Y} equals {@code P36M}).
     *
     * @param threshold e.g. {@code Period.ofYears(3)}
     * @return true if the maximum reaches the threshold
     */
    public boolean custodyAtLeast(Period threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (lifeImprisonment) {
            return true;
        }
        if (maxCustody.isEmpty()) {
            return false;
        }
        Period p = maxCustody.get();
        long months = p.toTotalMonths();
        long thresholdMonths = threshold.toTotalMonths();
        if (months != thresholdMonths) {
            return months > thresholdMonths;
        }
        return p.getDays() >= threshold.getDays();
    }

    /** @return whether any deprivation of liberty may be imposed */
    public boolean isCustodial() {
        return lifeImprisonment || maxCustody.map(p -> !p.isZero()).orElse(false);
    }

    /** @return the custody, life and death flags and how many other sanctions there are; their text is free text, not shown */
    @Override
    public String toString() {
        return "Penalty[maxCustody=" + maxCustody.map(Object::toString).orElse("<absent>") + ", lifeImprisonment=" + lifeImprisonment
                + ", deathPenalty=" + deathPenalty + ", otherSanctions=" + otherSanctions.size() + "]";
    }
}
