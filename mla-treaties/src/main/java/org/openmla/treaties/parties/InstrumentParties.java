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
 * never FALSE.
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
        boolean membership) {

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,39}");

    /** @throws InvalidValueException if a field is null, a party or declaration kind is listed twice, or a party's declaration is of an unknown kind */
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
        if (!binding && !parties.isEmpty()) {
            throw new InvalidValueException("InstrumentParties.parties", "a non-binding instrument has no parties (instrument " + id + ")");
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
        if (p == null) {
            return complete ? Truth.FALSE : Truth.UNKNOWN;
        }
        return p.boundOn(date);
    }

    /**
     * Whether the State is bound by the instrument on the date, with the reason.
     *
     * @param state the State
     * @param date the date
     * @return the binding: FALSE for a non-binding instrument, before the instrument's entry into force, or for a State
     *     missing from a complete list; UNKNOWN for a State missing from a partial list
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
        if (p == null) {
            return explained(state, complete ? Explained.NOT_A_PARTY : Explained.NOT_LISTED);
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
        MODEL, NOT_YET_IN_FORCE, NOT_A_PARTY, NOT_LISTED, CEASED, IN_FORCE, IN_FORCE_AGED, ENTERS_INTO_FORCE, CONFIRMED, CONFIRMED_AGED,
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

    /** @return a copy with the party added, or replacing the entry for the same State */
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
        return new InstrumentParties(instrument, binding, mlaTreaty, packId, basisCitation, dataVersion, asOf, complete, sources, notes,
                declarationKinds, more, measures, membership);
    }

    /**
     * Merges another data set for the same instrument over this one: its metadata wins; parties and declaration kinds are
     * merged by State and by id, the other's entries replacing this one's; sources and notes are joined.
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
                overlay.membership);
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
                + (complete ? "" : " (partial)") + "]";
    }
}
