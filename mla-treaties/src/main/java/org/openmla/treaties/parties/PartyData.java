package org.openmla.treaties.parties;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.engine.StateProfile;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;
import org.openmla.treaties.internal.json.PartyDataReader;
import org.openmla.treaties.internal.json.PartyDocument;

/**
 * Who is bound by which instrument from when, what each State declared, and which bilateral treaties bind which pairs
 * of States: the data the {@link org.openmla.treaties.resolver.LegalBasisResolver} decides the legal basis from, and
 * from which the engine's {@link StateProfile}s are made.
 *
 * <p>The library ships party data as versioned JSON documents in its jar (see
 * {@code org.openmla.treaties.BuiltInPacks#partyData()}); a host can lay its own or newer data over them without a new
 * release: {@link #withDocument(Path)} merges a document by instrument and State, {@link #withParty(String, Party)}
 * and {@link #withBilateralTreaty(BilateralTreaty)} do the same in code. The JSON format is described in
 * {@code docs/party-data.md}.
 *
 * <p>Immutable and thread-safe: every "with" method returns a new instance.
 */
public final class PartyData {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PartyData.class);

    private final Map<String, InstrumentParties> instruments;
    private final Map<String, BilateralTreaty> bilateral;
    private final List<Provenance> provenance;
    private final List<InstrumentParties> instrumentList;
    private final List<BilateralTreaty> bilateralList;

    private PartyData(Map<String, InstrumentParties> instruments, Map<String, BilateralTreaty> bilateral, List<Provenance> provenance) {
        for (BilateralTreaty t : bilateral.values()) {
            if (instruments.containsKey(t.id())) {
                throw new InvalidValueException("PartyData.bilateralTreaties", "treaty id " + t.id() + " is also an instrument id");
            }
        }
        this.instruments = Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
        this.bilateral = Collections.unmodifiableMap(new LinkedHashMap<>(bilateral));
        this.provenance = List.copyOf(provenance);
        this.instrumentList = List.copyOf(this.instruments.values());
        this.bilateralList = List.copyOf(this.bilateral.values());
    }

    /** @return party data with no instrument and no treaty */
    public static PartyData empty() {
        return new PartyData(Map.of(), Map.of(), List.of());
    }

    /**
     * Party data made in code.
     *
     * @param instruments the instruments' data sets, at most one per instrument
     * @param treaties bilateral treaties, unique by id
     * @return the party data
     * @throws InvalidValueException if an instrument or treaty id is used twice
     */
    public static PartyData of(List<InstrumentParties> instruments, List<BilateralTreaty> treaties) {
        Map<String, InstrumentParties> byId = new LinkedHashMap<>();
        for (InstrumentParties ip : Checks.list(instruments, "instruments")) {
            if (byId.put(ip.id(), ip) != null) {
                throw new InvalidValueException("instruments", "instrument " + ip.id() + " is given twice");
            }
        }
        Map<String, BilateralTreaty> treatyById = new LinkedHashMap<>();
        for (BilateralTreaty t : Checks.list(treaties, "treaties")) {
            if (treatyById.put(t.id(), t) != null) {
                throw new InvalidValueException("treaties", "treaty " + t.id() + " is given twice");
            }
        }
        return new PartyData(byId, treatyById, List.of());
    }

    /**
     * Reads a party-data document on its own.
     *
     * @param in the JSON document; read fully, not closed
     * @param name the document's name, used in messages and in {@link #provenance()}
     * @return the party data
     * @throws PartyDataException if the document is malformed or inconsistent
     */
    public static PartyData read(InputStream in, String name) {
        return empty().withDocument(in, name);
    }

    /**
     * Reads a party-data document from a file.
     *
     * @param path the file
     * @return the party data
     * @throws PartyDataException if the file cannot be read, or the document is malformed or inconsistent
     */
    public static PartyData read(Path path) {
        return empty().withDocument(path);
    }

    /**
     * Lays a document over this data: its instrument data sets are merged with this one's
     * ({@link InstrumentParties#mergedWith(InstrumentParties)}), its party updates replace the entries for the same
     * instrument and State, its treaties replace those with the same id.
     *
     * @param path the JSON file
     * @return the merged data
     * @throws PartyDataException if the file cannot be read, or the document is malformed or refers to an instrument
     *     that neither it nor this data defines
     */
    public PartyData withDocument(Path path) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return withDocument(in, path.getFileName().toString());
        } catch (IOException e) {
            throw new PartyDataException(path.getFileName() + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Lays a document over this data; see {@link #withDocument(Path)}.
     *
     * @param in the JSON document; read fully, not closed
     * @param name the document's name
     * @return the merged data
     * @throws PartyDataException if the document is malformed or inconsistent
     */
    public PartyData withDocument(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Checks.text(name, "name", 500);
        PartyDocument doc = PartyDataReader.read(in, name);
        Map<String, InstrumentParties> merged = new LinkedHashMap<>(instruments);
        for (int i = 0; i < doc.instruments().size(); i++) {
            InstrumentParties ip = doc.instruments().get(i);
            InstrumentParties base = merged.get(ip.id());
            try {
                merged.put(ip.id(), base == null ? ip : base.mergedWith(ip));
            } catch (InvalidValueException e) {
                throw new PartyDataException(name + ": /instruments/" + i + ": " + e.getMessage(), e);
            }
        }
        for (PartyDocument.PartyUpdate u : doc.partyUpdates()) {
            InstrumentParties base = merged.get(u.instrumentId());
            if (base == null) {
                throw new PartyDataException(name + ": " + u.field() + "/instrument: no party data defines instrument " + u.instrumentId());
            }
            try {
                merged.put(u.instrumentId(), base.withParty(u.party()));
            } catch (InvalidValueException e) {
                throw new PartyDataException(name + ": " + u.field() + ": " + e.getMessage(), e);
            }
        }
        Map<String, BilateralTreaty> treaties = new LinkedHashMap<>(bilateral);
        doc.treaties().forEach(t -> treaties.put(t.id(), t));
        List<Provenance> prov = new ArrayList<>(provenance);
        prov.add(doc.provenance());
        LOG.debug("Read party data {} (version {}, as of {}): {} instruments, {} party updates, {} bilateral treaties", name,
                doc.provenance().dataVersion(), doc.provenance().asOf(), doc.instruments().size(), doc.partyUpdates().size(), doc.treaties().size());
        try {
            return new PartyData(merged, treaties, prov);
        } catch (InvalidValueException e) {
            throw new PartyDataException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Lays other party data over this: instruments merged by id, treaties replaced by id, provenance joined.
     *
     * @param overlay the data to lay over this
     * @return the merged data
     */
    public PartyData mergedWith(PartyData overlay) {
        Objects.requireNonNull(overlay, "overlay");
        Map<String, InstrumentParties> merged = new LinkedHashMap<>(instruments);
        overlay.instruments.values().forEach(ip -> merged.merge(ip.id(), ip, InstrumentParties::mergedWith));
        Map<String, BilateralTreaty> treaties = new LinkedHashMap<>(bilateral);
        treaties.putAll(overlay.bilateral);
        List<Provenance> prov = new ArrayList<>(provenance);
        prov.addAll(overlay.provenance);
        return new PartyData(merged, treaties, prov);
    }

    /**
     * Adds or replaces one State's entry for an instrument.
     *
     * @param instrumentId the instrument, which this data must define
     * @param party the State's entry
     * @return the new data
     * @throws InvalidValueException if the instrument is not defined or the party is inconsistent with it
     */
    public PartyData withParty(String instrumentId, Party party) {
        InstrumentParties ip = instrument(instrumentId).orElseThrow(() -> new InvalidValueException("instrumentId",
                "no party data defines instrument " + instrumentId));
        Map<String, InstrumentParties> merged = new LinkedHashMap<>(instruments);
        merged.put(instrumentId, ip.withParty(party));
        return new PartyData(merged, bilateral, provenance);
    }

    /**
     * Adds a bilateral treaty, or replaces the one with the same id.
     *
     * @param treaty the treaty
     * @return the new data
     */
    public PartyData withBilateralTreaty(BilateralTreaty treaty) {
        Objects.requireNonNull(treaty, "treaty");
        Map<String, BilateralTreaty> treaties = new LinkedHashMap<>(bilateral);
        treaties.put(treaty.id(), treaty);
        return new PartyData(instruments, treaties, provenance);
    }

    /** @return every instrument's data set, in the order first defined */
    public List<InstrumentParties> instruments() {
        return instrumentList;
    }

    /** @return the data set for the instrument */
    public Optional<InstrumentParties> instrument(String instrumentId) {
        Objects.requireNonNull(instrumentId, "instrumentId");
        return Optional.ofNullable(instruments.get(instrumentId));
    }

    /** @return every bilateral treaty */
    public List<BilateralTreaty> bilateralTreaties() {
        return bilateralList;
    }

    /** @return the bilateral treaty with this id */
    public Optional<BilateralTreaty> bilateralTreaty(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(bilateral.get(id));
    }

    /** @return the bilateral treaties that bind the two States on the date */
    public List<BilateralTreaty> bilateralTreaties(Jurisdiction a, Jurisdiction b, LocalDate date) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(date, "date");
        List<BilateralTreaty> binding = new ArrayList<>(0);
        for (BilateralTreaty t : bilateralList) {
            if (t.between(a, b) && t.bindsOn(date).isTrue()) {
                binding.add(t);
            }
        }
        return List.copyOf(binding);
    }

    /** @return the documents this data was read from, in order */
    public List<Provenance> provenance() {
        return provenance;
    }

    /**
     * Whether a State is bound by an instrument on a date.
     *
     * @param instrumentId the instrument
     * @param state the State
     * @param date the date
     * @return the binding; UNKNOWN if there is no data for the instrument
     */
    public Binding binding(String instrumentId, Jurisdiction state, LocalDate date) {
        Objects.requireNonNull(instrumentId, "instrumentId");
        InstrumentParties ip = instruments.get(instrumentId);
        if (ip == null) {
            return new Binding(Truth.UNKNOWN, "there is no party data for " + instrumentId);
        }
        return ip.binding(state, date);
    }

    /**
     * The engine's profile of a State: its declarations in effect on the date under the given instruments (for those it
     * is bound by on that date), and the languages it notified under them. Languages are joined across instruments; an
     * empty set means they are not known.
     *
     * @param state the State
     * @param date the date
     * @param instrumentIds the instruments that matter, e.g. those that apply to the request
     * @return the profile
     */
    public StateProfile stateProfile(Jurisdiction state, LocalDate date, Collection<String> instrumentIds) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(instrumentIds, "instrumentIds");
        // the profile keeps its sets in no particular order, so they are gathered unsorted; most are empty
        Set<String> declarations = Set.of();
        Set<LanguageCode> languages = Set.of();
        for (String id : instrumentIds) {
            InstrumentParties ip = instruments.get(Objects.requireNonNull(id, "instrumentIds[]"));
            if (ip == null) {
                continue;
            }
            Optional<Party> p = ip.party(state);
            if (p.isEmpty() || !p.get().boundOn(date).isTrue()) {
                continue;
            }
            for (StateDeclaration d : p.get().declarations()) {
                if (d.inEffectOn(date)) {
                    if (declarations.isEmpty()) {
                        declarations = new java.util.HashSet<>();
                    }
                    declarations.add(d.id());
                }
            }
            if (!p.get().languages().isEmpty()) {
                if (languages.isEmpty()) {
                    languages = new java.util.HashSet<>();
                }
                languages.addAll(p.get().languages());
            }
        }
        return new StateProfile(state, declarations, languages);
    }

    @Override
    public String toString() {
        return "PartyData[instruments=" + instruments.keySet() + ", bilateralTreaties=" + bilateral.size() + ", documents=" + provenance.size() + "]";
    }
}
