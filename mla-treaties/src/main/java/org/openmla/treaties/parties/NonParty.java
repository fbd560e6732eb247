package org.openmla.treaties.parties;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.internal.Checks;

/**
 * A State that a source confirms had not become bound by an instrument by a date: it had not expressed its consent to
 * be bound (it may have signed). It lets a partial party list answer "not bound" for that State up to that date
 * instead of "unknown".
 *
 * <p><b>What it says, and what it does not.</b> The State was bound on no date up to and including
 * {@link #notBoundThrough()}. It says nothing about later dates: a ratification after that date may have taken effect
 * since, so after it a partial list still answers UNKNOWN for the State. The date is the one the source confirms, never
 * extended by the instrument's clause on entry into force. A State that was a party and denounced the instrument is not
 * a non-party; it is a {@link Party} with {@link Party#until()}.
 *
 * @param state the State
 * @param notBoundThrough the date on which the source confirms the State had not become bound; it was not bound on any
 *     date up to and including it
 * @param signed the date it signed the instrument, if it did and a source gives the date
 * @param source where this comes from (a {@link Source#key()} or a short citation)
 * @param note anything a reader should know, e.g. what the source says in words
 */
public record NonParty(Jurisdiction state, LocalDate notBoundThrough, Optional<LocalDate> signed, String source, Optional<String> note) {

    /** @throws InvalidValueException if a field is null or blank, or the State signed after the confirmation date */
    public NonParty {
        Checks.required(state, "NonParty.state");
        Checks.required(notBoundThrough, "NonParty.notBoundThrough");
        Checks.optional(signed, "NonParty.signed");
        Checks.text(source, "NonParty.source", 500);
        Checks.optionalText(note, "NonParty.note", 2000);
        if (signed.isPresent() && signed.get().isAfter(notBoundThrough)) {
            throw new InvalidValueException("NonParty.signed", "must not be after notBoundThrough " + notBoundThrough + " (non-party " + state + ")");
        }
    }

    /**
     * Whether the source confirms that the State was not bound on the date.
     *
     * @param date the date
     * @return true for a date up to and including {@link #notBoundThrough()}
     */
    public boolean notBoundOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isAfter(notBoundThrough);
    }

    /**
     * Whether a party entry for the same State contradicts this one: it has the State bound, or a party, on a date up to
     * and including {@link #notBoundThrough()}.
     *
     * @param party an entry for the same State
     * @return whether the two contradict each other
     */
    public boolean contradicts(Party party) {
        Objects.requireNonNull(party, "party");
        return party.state().equals(state) && !party.inForce().or(party::partyBy).orElseThrow().isAfter(notBoundThrough);
    }

    /** The reason in words, for a {@link Binding}: the confirmation, its source, and the signature if any. */
    String explanation(String instrumentId) {
        return state + " had not become bound by " + instrumentId + " on " + notBoundThrough + signed.map(s -> " (signed " + s + ", not ratified)").orElse("")
                + ", as " + source + " confirms";
    }
}
