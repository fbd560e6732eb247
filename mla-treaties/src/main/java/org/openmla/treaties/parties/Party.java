package org.openmla.treaties.parties;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;

/**
 * One State's participation in an instrument: when the instrument entered into force for it, and what it declared,
 * designated and notified.
 *
 * <p><b>Dates are never guessed.</b> {@link #inForce()} is the date a source gives for the entry into force for this
 * State. Where a source only confirms that the State was a party on some date, without a verified entry-into-force
 * date, that date is {@link #partyBy()}: the State is bound from then on, and whether it was bound earlier is unknown.
 * One of the two is required.
 *
 * <p>Immutable; collections are unmodifiable and contain no nulls.
 *
 * @param state the State
 * @param deposited the date it deposited its instrument of ratification, acceptance, approval or accession, if known
 * @param inForce the date the instrument entered into force for it, if verified
 * @param partyBy a date on which a source confirms it was a party, used when {@code inForce} is not verified
 * @param until the last day it was bound (after a denunciation), if any
 * @param declarations its declarations, reservations and notifications that change a rule
 * @param centralAuthorities the central authorities it designated, by institution name
 * @param languages the languages in which it accepts requests, where notified; empty if not known
 * @param source where the dates come from (a {@link Source#key()} or a short citation)
 * @param note anything a reader should know, e.g. how a date was derived
 */
public record Party(
        Jurisdiction state,
        Optional<LocalDate> deposited,
        Optional<LocalDate> inForce,
        Optional<LocalDate> partyBy,
        Optional<LocalDate> until,
        List<StateDeclaration> declarations,
        List<CentralAuthority> centralAuthorities,
        Set<LanguageCode> languages,
        String source,
        Optional<String> note) {

    /** @throws InvalidValueException if a field is null, no date says when the State is bound, or the dates are out of order */
    public Party {
        Checks.required(state, "Party.state");
        Checks.optional(deposited, "Party.deposited");
        Checks.optional(inForce, "Party.inForce");
        Checks.optional(partyBy, "Party.partyBy");
        Checks.optional(until, "Party.until");
        declarations = Checks.list(declarations, "Party.declarations");
        centralAuthorities = Checks.list(centralAuthorities, "Party.centralAuthorities");
        languages = Checks.set(languages, "Party.languages");
        Checks.text(source, "Party.source", 500);
        Checks.optionalText(note, "Party.note", 2000);
        String who = " (party " + state + ")";
        if (inForce.isEmpty() && partyBy.isEmpty()) {
            throw new InvalidValueException("Party.inForce", "or Party.partyBy is required" + who);
        }
        if (deposited.isPresent() && inForce.isPresent() && inForce.get().isBefore(deposited.get())) {
            throw new InvalidValueException("Party.inForce", "must not be before the deposit " + deposited.get() + who);
        }
        if (inForce.isPresent() && partyBy.isPresent() && partyBy.get().isBefore(inForce.get())) {
            throw new InvalidValueException("Party.partyBy", "must not be before inForce " + inForce.get() + who);
        }
        LocalDate start = inForce.or(() -> partyBy).get();
        if (until.isPresent() && until.get().isBefore(start)) {
            throw new InvalidValueException("Party.until", "must not be before " + start + who);
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (StateDeclaration d : declarations) {
            if (!ids.add(d.id())) {
                throw new InvalidValueException("Party.declarations", "declaration " + d.id() + " is listed twice" + who);
            }
        }
    }

    /** @return a builder for a party */
    public static Builder builder(Jurisdiction state, String source) {
        return new Builder(state, source);
    }

    /**
     * Whether the State is bound on the date, by this entry alone.
     *
     * @param date the date
     * @return TRUE from {@code inForce} (or {@code partyBy}) to {@code until}; FALSE before {@code inForce} and after
     *     {@code until}; UNKNOWN before {@code partyBy} when {@code inForce} is not verified
     */
    public Truth boundOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (until.isPresent() && date.isAfter(until.get())) {
            return Truth.FALSE;
        }
        if (inForce.isPresent()) {
            return Truth.of(!date.isBefore(inForce.get()));
        }
        return date.isBefore(partyBy.get()) ? Truth.UNKNOWN : Truth.TRUE;
    }

    /** @return the ids of the declarations in effect on the date */
    public Set<String> declarationsOn(LocalDate date) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (StateDeclaration d : declarations) {
            if (d.inEffectOn(date)) {
                ids.add(d.id());
            }
        }
        return java.util.Collections.unmodifiableSet(ids);
    }

    @Override
    public String toString() {
        return "Party[" + state + ", inForce=" + inForce.map(LocalDate::toString).orElse("?")
                + partyBy.map(d -> ", partyBy=" + d).orElse("") + until.map(d -> ", until=" + d).orElse("")
                + ", declarations=" + declarations.size() + "]";
    }

    /** Builds a {@link Party}. Not thread-safe. */
    public static final class Builder {
        private final Jurisdiction state;
        private final String source;
        private LocalDate deposited;
        private LocalDate inForce;
        private LocalDate partyBy;
        private LocalDate until;
        private final List<StateDeclaration> declarations = new java.util.ArrayList<>();
        private final List<CentralAuthority> centralAuthorities = new java.util.ArrayList<>();
        private final java.util.Set<LanguageCode> languages = new java.util.LinkedHashSet<>();
        private String note;

        private Builder(Jurisdiction state, String source) {
            this.state = state;
            this.source = source;
        }

        /** @return this builder */
        public Builder deposited(LocalDate date) {
            this.deposited = date;
            return this;
        }

        /** @return this builder */
        public Builder inForce(LocalDate date) {
            this.inForce = date;
            return this;
        }

        /** @return this builder */
        public Builder partyBy(LocalDate date) {
            this.partyBy = date;
            return this;
        }

        /** @return this builder */
        public Builder until(LocalDate date) {
            this.until = date;
            return this;
        }

        /** @return this builder */
        public Builder declaration(StateDeclaration declaration) {
            declarations.add(Objects.requireNonNull(declaration, "declaration"));
            return this;
        }

        /** @return this builder */
        public Builder centralAuthority(CentralAuthority authority) {
            centralAuthorities.add(Objects.requireNonNull(authority, "authority"));
            return this;
        }

        /** @return this builder */
        public Builder language(LanguageCode language) {
            languages.add(Objects.requireNonNull(language, "language"));
            return this;
        }

        /** @return this builder */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * Builds the party.
         *
         * @return the party
         * @throws InvalidValueException if it is inconsistent
         */
        public Party build() {
            return new Party(state, Optional.ofNullable(deposited), Optional.ofNullable(inForce), Optional.ofNullable(partyBy),
                    Optional.ofNullable(until), declarations, centralAuthorities, languages, source, Optional.ofNullable(note));
        }
    }
}
