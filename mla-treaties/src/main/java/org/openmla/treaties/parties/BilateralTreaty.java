package org.openmla.treaties.parties;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;

/**
 * A treaty between two States, usually a bilateral treaty on mutual legal assistance, with the period it binds them.
 *
 * <p>A bilateral MLA treaty matters to the UN conventions: where one binds the two States, UNTOC art. 18(9)-(29) and
 * UNCAC art. 46(9)-(29) give way to the treaty's corresponding provisions unless the States agree to apply the
 * convention's paragraphs instead ({@link #agreedToApplyConventionProvisions()}).
 *
 * <p>Immutable; the two States are kept in code order.
 *
 * @param id the treaty's id, in the form of an instrument id, e.g. {@code NL-US-MLAT}
 * @param title the treaty's title
 * @param states the two States, in code order
 * @param inForce the date it entered into force between them
 * @param until the last day it bound them, if it was terminated
 * @param mlaTreaty whether it is a treaty of mutual legal assistance (UNTOC art. 18(7))
 * @param agreedToApplyConventionProvisions ids of the conventions (e.g. {@code UNTOC}) whose paragraphs 9 to 29 the two
 *     States agreed to apply instead of this treaty's corresponding provisions
 * @param packId the id of a rule pack that encodes the treaty, if there is one
 * @param source where this comes from
 */
public record BilateralTreaty(
        String id,
        String title,
        List<Jurisdiction> states,
        LocalDate inForce,
        Optional<LocalDate> until,
        boolean mlaTreaty,
        Set<String> agreedToApplyConventionProvisions,
        Optional<String> packId,
        String source) {

    /** @throws InvalidValueException if a field is null, the States are not two different ones, or the dates are out of order */
    public BilateralTreaty {
        LegalBasis.checkInstrumentId(id);
        Checks.text(title, "BilateralTreaty.title", 500);
        states = Checks.list(states, "BilateralTreaty.states");
        if (states.size() != 2 || states.get(0).equals(states.get(1))) {
            throw new InvalidValueException("BilateralTreaty.states", "must be two different States (treaty " + id + ")");
        }
        states = states.get(0).compareTo(states.get(1)) <= 0 ? states : List.of(states.get(1), states.get(0));
        Checks.required(inForce, "BilateralTreaty.inForce");
        Checks.optional(until, "BilateralTreaty.until");
        if (until.isPresent() && until.get().isBefore(inForce)) {
            throw new InvalidValueException("BilateralTreaty.until", "must not be before inForce (treaty " + id + ")");
        }
        agreedToApplyConventionProvisions = Checks.set(agreedToApplyConventionProvisions, "BilateralTreaty.agreedToApplyConventionProvisions");
        agreedToApplyConventionProvisions.forEach(LegalBasis::checkInstrumentId);
        Checks.optional(packId, "BilateralTreaty.packId");
        packId.ifPresent(LegalBasis::checkInstrumentId);
        Checks.text(source, "BilateralTreaty.source", 500);
    }

    /**
     * A bilateral MLA treaty in force from a date, with no agreement to apply convention provisions and no pack.
     *
     * @param id the treaty id
     * @param title the title
     * @param a one State
     * @param b the other
     * @param inForce the date it entered into force
     * @param source where this comes from
     * @return the treaty
     */
    public static BilateralTreaty mlaTreaty(String id, String title, Jurisdiction a, Jurisdiction b, LocalDate inForce, String source) {
        return new BilateralTreaty(id, title, List.of(a, b), inForce, Optional.empty(), true, Set.of(), Optional.empty(), source);
    }

    /** @return whether the treaty is between these two States, in either order */
    public boolean between(Jurisdiction a, Jurisdiction b) {
        return (states.get(0).equals(a) && states.get(1).equals(b)) || (states.get(0).equals(b) && states.get(1).equals(a));
    }

    /** @return whether it binds the two States on the date (TRUE or FALSE: bilateral data is explicit) */
    public Truth bindsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Truth.of(!date.isBefore(inForce) && until.map(u -> !date.isAfter(u)).orElse(true));
    }

    /** @return the id of the rule pack that encodes the treaty, if any */
    public Optional<String> effectivePackId() {
        return packId;
    }

    @Override
    public String toString() {
        return "BilateralTreaty[" + id + ", " + states.get(0) + "-" + states.get(1) + ", from " + inForce + until.map(u -> " until " + u).orElse("") + "]";
    }
}
