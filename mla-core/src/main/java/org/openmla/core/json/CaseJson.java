package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.ConsultationRecord;
import org.openmla.core.lifecycle.DeadlineExtension;
import org.openmla.core.lifecycle.DecisionFacts;
import org.openmla.core.lifecycle.DecisionRef;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionDetail;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.PackRef;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.rules.RunningDeadline;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.rules.Verdict;

/**
 * Writes and reads a {@link RequestCase} in the case format, version 3: the case id, its state and version, and its
 * append-only history, each entry chained to the one before by SHA-256 hashes of its canonical content, optionally
 * sealed with the host's key ({@link CaseSeal}); each decision reference carries the {@link DecisionFacts} the
 * lifecycle's guards read. Reading checks the chain and the seal, replays the history ({@link RequestCase#replay},
 * which checks it is one the lifecycle could have written, every guard included) and checks that the stored state and
 * version are the ones the history produces, so a changed document is rejected, never half-read. Version 2 documents
 * (chained, no facts: {@link CaseDocument#guardsNotRechecked()}) and version 1 documents (no chain:
 * {@link CaseDocument.Integrity#NO_CHAIN}) are still read, and say what they cannot show. A case holding a reference
 * without facts (read from such a document) is written as version 2, without facts, so that no version 3 document
 * lacks them.
 *
 * <p>The canonical content of an entry is documented in docs/json-format.md ("Hash chain"): the entry as this class
 * writes it, without {@code previousHash} and {@code hash}, as compact JSON in UTF-8.
 */
final class CaseJson {
    private CaseJson() {}

    static final int SCHEMA_VERSION = 3;
    /** The version written for a case holding a decision reference without facts: the newest that can hold one. */
    static final int WITHOUT_FACTS_VERSION = 2;
    /** The oldest case format version read. */
    static final int OLDEST_VERSION = 1;

    private static final JsonFactory CANONICAL = JsonFactory.builder().build();
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private static final List<String> CASE_V1 = List.of("schemaVersion", "caseId", "state", "version", "history");
    private static final List<String> CASE = List.of("schemaVersion", "caseId", "state", "version", "history", "seal");
    private static final List<String> SEAL = List.of("keyId", "mac");
    private static final List<String> TRANSITION_V1 = List.of("version", "at", "actor", "from", "to", "command", "reason", "decision",
            "acceptedMeasures", "executedMeasures", "groundIds", "consultation", "declaredDeadlines", "extension");
    private static final List<String> TRANSITION = List.of("version", "at", "actor", "from", "to", "command", "reason", "decision",
            "acceptedMeasures", "executedMeasures", "groundIds", "consultation", "declaredDeadlines", "extension", "previousHash", "hash");
    private static final List<String> ACTOR = List.of("officerId", "role");
    private static final List<String> DECISION_V2 = List.of("decisionId", "inputDigest", "outcome", "partial", "measureOutcomes", "lawDate", "packs");
    private static final List<String> DECISION = List.of("decisionId", "inputDigest", "outcome", "partial", "measureOutcomes", "lawDate", "packs",
            "facts");
    private static final List<String> FACTS = List.of("requestId", "findings", "openQuestions", "consultationDuties");
    private static final List<String> FINDING = List.of("rule", "kind", "ground", "measureIndex", "verdict", "exceptedBy", "exceptionTo");
    private static final List<String> QUESTION = List.of("key", "measureIndex", "rules");
    private static final List<String> PACK = List.of("id", "version");
    private static final List<String> CONSULTATION = List.of("duties", "result");
    private static final List<String> DEADLINE_V1 = List.of("rule", "citation", "statement", "runsFrom", "metBy", "limit", "urgentLimit",
            "maxExtension", "urgent");
    private static final List<String> DEADLINE = List.of("rule", "citation", "statement", "runsFrom", "metBy", "urgent", "limit", "normalLimit",
            "urgentLimit", "maxExtension");
    private static final List<String> LIMIT = List.of("amount", "unit");
    private static final List<String> EXTENSION = List.of("rule", "by");

    // ---- writing ----

    static void requestCase(RequestCase c, JsonGenerator out) throws IOException {
        requestCase(c, out, Optional.empty());
    }

    static void requestCase(RequestCase c, JsonGenerator out, Optional<CaseSeal> seal) throws IOException {
        int format = formatFor(c);
        out.writeStartObject();
        out.writeNumberField("schemaVersion", format);
        out.writeStringField("caseId", c.caseId().value());
        out.writeStringField("state", c.state().name());
        out.writeNumberField("version", c.version());
        out.writeArrayFieldStart("history");
        String previous = genesis(c.caseId().value());
        for (Transition t : c.history()) {
            String hash = entryHash(previous, format, t);
            out.writeStartObject();
            content(t, format, out);
            out.writeStringField("previousHash", previous);
            out.writeStringField("hash", hash);
            out.writeEndObject();
            previous = hash;
        }
        out.writeEndArray();
        if (seal.isPresent()) {
            out.writeObjectFieldStart("seal");
            out.writeStringField("keyId", seal.get().keyId());
            out.writeStringField("mac", seal.get().mac(sealed(c.caseId().value(), c.version(), previous)));
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    /** The format a case is written in: 3, unless a decision reference has no facts to write. */
    static int formatFor(RequestCase c) {
        for (Transition t : c.history()) {
            if (t.detail().decision().filter(r -> r.facts().isEmpty()).isPresent()) {
                return WITHOUT_FACTS_VERSION;
            }
        }
        return SCHEMA_VERSION;
    }

    /**
     * The hash the first entry's {@code previousHash} holds: it binds the chain to the case id. The prefixes keep their
     * version 2 names in version 3, so that an entry both versions write alike (one without a decision) has the same
     * hash in both, and a stored history can go on in the other version; where the versions differ, the canonical
     * content differs.
     */
    static String genesis(String caseId) {
        return sha256("openmla-case-v2\n" + caseId);
    }

    /** The hash of an entry: SHA-256 over a prefix, the previous entry's hash and the entry's canonical content. */
    static String entryHash(String previousHash, Transition t) {
        return entryHash(previousHash, SCHEMA_VERSION, t);
    }

    /** The hash of an entry as written in {@code format}: version 2 leaves the decision facts out. */
    static String entryHash(String previousHash, int format, Transition t) {
        return sha256("openmla-case-entry-v2\n" + previousHash + "\n" + canonical(t, format));
    }

    /** What the seal's MAC is computed over. */
    static String sealed(String caseId, long version, String lastHash) {
        return "openmla-case-seal-v2\n" + caseId + "\n" + version + "\n" + lastHash;
    }

    /** The entry's members as written, without the hashes, as compact JSON. */
    static String canonical(Transition t) {
        return canonical(t, SCHEMA_VERSION);
    }

    private static String canonical(Transition t, int format) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = CANONICAL.createGenerator(text)) {
            out.writeStartObject();
            content(t, format, out);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static void content(Transition t, int format, JsonGenerator out) throws IOException {
        TransitionDetail d = t.detail();
        out.writeNumberField("version", t.version());
        out.writeStringField("at", t.at().toString());
        out.writeObjectFieldStart("actor");
        out.writeStringField("officerId", t.actor().officerId());
        out.writeStringField("role", t.actor().role());
        out.writeEndObject();
        out.writeStringField("from", t.from().name());
        out.writeStringField("to", t.to().name());
        out.writeStringField("command", t.command().name());
        if (t.reason().isPresent()) {
            out.writeStringField("reason", t.reason().get());
        }
        if (d.decision().isPresent()) {
            out.writeFieldName("decision");
            decisionRef(d.decision().get(), format >= 3, out);
        }
        integers(out, "acceptedMeasures", d.acceptedMeasures());
        integers(out, "executedMeasures", d.executedMeasures());
        if (!d.groundIds().isEmpty()) {
            out.writeArrayFieldStart("groundIds");
            for (String g : d.groundIds()) {
                out.writeString(g);
            }
            out.writeEndArray();
        }
        if (d.consultation().isPresent()) {
            out.writeObjectFieldStart("consultation");
            out.writeArrayFieldStart("duties");
            for (String duty : d.consultation().get().duties()) {
                out.writeString(duty);
            }
            out.writeEndArray();
            out.writeStringField("result", d.consultation().get().result().name());
            out.writeEndObject();
        }
        if (!d.declaredDeadlines().isEmpty()) {
            out.writeArrayFieldStart("declaredDeadlines");
            for (RunningDeadline r : d.declaredDeadlines()) {
                RuleValueWriter.deadline(r, out);
            }
            out.writeEndArray();
        }
        if (d.extension().isPresent()) {
            out.writeObjectFieldStart("extension");
            out.writeStringField("rule", d.extension().get().ruleId());
            out.writeFieldName("by");
            RuleValueWriter.limit(d.extension().get().by(), out);
            out.writeEndObject();
        }
    }

    private static void decisionRef(DecisionRef r, boolean withFacts, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("decisionId", r.decisionId());
        out.writeStringField("inputDigest", r.inputDigest());
        out.writeStringField("outcome", r.outcome().name());
        out.writeBooleanField("partial", r.partial());
        out.writeArrayFieldStart("measureOutcomes");
        for (Outcome o : r.measureOutcomes()) {
            out.writeString(o.name());
        }
        out.writeEndArray();
        out.writeStringField("lawDate", r.lawDate().toString());
        out.writeArrayFieldStart("packs");
        for (PackRef p : r.packs()) {
            RuleValueWriter.pack(p, out);
        }
        out.writeEndArray();
        if (withFacts && r.facts().isPresent()) {
            out.writeFieldName("facts");
            facts(r.facts().get(), out);
        }
        out.writeEndObject();
    }

    private static void facts(DecisionFacts f, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("requestId", f.requestId().value());
        if (!f.findings().isEmpty()) {
            out.writeArrayFieldStart("findings");
            for (DecisionFacts.RecordedFinding x : f.findings()) {
                out.writeStartObject();
                out.writeStringField("rule", x.ruleId());
                out.writeStringField("kind", x.kind().name());
                optionalString(out, "ground", x.ground());
                if (x.measureIndex().isPresent()) {
                    out.writeNumberField("measureIndex", x.measureIndex().get());
                }
                out.writeStringField("verdict", x.verdict().name());
                optionalString(out, "exceptedBy", x.exceptedBy());
                optionalString(out, "exceptionTo", x.exceptionTo());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!f.openQuestions().isEmpty()) {
            out.writeArrayFieldStart("openQuestions");
            for (DecisionFacts.RecordedQuestion q : f.openQuestions()) {
                out.writeStartObject();
                out.writeStringField("key", q.key());
                if (q.measureIndex().isPresent()) {
                    out.writeNumberField("measureIndex", q.measureIndex().get());
                }
                out.writeArrayFieldStart("rules");
                for (String id : q.ruleIds()) {
                    out.writeString(id);
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!f.consultationDuties().isEmpty()) {
            out.writeArrayFieldStart("consultationDuties");
            for (String id : f.consultationDuties()) {
                out.writeString(id);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void optionalString(JsonGenerator out, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, value.get());
        }
    }

    private static void integers(JsonGenerator out, String name, List<Integer> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart(name);
        for (int v : values) {
            out.writeNumber(v);
        }
        out.writeEndArray();
    }

    // ---- reading ----

    static final Binder<RequestCase> CASE_BINDER = (node, at, context) -> new Reading(Optional.empty()).requestCase(node, at, context);

    /** @return a binder for a whole case document, checking the seal if one is given */
    static Binder<CaseDocument> document(Optional<CaseSeal> seal) {
        return (node, at, context) -> {
            Reading reading = new Reading(seal);
            return reading.requestCase(node, at, context).map(c -> new CaseDocument(c, reading.format, reading.integrity));
        };
    }

    /** One entry as stored: the transition and the hashes it claims. */
    private record Entry(Transition transition, Optional<String> previousHash, Optional<String> hash) {}

    /** One document's reading: its format version decides the properties allowed and whether a chain is required. */
    private static final class Reading {
        private final Optional<CaseSeal> seal;
        private int format = SCHEMA_VERSION;
        private CaseDocument.Integrity integrity = CaseDocument.Integrity.NO_CHAIN;

        Reading(Optional<CaseSeal> seal) {
            this.seal = seal;
        }

        Optional<RequestCase> requestCase(JsonNode node, JsonPointer at, BindingContext context) {
            if (node.isObject() && node.get("schemaVersion") != null && node.get("schemaVersion").isInt()
                    && node.get("schemaVersion").intValue() >= OLDEST_VERSION && node.get("schemaVersion").intValue() < SCHEMA_VERSION) {
                format = node.get("schemaVersion").intValue();
            }
            Optional<ObjectBinding> open = ObjectBinding.open(node, at, context, RequestCase.class, format == 1 ? CASE_V1 : CASE);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            ObjectBinding b = open.get();
            Integer schema = b.required("schemaVersion", INTEGER);
            if (schema != null && (schema < OLDEST_VERSION || schema > SCHEMA_VERSION)) {
                context.report(b.pointer("schemaVersion"), "is not a case format version this library reads (" + OLDEST_VERSION + " to "
                        + SCHEMA_VERSION + ")");
                return Optional.empty();
            }
            var caseId = b.required("caseId", Scalars.REQUEST_ID);
            CaseState state = b.required("state", Scalars.enumValue(CaseState.class));
            Long version = b.required("version", LONG);
            List<Entry> entries = b.list("history", this::entry);
            Optional<String[]> stamp = format == 1 ? Optional.empty() : b.optional("seal", CaseJson::seal);
            if (context.hasProblems()) {
                return Optional.empty();
            }
            if (format >= 2 && !chainHolds(caseId.value(), entries, b.pointer("history"), context)) {
                return Optional.empty();
            }
            if (seal.isPresent() && !sealHolds(caseId.value(), version, entries, stamp, b.pointer("seal"), context)) {
                return Optional.empty();
            }
            List<Transition> history = entries.stream().map(Entry::transition).toList();
            Optional<RequestCase> replayed = b.build(() -> RequestCase.replay(caseId, history));
            if (replayed.isEmpty()) {
                return Optional.empty();
            }
            if (replayed.get().state() != state) {
                context.report(b.pointer("state"), "is " + state + " but the history leads to " + replayed.get().state());
                return Optional.empty();
            }
            if (replayed.get().version() != version) {
                context.report(b.pointer("version"), "is " + version + " but the history has " + replayed.get().version() + " transitions");
                return Optional.empty();
            }
            integrity = format == 1 ? CaseDocument.Integrity.NO_CHAIN : seal.isPresent() ? CaseDocument.Integrity.SEALED
                    : CaseDocument.Integrity.CHAIN_INTACT;
            return replayed;
        }

        private boolean chainHolds(String caseId, List<Entry> entries, JsonPointer history, BindingContext context) {
            String previous = genesis(caseId);
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                JsonPointer at = history.appendIndex(i);
                if (!e.previousHash().orElseThrow().equals(previous)) {
                    context.report(at.appendProperty("previousHash"), "is not the hash of the entry before it (or, for the first entry, of the "
                            + "case id): the history was cut, reordered or edited, or belongs to another case");
                    return false;
                }
                String hash = entryHash(previous, format, e.transition());
                if (!e.hash().orElseThrow().equals(hash)) {
                    context.report(at.appendProperty("hash"), "is not the hash of the entry's content: the entry was edited");
                    return false;
                }
                previous = hash;
            }
            return true;
        }

        private boolean sealHolds(String caseId, long version, List<Entry> entries, Optional<String[]> stamp, JsonPointer at,
                BindingContext context) {
            if (format == 1 || stamp.isEmpty()) {
                context.report(at, "is missing: the document was not sealed, and this reader requires a seal");
                return false;
            }
            if (!stamp.get()[0].equals(seal.get().keyId())) {
                context.report(at.appendProperty("keyId"), "names another key than the reader's");
                return false;
            }
            String last = entries.isEmpty() ? genesis(caseId) : entries.get(entries.size() - 1).hash().orElseThrow();
            if (!seal.get().verifies(sealed(caseId, version, last), stamp.get()[1])) {
                context.report(at.appendProperty("mac"), "does not verify with the reader's key: the document was changed after it was sealed");
                return false;
            }
            return true;
        }

        private Optional<Entry> entry(JsonNode node, JsonPointer at, BindingContext context) {
            Optional<ObjectBinding> open = ObjectBinding.open(node, at, context, Transition.class, format == 1 ? TRANSITION_V1 : TRANSITION);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            ObjectBinding b = open.get();
            Long version = b.required("version", LONG);
            Instant when = b.required("at", INSTANT);
            Actor actor = b.required("actor", CaseJson::actor);
            CaseState from = b.required("from", Scalars.enumValue(CaseState.class));
            CaseState to = b.required("to", Scalars.enumValue(CaseState.class));
            CommandType command = b.required("command", Scalars.enumValue(CommandType.class));
            Optional<String> reason = b.optional("reason", Scalars.TEXT);
            Optional<DecisionRef> decision = b.optional("decision", format >= 3 ? CaseJson::decisionRef : CaseJson::decisionRefV2);
            List<Integer> accepted = b.list("acceptedMeasures", INDEX);
            List<Integer> executed = b.list("executedMeasures", INDEX);
            List<String> grounds = b.list("groundIds", Scalars.TEXT);
            Optional<ConsultationRecord> consultation = b.optional("consultation", CaseJson::consultation);
            List<RunningDeadline> deadlines = b.list("declaredDeadlines", format == 1 ? CaseJson::deadlineV1 : CaseJson::deadline);
            Optional<DeadlineExtension> extension = b.optional("extension", CaseJson::extension);
            Optional<String> previousHash = format == 1 ? Optional.empty() : Optional.ofNullable(b.required("previousHash", HASH_VALUE));
            Optional<String> hash = format == 1 ? Optional.empty() : Optional.ofNullable(b.required("hash", HASH_VALUE));
            return b.build(() -> new Entry(new Transition(version, when, actor, from, to, command, reason,
                    new TransitionDetail(decision, accepted, executed, grounds, consultation, deadlines, extension)), previousHash, hash));
        }
    }

    private static Optional<String[]> seal(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, CaseSeal.class, SEAL).flatMap(b -> {
            String keyId = b.required("keyId", Scalars.TEXT);
            String mac = b.required("mac", HASH_VALUE);
            return b.build(() -> new String[] {keyId, mac});
        });
    }

    private static final Binder<String> HASH_VALUE = (node, at, context) -> Scalars.TEXT.bind(node, at, context).flatMap(text -> {
        if (!HASH.matcher(text).matches()) {
            context.report(at, "must be 64 lower-case hexadecimal digits (a SHA-256 hash)");
            return Optional.empty();
        }
        return Optional.of(text);
    });

    private static Optional<Actor> actor(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Actor.class, ACTOR).flatMap(b -> {
            String officer = b.required("officerId", Scalars.TEXT);
            String role = b.required("role", Scalars.TEXT);
            return b.build(() -> new Actor(officer, role));
        });
    }

    /** Versions 1 and 2: a reference without the guards' facts. */
    private static Optional<DecisionRef> decisionRefV2(JsonNode node, JsonPointer at, BindingContext context) {
        return decisionRef(node, at, context, false);
    }

    /** Version 3: {@code facts} is required. */
    private static Optional<DecisionRef> decisionRef(JsonNode node, JsonPointer at, BindingContext context) {
        return decisionRef(node, at, context, true);
    }

    private static Optional<DecisionRef> decisionRef(JsonNode node, JsonPointer at, BindingContext context, boolean withFacts) {
        return ObjectBinding.open(node, at, context, DecisionRef.class, withFacts ? DECISION : DECISION_V2).flatMap(b -> {
            String id = b.required("decisionId", Scalars.TEXT);
            String digest = b.required("inputDigest", Scalars.TEXT);
            Outcome outcome = b.required("outcome", Scalars.enumValue(Outcome.class));
            Boolean partial = b.required("partial", Scalars.BOOLEAN);
            List<Outcome> measures = b.list("measureOutcomes", Scalars.enumValue(Outcome.class));
            var lawDate = b.required("lawDate", Scalars.DATE_VALUE);
            List<PackRef> packs = b.list("packs", CaseJson::pack);
            Optional<DecisionFacts> facts = withFacts ? Optional.ofNullable(b.required("facts", CaseJson::facts)) : Optional.empty();
            return b.build(() -> new DecisionRef(id, digest, outcome, partial, measures, lawDate, packs, facts));
        });
    }

    private static Optional<DecisionFacts> facts(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, DecisionFacts.class, FACTS).flatMap(b -> {
            var requestId = b.required("requestId", Scalars.REQUEST_ID);
            List<DecisionFacts.RecordedFinding> findings = b.list("findings", CaseJson::recordedFinding);
            List<DecisionFacts.RecordedQuestion> questions = b.list("openQuestions", CaseJson::recordedQuestion);
            List<String> duties = b.list("consultationDuties", Scalars.TEXT);
            return b.build(() -> new DecisionFacts(requestId, findings, questions, duties));
        });
    }

    private static Optional<DecisionFacts.RecordedFinding> recordedFinding(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, DecisionFacts.RecordedFinding.class, FINDING).flatMap(b -> {
            String rule = b.required("rule", Scalars.TEXT);
            RuleKind kind = b.required("kind", Scalars.enumValue(RuleKind.class));
            Optional<String> ground = b.optional("ground", Scalars.TEXT);
            Optional<Integer> measure = b.optional("measureIndex", INDEX);
            Verdict verdict = b.required("verdict", Scalars.enumValue(Verdict.class));
            Optional<String> exceptedBy = b.optional("exceptedBy", Scalars.TEXT);
            Optional<String> exceptionTo = b.optional("exceptionTo", Scalars.TEXT);
            return b.build(() -> new DecisionFacts.RecordedFinding(rule, kind, ground, measure, verdict, exceptedBy, exceptionTo));
        });
    }

    private static Optional<DecisionFacts.RecordedQuestion> recordedQuestion(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, DecisionFacts.RecordedQuestion.class, QUESTION).flatMap(b -> {
            String key = b.required("key", Scalars.TEXT);
            Optional<Integer> measure = b.optional("measureIndex", INDEX);
            List<String> rules = b.list("rules", Scalars.TEXT);
            return b.build(() -> new DecisionFacts.RecordedQuestion(key, measure, rules));
        });
    }

    private static Optional<PackRef> pack(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, PackRef.class, PACK).flatMap(b -> {
            String id = b.required("id", Scalars.TEXT);
            String version = b.required("version", Scalars.TEXT);
            return b.build(() -> new PackRef(id, version));
        });
    }

    private static Optional<ConsultationRecord> consultation(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, ConsultationRecord.class, CONSULTATION).flatMap(b -> {
            List<String> duties = b.list("duties", Scalars.TEXT);
            ConsultationRecord.Result result = b.required("result", Scalars.enumValue(ConsultationRecord.Result.class));
            return b.build(() -> new ConsultationRecord(duties, result));
        });
    }

    /** Version 1: {@code limit} is the pack's normal limit. */
    private static Optional<RunningDeadline> deadlineV1(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, RunningDeadline.class, DEADLINE_V1).flatMap(b -> {
            String rule = b.required("rule", Scalars.TEXT);
            Citation citation = b.required("citation", CITATION);
            String statement = b.required("statement", Scalars.TEXT);
            DeadlineEvent from = b.required("runsFrom", Scalars.enumValue(DeadlineEvent.class));
            DeadlineEvent metBy = b.required("metBy", Scalars.enumValue(DeadlineEvent.class));
            TimeLimit limit = b.required("limit", CaseJson::limit);
            Optional<TimeLimit> urgentLimit = b.optional("urgentLimit", CaseJson::limit);
            Optional<TimeLimit> maxExtension = b.optional("maxExtension", CaseJson::limit);
            boolean urgent = b.flag("urgent");
            return b.build(() -> new RunningDeadline(rule, citation, statement,
                    new DeadlineSpec(from, metBy, limit, urgentLimit, maxExtension), urgent));
        });
    }

    /** Version 2: {@code limit} is the limit that applies, as in the decision format ({@link RuleValueWriter}). */
    private static Optional<RunningDeadline> deadline(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, RunningDeadline.class, DEADLINE).flatMap(b -> {
            String rule = b.required("rule", Scalars.TEXT);
            Citation citation = b.required("citation", CITATION);
            String statement = b.required("statement", Scalars.TEXT);
            DeadlineEvent from = b.required("runsFrom", Scalars.enumValue(DeadlineEvent.class));
            DeadlineEvent metBy = b.required("metBy", Scalars.enumValue(DeadlineEvent.class));
            boolean urgent = b.flag("urgent");
            TimeLimit applies = b.required("limit", CaseJson::limit);
            Optional<TimeLimit> normalLimit = b.optional("normalLimit", CaseJson::limit);
            Optional<TimeLimit> urgentLimit = b.optional("urgentLimit", CaseJson::limit);
            Optional<TimeLimit> maxExtension = b.optional("maxExtension", CaseJson::limit);
            return b.build(() -> {
                RunningDeadline d = new RunningDeadline(rule, citation, statement,
                        new DeadlineSpec(from, metBy, normalLimit.orElse(applies), urgentLimit, maxExtension), urgent);
                if (!d.limit().equals(applies) || normalLimit.filter(applies::equals).isPresent()) {
                    throw new InvalidValueException("RunningDeadline.limit", "is not the limit that applies given urgent, normalLimit and urgentLimit");
                }
                return d;
            });
        });
    }

    private static Optional<TimeLimit> limit(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, TimeLimit.class, LIMIT).flatMap(b -> {
            Long amount = b.required("amount", LONG);
            TimeLimit.Unit unit = b.required("unit", Scalars.enumValue(TimeLimit.Unit.class));
            return b.build(() -> new TimeLimit(amount, unit));
        });
    }

    private static Optional<DeadlineExtension> extension(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, DeadlineExtension.class, EXTENSION).flatMap(b -> {
            String rule = b.required("rule", Scalars.TEXT);
            TimeLimit by = b.required("by", CaseJson::limit);
            return b.build(() -> new DeadlineExtension(rule, by));
        });
    }

    private static final Binder<Long> LONG = (node, at, context) -> {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            return JsonTypes.mismatch(node, at, context, "a whole number");
        }
        return Optional.of(node.longValue());
    };

    private static final Binder<Integer> INTEGER = (node, at, context) -> {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            return JsonTypes.mismatch(node, at, context, "a whole number");
        }
        return Optional.of(node.intValue());
    };

    private static final Binder<Integer> INDEX = (node, at, context) -> INTEGER.bind(node, at, context).flatMap(i -> {
        if (i < 0) {
            context.report(at, "must not be negative");
            return Optional.empty();
        }
        return Optional.of(i);
    });

    private static final Binder<Instant> INSTANT = (node, at, context) -> Scalars.TEXT.bind(node, at, context).flatMap(text -> {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            context.report(at, "must be an ISO-8601 instant such as 2026-03-01T09:30:00Z");
            return Optional.empty();
        }
    });

    private static final Binder<Citation> CITATION = (node, at, context) -> Scalars.TEXT.bind(node, at, context).flatMap(text -> {
        try {
            return Optional.of(Citation.parse(text));
        } catch (InvalidValueException e) {
            context.report(at, "must be a citation such as 'UNTOC art. 18(21)(b)'");
            return Optional.empty();
        }
    });
}
