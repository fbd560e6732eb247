package org.openmla.treaties.parties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;

/**
 * The parties to one instrument, as a versioned data set: who is bound from when, what they declared, designated and
 * notified, where the data comes from and how complete it is.
 *
 * <p><b>Completeness.</b> When {@link #complete()} is false the list of parties is a documented subset: a State that is
 * not listed may still be a party, so {@link #binding(Jurisdiction, LocalDate)} answers {@link Truth#UNKNOWN} for it,
 * never FALSE, unless a source confirms that the State had not become bound by a date ({@link #nonParties()}): up to and
 * including that date the answer is FALSE, after it UNKNOWN again.
 *
 * <p>Immutable; lists are unmodifiable, without nulls, parties in the order given and unique by State.
 *
 * @param instrument the instrument: id, title, adoption and (international) entry into force
 * @param binding whether the instrument binds States at all; {@code false} for a model such as the UN Model Treaty
 * @param mlaTreaty whether it is a treaty of mutual legal assistance in the sense of UNTOC art. 18(7) and UNCAC art.
 *     46(7): a treaty whose subject is mutual legal assistance in general (a bilateral MLAT, ETS 30), not a convention
 *     with an assistance article
 * @param packId the id of the rule pack that encodes it, if one is expected (by default the instrument id)
 * @param basisCitation the provision that obliges the parties to assist one another, cited when a request relies on
 *     the instrument between States that are not both bound (e.g. {@code UNTOC art. 18(1)})
 * @param dataVersion the version of this data set, e.g. {@code 2026.1}
 * @param asOf the date the data reflects: later ratifications, denunciations and declarations are not in it
 * @param complete whether every party is listed
 * @param sources where the data comes from
 * @param notes what a reader should know about the data, e.g. which parts are a subset
 * @param declarationKinds the kinds of declaration that change a rule of the pack
 * @param parties the parties
 * @param measures the measures the instrument provides for, where it is limited to some (the EAW to surrender, the
 *     e-Evidence Regulation to production and preservation orders); empty when it is not limited this way
 * @param membership whether this is the membership list of an organisation (e.g. the European Union), which packs'
 *     scope rules read but which is never itself a legal basis for a request
 * @param nonParties States a source confirms had not become bound by a date (signatories that have not ratified, for
 *     example), at most one per State; a State may also be a party from a later date
 * @param measureProvisions the provisions that govern particular measures where that is not the article cited in
 *     {@code basisCitation} (UNTOC art. 19 for joint investigations), at most one per measure
 */
public record InstrumentParties(
        Instrument instrument,
        boolean binding,
        boolean mlaTreaty,
        Optional<String> packId,
        Optional<Citation> basisCitation,
        String dataVersion,
        LocalDate asOf,
        boolean complete,
        List<Source> sources,
        List<String> notes,
        List<DeclarationKind> declarationKinds,
        List<Party> parties,
        Set<MeasureType> measures,
        boolean membership,
        List<NonParty> nonParties,
        List<MeasureProvision> measureProvisions) {

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,39}");

    /**
     * @throws InvalidValueException if a field is null, a party, non-party or declaration kind is listed twice, a party's
     *     declaration is of an unknown kind, or a State is a party on a date up to which it is listed as not bound
     */
    public InstrumentParties {
        Checks.required(instrument, "InstrumentParties.instrument");
        String id = instrument.id();
        Checks.optional(packId, "InstrumentParties.packId");
        packId.ifPresent(LegalBasis::checkInstrumentId);
        Checks.optional(basisCitation, "InstrumentParties.basisCitation");
        Checks.required(dataVersion, "InstrumentParties.dataVersion");
        if (!VERSION.matcher(dataVersion).matches()) {
            throw new InvalidValueException("InstrumentParties.dataVersion", "must look like 2026.1 (instrument " + id + ")");
        }
        Checks.required(asOf, "InstrumentParties.asOf");
        sources = Checks.list(sources, "InstrumentParties.sources");
        notes = Checks.textList(notes, "InstrumentParties.notes", 4000);
        declarationKinds = Checks.list(declarationKinds, "InstrumentParties.declarationKinds");
        parties = Checks.list(parties, "InstrumentParties.parties");
        measures = Set.copyOf(Checks.set(measures, "InstrumentParties.measures"));
        nonParties = Checks.list(nonParties, "InstrumentParties.nonParties");
        measureProvisions = Checks.list(measureProvisions, "InstrumentParties.measureProvisions");
        java.util.Set<MeasureType> provided = java.util.EnumSet.noneOf(MeasureType.class);
        for (MeasureProvision mp : measureProvisions) {
            if (!provided.add(mp.measure())) {
                throw new InvalidValueException("InstrumentParties.measureProvisions", "measure " + mp.measure() + " is given twice (instrument " + id + ")");
            }
            if (!mp.citation().instrument().equals(id)) {
                throw new InvalidValueException("InstrumentParties.measureProvisions", "the provision for " + mp.measure() + " cites " + mp.citation()
                        + ", not an article of " + id);
            }
        }
        if (!binding && !parties.isEmpty()) {
            throw new InvalidValueException("InstrumentParties.parties", "a non-binding instrument has no parties (instrument " + id + ")");
        }
        if (!binding && !nonParties.isEmpty()) {
            throw new InvalidValueException("InstrumentParties.nonParties", "a non-binding instrument binds no State; list no non-parties (instrument " + id + ")");
        }
        java.util.Set<String> sourceKeys = new java.util.HashSet<>();
        for (Source s : sources) {
            if (!sourceKeys.add(s.key())) {
                throw new InvalidValueException("InstrumentParties.sources", "source key " + s.key() + " is used twice (instrument " + id + ")");
            }
        }
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (DeclarationKind k : declarationKinds) {
            if (!kinds.add(k.id())) {
                throw new InvalidValueException("InstrumentParties.declarationKinds", "declaration kind " + k.id() + " is defined twice (instrument " + id + ")");
            }
            if (!k.citation().instrument().equals(id)) {
                throw new InvalidValueException("InstrumentParties.declarationKinds", "declaration kind " + k.id() + " cites " + k.citation()
                        + ", not an article of " + id);
            }
        }
        java.util.Set<Jurisdiction> states = new java.util.HashSet<>();
        for (Party p : parties) {
            if (!states.add(p.state())) {
                throw new InvalidValueException("InstrumentParties.parties", "State " + p.state() + " is listed twice (instrument " + id + ")");
            }
            for (StateDeclaration d : p.declarations()) {
                if (!kinds.contains(d.id())) {
                    throw new InvalidValueException("InstrumentParties.parties", "State " + p.state() + " has declaration " + d.id()
                            + ", which is not a declaration kind of " + id);
                }
            }
            instrument.inForce().ifPresent(start -> p.inForce().ifPresent(own -> {
                if (own.isBefore(start)) {
                    throw new InvalidValueException("InstrumentParties.parties", "State " + p.state() + " is bound from " + own
                            + ", before " + id + " entered into force on " + start);
                }
            }));
        }
        parties = PartyList.of(parties);
        java.util.Set<Jurisdiction> nonStates = new java.util.HashSet<>();
        for (NonParty n : nonParties) {
            if (!nonStates.add(n.state())) {
                throw new InvalidValueException("InstrumentParties.nonParties", "State " + n.state() + " is listed twice (instrument " + id + ")");
            }
            Party p = ((PartyList) parties).byState(n.state());
            if (p != null && n.contradicts(p)) {
                throw new InvalidValueException("InstrumentParties.nonParties", "State " + n.state() + " is listed as not bound through "
                        + n.notBoundThrough() + " and as a party from " + p.inForce().or(p::partyBy).orElseThrow() + " (instrument " + id + ")");
            }
        }
    }

    /**
     * The data set without non-parties, as before they could be recorded.
     *
     * @throws InvalidValueException as the canonical constructor
     */
    public InstrumentParties(Instrument instrument, boolean binding, boolean mlaTreaty, Optional<String> packId, Optional<Citation> basisCitation,
            String dataVersion, LocalDate asOf, boolean complete, List<Source> sources, List<String> notes, List<DeclarationKind> declarationKinds,
            List<Party> parties, Set<MeasureType> measures, boolean membership) {
        this(instrument, binding, mlaTreaty, packId, basisCitation, dataVersion, asOf, complete, sources, notes, declarationKinds, parties, measures,
                membership, List.of(), List.of());
    }

    /** @return the provision that governs the measure under this instrument, where the data names one */
    public Optional<MeasureProvision> measureProvision(MeasureType measure) {
        Objects.requireNonNull(measure, "measure");
        for (MeasureProvision mp : measureProvisions) {
            if (mp.measure() == measure) {
                return Optional.of(mp);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the instrument provides for a measure: one it lists in {@link #measures()}, or, where it lists none, any
     * measure of mutual assistance. Surrender and provisional arrest are never mutual assistance (ETS 30 art. 1(2), EIO
     * art. 1(1)): only an instrument that lists them provides for them (the EAW).
     *
     * @param measure the measure
     * @return whether the instrument provides for it
     */
    public boolean provides(MeasureType measure) {
        Objects.requireNonNull(measure, "measure");
        if (measures.isEmpty()) {
            return measure.family() != org.openmla.core.model.MeasureFamily.SURRENDER;
        }
        return measures.contains(measure);
    }

    /** @return the instrument id */
    public String id() {
        return instrument.id();
    }

    /** @return the id of the rule pack that encodes the instrument: {@link #packId()} or else the instrument id */
    public String effectivePackId() {
        return packId.orElse(instrument.id());
    }

    /** @return the entry for the State, if it is listed */
    public Optional<Party> party(Jurisdiction state) {
        Objects.requireNonNull(state, "state");
        return Optional.ofNullable(((PartyList) parties).byState(state));
    }

    /** @return the entry for the State among the non-parties, if it is listed there */
    public Optional<NonParty> nonParty(Jurisdiction state) {
        Objects.requireNonNull(state, "state");
        return Optional.ofNullable(nonPartyOrNull(state));
    }

    private NonParty nonPartyOrNull(Jurisdiction state) {
        for (NonParty n : nonParties) {
            if (n.state().equals(state)) {
                return n;
            }
        }
        return null;
    }

    /** @return the declaration kind with this id */
    public Optional<DeclarationKind> declarationKind(String kindId) {
        return declarationKinds.stream().filter(k -> k.id().equals(kindId)).findFirst();
    }

    /**
     * Whether the State is bound by the instrument on the date: the truth of {@link #binding}, without its reason (no
     * text is built, for conditions evaluated at every decision).
     *
     * @param state the State
     * @param date the date
     * @return {@code binding(state, date).bound()}
     */
    public Truth bound(Jurisdiction state, LocalDate date) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(date, "date");
        if (!binding || (instrument.inForce().isPresent() && date.isBefore(instrument.inForce().get()))) {
            return Truth.FALSE;
        }
        Party p = ((PartyList) parties).byState(state);
        Truth bound = p == null ? (complete ? Truth.FALSE : Truth.UNKNOWN) : p.boundOn(date);
        if (bound.isUnknown() && !nonParties.isEmpty()) {
            NonParty n = nonPartyOrNull(state);
            if (n != null && n.notBoundOn(date)) {
                return Truth.FALSE;
            }
        }
        return bound;
    }

    /**
     * Whether the State is bound by the instrument on the date, with the reason.
     *
     * @param state the State
     * @param date the date
     * @return the binding: FALSE for a non-binding instrument, before the instrument's entry into force, for a State
     *     missing from a complete list, or on a date up to which a source confirms the State had not become bound
     *     ({@link NonParty}); UNKNOWN for a State missing from a partial list on any other date
     */
    public Binding binding(Jurisdiction state, LocalDate date) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(date, "date");
        if (!binding) {
            return explained(state, Explained.MODEL);
        }
        if (instrument.inForce().isPresent() && date.isBefore(instrument.inForce().get())) {
            return explained(state, Explained.NOT_YET_IN_FORCE);
        }
        Party p = ((PartyList) parties).byState(state);
        NonParty non = nonParties.isEmpty() ? null : nonPartyOrNull(state);
        if (non != null && non.notBoundOn(date) && (p == null || p.boundOn(date).isUnknown())) {
            // names the date asked about, so it is worded for this date and not kept
            return new Binding(Truth.FALSE, state + " is not bound by " + instrument.id() + " on " + date + ": " + non.explanation(instrument.id()));
        }
        if (p == null) {
            return explained(state, non != null && !complete ? Explained.NOT_LISTED_AFTER_NON_PARTY : complete ? Explained.NOT_A_PARTY
                    : Explained.NOT_LISTED);
        }
        Truth bound = p.boundOn(date);
        if (p.until().isPresent() && date.isAfter(p.until().get())) {
            return explained(state, Explained.CEASED);
        }
        boolean aged = date.isAfter(asOf);
        if (p.inForce().isPresent()) {
            return explained(state, !bound.isTrue() ? Explained.ENTERS_INTO_FORCE : aged ? Explained.IN_FORCE_AGED : Explained.IN_FORCE);
        }
        return explained(state, !bound.isTrue() ? Explained.CONFIRMED_ONLY_BY : aged ? Explained.CONFIRMED_AGED : Explained.CONFIRMED);
    }

    /**
     * The kinds of explanation {@link #binding} gives. Each kind's text (and truth) depends only on this data set and the
     * State, not on the date, so it is made once per State and kind and kept.
     */
    private enum Explained {
        MODEL, NOT_YET_IN_FORCE, NOT_A_PARTY, NOT_LISTED, NOT_LISTED_AFTER_NON_PARTY, CEASED, IN_FORCE, IN_FORCE_AGED, ENTERS_INTO_FORCE, CONFIRMED, CONFIRMED_AGED,
        CONFIRMED_ONLY_BY
    }

    private Binding explained(Jurisdiction state, Explained kind) {
        PartyList list = (PartyList) parties;
        Binding kept = list.explained(state, kind.ordinal());
        return kept != null ? kept : list.keepExplained(state, kind.ordinal(), Explained.values().length, explain(state, kind));
    }

    private Binding explain(Jurisdiction state, Explained kind) {
        String id = instrument.id();
        Party p = ((PartyList) parties).byState(state);
        return switch (kind) {
            case MODEL -> new Binding(Truth.FALSE, id + " is a model and binds no State");
            case NOT_YET_IN_FORCE -> new Binding(Truth.FALSE, id + " entered into force only on " + instrument.inForce().get());
            case NOT_A_PARTY -> new Binding(Truth.FALSE, state + " is not a party to " + id + " (complete party data as of " + asOf + ")");
            case NOT_LISTED -> new Binding(Truth.UNKNOWN, state + " is not in the party data for " + id + ", which is a partial list as of " + asOf
                    + "; whether it is bound is not known");
            case NOT_LISTED_AFTER_NON_PARTY -> new Binding(Truth.UNKNOWN, state + " is not in the party data for " + id + ", which is a partial list as of "
                    + asOf + "; " + nonPartyOrNull(state).explanation(id) + ", but whether it became bound after that date is not known");
            case CEASED -> new Binding(Truth.FALSE, id + " ceased to bind " + state + " after " + p.until().get());
            case IN_FORCE, IN_FORCE_AGED -> new Binding(Truth.TRUE, id + " is in force for " + state + " since " + p.inForce().get()
                    + (kind == Explained.IN_FORCE_AGED ? dataAge() : ""));
            case ENTERS_INTO_FORCE -> new Binding(Truth.FALSE, id + " enters into force for " + state + " only on " + p.inForce().get());
            case CONFIRMED, CONFIRMED_AGED -> new Binding(Truth.TRUE, state + " is confirmed a party to " + id + " by " + p.partyBy().get()
                    + (kind == Explained.CONFIRMED_AGED ? dataAge() : ""));
            case CONFIRMED_ONLY_BY -> new Binding(Truth.UNKNOWN, state + " is confirmed a party to " + id + " only by " + p.partyBy().get()
                    + "; the date " + id + " entered into force for it is not in the data");
        };
    }

    private String dataAge() {
        return " (party data as of " + asOf + ")";
    }

    /**
     * @return a copy with the party added, or replacing the entry for the same State; a non-party entry for the State
     *     that the new entry contradicts ({@link NonParty#contradicts(Party)}) is dropped, the newer entry winning
     */
    public InstrumentParties withParty(Party party) {
        Objects.requireNonNull(party, "party");
        List<Party> more = new ArrayList<>();
        boolean replaced = false;
        for (Party p : parties) {
            if (p.state().equals(party.state())) {
                more.add(party);
                replaced = true;
            } else {
                more.add(p);
            }
        }
        if (!replaced) {
            more.add(party);
        }
        List<NonParty> kept = new ArrayList<>(nonParties.size());
        for (NonParty n : nonParties) {
            if (!n.contradicts(party)) {
                kept.add(n);
            }
        }
        return new InstrumentParties(instrument, binding, mlaTreaty, packId, basisCitation, dataVersion, asOf, complete, sources, notes,
                declarationKinds, more, measures, membership, kept, measureProvisions);
    }

    /**
     * Merges another data set for the same instrument over this one: its metadata wins; parties and declaration kinds are
     * merged by State and by id, the other's entries replacing this one's; sources and notes are joined. Non-parties are
     * merged by State likewise; where an entry of the overlay contradicts one of this data set (a party on a date up to
     * which the other says the State was not bound), the overlay's entry wins and the other is dropped.
     *
     * @param overlay the data set to lay over this one
     * @return the merged data set
     * @throws InvalidValueException if the overlay is for another instrument
     */
    public InstrumentParties mergedWith(InstrumentParties overlay) {
        Objects.requireNonNull(overlay, "overlay");
        if (!overlay.id().equals(id())) {
            throw new InvalidValueException("overlay", "is for " + overlay.id() + ", not " + id());
        }
        Map<Jurisdiction, Party> byState = new LinkedHashMap<>();
        parties.forEach(p -> byState.put(p.state(), p));
        overlay.parties.forEach(p -> byState.put(p.state(), p));
        Map<Jurisdiction, NonParty> nonByState = new LinkedHashMap<>();
        nonParties.forEach(n -> nonByState.put(n.state(), n));
        for (Party p : overlay.parties) {
            NonParty n = nonByState.get(p.state());
            if (n != null && n.contradicts(p)) {
                nonByState.remove(p.state());
            }
        }
        for (NonParty n : overlay.nonParties) {
            nonByState.put(n.state(), n);
            Party p = byState.get(n.state());
            if (p != null && n.contradicts(p)) {
                byState.remove(n.state());
            }
        }
        Map<MeasureType, MeasureProvision> byMeasure = new java.util.EnumMap<>(MeasureType.class);
        measureProvisions.forEach(mp -> byMeasure.put(mp.measure(), mp));
        overlay.measureProvisions.forEach(mp -> byMeasure.put(mp.measure(), mp));
        Map<String, DeclarationKind> byKind = new LinkedHashMap<>();
        declarationKinds.forEach(k -> byKind.put(k.id(), k));
        overlay.declarationKinds.forEach(k -> byKind.put(k.id(), k));
        Map<String, Source> byKey = new LinkedHashMap<>();
        sources.forEach(s -> byKey.put(s.key(), s));
        overlay.sources.forEach(s -> byKey.put(s.key(), s));
        List<String> allNotes = new ArrayList<>(notes);
        overlay.notes.stream().filter(n -> !allNotes.contains(n)).forEach(allNotes::add);
        return new InstrumentParties(overlay.instrument, overlay.binding, overlay.mlaTreaty, overlay.packId.or(() -> packId),
                overlay.basisCitation.or(() -> basisCitation), overlay.dataVersion, overlay.asOf, overlay.complete,
                List.copyOf(byKey.values()), allNotes, List.copyOf(byKind.values()), List.copyOf(byState.values()), overlay.measures,
                overlay.membership, List.copyOf(nonByState.values()), List.copyOf(byMeasure.values()));
    }

    /** @return the parties sorted by State code, for display */
    public List<Party> partiesByState() {
        List<Party> sorted = new ArrayList<>(parties);
        sorted.sort(java.util.Comparator.comparing(Party::state));
        return Collections.unmodifiableList(sorted);
    }

    @Override
    public String toString() {
        return "InstrumentParties[" + id() + "@" + dataVersion + ", as of " + asOf + ", " + parties.size() + " parties"
                + (complete ? "" : " (partial)") + (nonParties.isEmpty() ? "" : ", " + nonParties.size() + " non-parties") + "]";
    }
}
