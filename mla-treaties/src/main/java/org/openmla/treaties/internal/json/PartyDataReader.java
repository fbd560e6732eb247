package org.openmla.treaties.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.MeasureType;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.Instrument;
import org.openmla.treaties.parties.BilateralTreaty;
import org.openmla.treaties.parties.CentralAuthority;
import org.openmla.treaties.parties.DeclarationKind;
import org.openmla.treaties.parties.InstrumentParties;
import org.openmla.treaties.parties.MeasureProvision;
import org.openmla.treaties.parties.NonParty;
import org.openmla.treaties.parties.Party;
import org.openmla.treaties.parties.PartyDataException;
import org.openmla.treaties.parties.Provenance;
import org.openmla.treaties.parties.Source;
import org.openmla.treaties.parties.StateDeclaration;

/**
 * Reads the party-data JSON format ({@code openmla-party-data/1}, described in {@code docs/party-data.md}) with
 * Jackson's tree model, so that the model stays free of Jackson. Strict: unknown fields are errors (a misspelt
 * {@code "inforce"} must not silently drop a date), and every message names the document and the field.
 */
public final class PartyDataReader {

    /** The format this reader understands. */
    public static final String FORMAT = "openmla-party-data/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final Set<String> DOCUMENT_FIELDS = Set.of("format", "dataVersion", "asOf", "sources", "notes", "instruments", "parties",
            "bilateralTreaties");
    private static final Set<String> INSTRUMENT_FIELDS = Set.of("id", "title", "adopted", "inForce", "binding", "mlaTreaty", "packId",
            "basisCitation", "complete", "notes", "declarationKinds", "parties", "nonParties", "measures", "membership", "measureProvisions");
    private static final Set<String> PARTY_FIELDS = Set.of("instrument", "state", "deposited", "inForce", "partyBy", "until", "declarations",
            "centralAuthorities", "languages", "source", "note");
    private static final Set<String> NON_PARTY_FIELDS = Set.of("state", "notBoundThrough", "signed", "source", "note");
    private static final Set<String> TREATY_FIELDS = Set.of("id", "title", "states", "inForce", "until", "mlaTreaty",
            "agreedToApplyConventionProvisions", "packId", "source");

    private final String name;

    private PartyDataReader(String name) {
        this.name = name;
    }

    /**
     * Reads a document.
     *
     * @param in the JSON; read fully, not closed
     * @param name the document's name for messages
     * @return the document
     * @throws PartyDataException if it is malformed
     */
    public static PartyDocument read(InputStream in, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new PartyDataException(name + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new PartyDataException(name + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new PartyDataException(name + ": must be a JSON object");
        }
        return new PartyDataReader(name).document(root);
    }

    private PartyDocument document(JsonNode root) {
        fields(root, "", DOCUMENT_FIELDS);
        String format = text(root, "format", "");
        if (!FORMAT.equals(format)) {
            throw error("/format", "must be '" + FORMAT + "'");
        }
        String dataVersion = text(root, "dataVersion", "");
        LocalDate asOf = date(root, "asOf", "").orElseThrow(() -> error("/asOf", "is required"));
        List<Source> sources = list(root, "sources", "", this::source);
        List<String> notes = strings(root, "notes", "");
        Provenance provenance = build("", () -> new Provenance(name, dataVersion, asOf, sources, notes));
        List<InstrumentParties> instruments = list(root, "instruments", "", (n, at) -> instrument(n, at, dataVersion, asOf, sources, notes));
        List<PartyDocument.PartyUpdate> updates = list(root, "parties", "", (n, at) -> {
            String instrument = text(n, "instrument", at);
            return new PartyDocument.PartyUpdate(instrument, party(n, at, true), at);
        });
        List<BilateralTreaty> treaties = list(root, "bilateralTreaties", "", this::treaty);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < instruments.size(); i++) {
            if (!ids.add(instruments.get(i).id())) {
                throw error("/instruments/" + i + "/id", "instrument " + instruments.get(i).id() + " is defined twice in the document");
            }
        }
        java.util.Map<String, Party> byKey = new java.util.HashMap<>();
        java.util.Map<String, NonParty> nonByKey = new java.util.HashMap<>();
        for (InstrumentParties ip : instruments) {
            ip.parties().forEach(p -> byKey.put(ip.id() + "|" + p.state(), p));
            ip.nonParties().forEach(np -> nonByKey.put(ip.id() + "|" + np.state(), np));
        }
        Set<String> updated = new LinkedHashSet<>();
        for (PartyDocument.PartyUpdate u : updates) {
            String key = u.instrumentId() + "|" + u.party().state();
            if (!updated.add(key)) {
                throw error(u.field() + "/state", "a second entry for " + u.party().state() + " and " + u.instrumentId()
                        + " in the same document; one entry per State and instrument");
            }
            Party defined = byKey.get(key);
            if (defined != null && !defined.equals(u.party())) {
                throw error(u.field(), "contradicts the entry for " + u.party().state() + " in the document's own definition of "
                        + u.instrumentId());
            }
            NonParty non = nonByKey.get(key);
            if (non != null && non.contradicts(u.party())) {
                throw error(u.field(), "contradicts the non-party entry for " + u.party().state() + " in the document's own definition of "
                        + u.instrumentId() + " (not bound through " + non.notBoundThrough() + ")");
            }
        }
        return new PartyDocument(provenance, instruments, updates, treaties);
    }

    private Source source(JsonNode n, String at) {
        fields(n, at, Set.of("key", "description", "url"));
        return build(at, () -> new Source(text(n, "key", at), text(n, "description", at), optionalText(n, "url", at)));
    }

    private InstrumentParties instrument(JsonNode n, String at, String dataVersion, LocalDate asOf, List<Source> sources, List<String> docNotes) {
        fields(n, at, INSTRUMENT_FIELDS);
        String id = text(n, "id", at);
        Instrument instrument = build(at, () -> new Instrument(id, text(n, "title", at), date(n, "adopted", at), date(n, "inForce", at)));
        boolean binding = bool(n, "binding", at, true);
        boolean mlaTreaty = bool(n, "mlaTreaty", at, false);
        Optional<String> packId = optionalText(n, "packId", at);
        Optional<Citation> basis = optionalText(n, "basisCitation", at).map(c -> build(path(at, "basisCitation"), () -> Citation.parse(c)));
        boolean complete = bool(n, "complete", at, false);
        List<String> notes = new ArrayList<>(docNotes);
        notes.addAll(strings(n, "notes", at));
        boolean membership = bool(n, "membership", at, false);
        List<String> measureNames = strings(n, "measures", at);
        Set<MeasureType> measures = new LinkedHashSet<>();
        for (int i = 0; i < measureNames.size(); i++) {
            String m = measureNames.get(i);
            try {
                measures.add(MeasureType.valueOf(m));
            } catch (IllegalArgumentException e) {
                throw error(path(at, "measures") + "/" + i, "is not a measure type (see MeasureType)");
            }
        }
        List<DeclarationKind> kinds = list(n, "declarationKinds", at, this::declarationKind);
        Set<String> kindIds = new LinkedHashSet<>();
        kinds.forEach(k -> kindIds.add(k.id()));
        List<Party> parties = list(n, "parties", at, (p, pat) -> party(p, pat, false));
        Set<Jurisdiction> seen = new LinkedHashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            String pat = path(at, "parties") + "/" + i;
            if (!seen.add(p.state())) {
                throw error(pat + "/state", "State " + p.state() + " is listed twice for " + id + "; one entry per State and instrument");
            }
            for (int k = 0; k < p.declarations().size(); k++) {
                String d = p.declarations().get(k).id();
                if (!kindIds.contains(d)) {
                    throw error(pat + "/declarations/" + k + "/id", "declaration " + d + " is not a declaration kind of " + id
                            + " (a declaration must name a kind that rules read)");
                }
            }
        }
        List<NonParty> nonParties = list(n, "nonParties", at, this::nonParty);
        Set<Jurisdiction> nonSeen = new LinkedHashSet<>();
        for (int i = 0; i < nonParties.size(); i++) {
            NonParty np = nonParties.get(i);
            String nat = path(at, "nonParties") + "/" + i;
            if (!nonSeen.add(np.state())) {
                throw error(nat + "/state", "State " + np.state() + " is listed twice among the non-parties of " + id);
            }
            for (Party p : parties) {
                if (np.contradicts(p)) {
                    throw error(nat + "/notBoundThrough", "State " + np.state() + " is also listed under parties as bound from "
                            + p.inForce().or(p::partyBy).orElseThrow() + ", not after this date; a non-party entry may only end before the party entry starts");
                }
            }
        }
        List<MeasureProvision> provisions = list(n, "measureProvisions", at, this::measureProvision);
        Set<MeasureType> provided = new LinkedHashSet<>();
        for (int i = 0; i < provisions.size(); i++) {
            MeasureProvision mp = provisions.get(i);
            String mat = path(at, "measureProvisions") + "/" + i;
            if (!provided.add(mp.measure())) {
                throw error(mat + "/measure", "measure " + mp.measure() + " is given twice for " + id);
            }
            if (!mp.citation().instrument().equals(id)) {
                throw error(mat + "/citation", "must cite an article of " + id);
            }
        }
        return build(at, () -> new InstrumentParties(instrument, binding, mlaTreaty, packId, basis, dataVersion, asOf, complete, sources, notes,
                kinds, parties, measures, membership, nonParties, provisions));
    }

    private DeclarationKind declarationKind(JsonNode n, String at) {
        fields(n, at, Set.of("id", "citation", "ruleIds", "summary"));
        return build(at, () -> new DeclarationKind(text(n, "id", at), Citation.parse(text(n, "citation", at)), strings(n, "ruleIds", at),
                text(n, "summary", at)));
    }

    private Party party(JsonNode n, String at, boolean update) {
        Set<String> allowed = new LinkedHashSet<>(PARTY_FIELDS);
        if (!update) {
            allowed.remove("instrument");
        }
        fields(n, at, allowed);
        String state = text(n, "state", at);
        Jurisdiction j = build(path(at, "state"), () -> Jurisdiction.of(state));
        Party.Builder b = Party.builder(j, text(n, "source", at));
        date(n, "deposited", at).ifPresent(b::deposited);
        date(n, "inForce", at).ifPresent(b::inForce);
        date(n, "partyBy", at).ifPresent(b::partyBy);
        date(n, "until", at).ifPresent(b::until);
        list(n, "declarations", at, this::stateDeclaration).forEach(b::declaration);
        list(n, "centralAuthorities", at, this::centralAuthority).forEach(b::centralAuthority);
        List<String> languages = strings(n, "languages", at);
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i);
            b.language(build(path(at, "languages") + "/" + i, () -> LanguageCode.of(code)));
        }
        optionalText(n, "note", at).ifPresent(b::note);
        return build(at, b::build);
    }

    private MeasureProvision measureProvision(JsonNode n, String at) {
        fields(n, at, Set.of("measure", "citation", "summary"));
        String name = text(n, "measure", at);
        MeasureType measure;
        try {
            measure = MeasureType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw error(path(at, "measure"), "is not a measure type (see MeasureType)");
        }
        Citation citation = build(path(at, "citation"), () -> Citation.parse(text(n, "citation", at)));
        return build(at, () -> new MeasureProvision(measure, citation, text(n, "summary", at)));
    }

    private NonParty nonParty(JsonNode n, String at) {
        fields(n, at, NON_PARTY_FIELDS);
        String state = text(n, "state", at);
        Jurisdiction j = build(path(at, "state"), () -> Jurisdiction.of(state));
        LocalDate through = date(n, "notBoundThrough", at).orElseThrow(() -> error(path(at, "notBoundThrough"), "is required"));
        return build(at, () -> new NonParty(j, through, date(n, "signed", at), text(n, "source", at), optionalText(n, "note", at)));
    }

    private StateDeclaration stateDeclaration(JsonNode n, String at) {
        fields(n, at, Set.of("id", "from", "until", "source"));
        return build(at, () -> new StateDeclaration(text(n, "id", at), date(n, "from", at), date(n, "until", at), text(n, "source", at)));
    }

    private CentralAuthority centralAuthority(JsonNode n, String at) {
        fields(n, at, Set.of("name", "territory", "source"));
        return build(at, () -> new CentralAuthority(text(n, "name", at), optionalText(n, "territory", at), text(n, "source", at)));
    }

    private BilateralTreaty treaty(JsonNode n, String at) {
        fields(n, at, TREATY_FIELDS);
        List<String> codes = strings(n, "states", at);
        List<Jurisdiction> states = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            states.add(build(path(at, "states") + "/" + i, () -> Jurisdiction.of(code)));
        }
        LocalDate inForce = date(n, "inForce", at).orElseThrow(() -> error(path(at, "inForce"), "is required"));
        return build(at, () -> new BilateralTreaty(text(n, "id", at), text(n, "title", at), states, inForce, date(n, "until", at),
                bool(n, "mlaTreaty", at, true), new LinkedHashSet<>(strings(n, "agreedToApplyConventionProvisions", at)),
                optionalText(n, "packId", at), text(n, "source", at)));
    }

    // ---- primitives ----

    private void fields(JsonNode n, String at, Set<String> allowed) {
        if (!n.isObject()) {
            throw error(at, "must be an object");
        }
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!allowed.contains(f)) {
                throw error(path(at, f), "is not a known field (known: " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    private String text(JsonNode n, String field, String at) {
        return optionalText(n, field, at).orElseThrow(() -> error(path(at, field), "is required"));
    }

    private Optional<String> optionalText(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(path(at, field), "must be a non-blank string");
        }
        return Optional.of(v.asText());
    }

    private boolean bool(JsonNode n, String field, String at, boolean otherwise) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isBoolean()) {
            throw error(path(at, field), "must be true or false");
        }
        return v.asBoolean();
    }

    private Optional<LocalDate> date(JsonNode n, String field, String at) {
        Optional<String> text = optionalText(n, field, at);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw error(path(at, field), "is not a date in the form 2004-09-10");
        }
    }

    private List<String> strings(JsonNode n, String field, String at) {
        return list(n, field, at, (v, vat) -> {
            if (!v.isTextual() || v.asText().isBlank()) {
                throw error(vat, "must be a non-blank string");
            }
            return v.asText();
        });
    }

    private <T> List<T> list(JsonNode n, String field, String at, BiFunction<JsonNode, String, T> item) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        String here = path(at, field);
        if (!v.isArray()) {
            throw error(here, "must be an array");
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(item.apply(v.get(i), here + "/" + i));
        }
        return out;
    }

    private <T> T build(String at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            throw error(at, e.getMessage());
        }
    }

    /** A JSON pointer (RFC 6901) to a field: {@code /instruments/0/parties/3/inForce}. */
    private static String path(String at, String field) {
        return at + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    private PartyDataException error(String pointer, String problem) {
        return new PartyDataException(name + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + problem);
    }
}
