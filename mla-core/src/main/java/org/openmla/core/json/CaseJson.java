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
import org.openmla.core.lifecycle.DecisionRef;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionDetail;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.PackRef;
import org.openmla.core.rules.RunningDeadline;
import org.openmla.core.rules.TimeLimit;

/**
 * Writes and reads a {@link RequestCase} in the case format, version 2: the case id, its state and version, and its
 * append-only history, each entry chained to the one before by SHA-256 hashes of its canonical content, optionally
 * sealed with the host's key ({@link CaseSeal}). Reading checks the chain and the seal, replays the history
 * ({@link RequestCase#replay}, which checks it is one the lifecycle could have written) and checks that the stored
 * state and version are the ones the history produces, so a changed document is rejected, never half-read. Version 1
 * documents (no chain) are still read, and say so ({@link CaseDocument.Integrity#NO_CHAIN}).
 *
 * <p>The canonical content of an entry is documented in docs/json-format.md ("Hash chain"): the entry as this class
 * writes it, without {@code previousHash} and {@code hash}, as compact JSON in UTF-8.
 */
final class CaseJson {
    private CaseJson() {}

    static final int SCHEMA_VERSION = 2;
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
    private static final List<String> DECISION = List.of("decisionId", "inputDigest", "outcome", "partial", "measureOutcomes", "lawDate", "packs");
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
        out.writeStartObject();
        out.writeNumberField("schemaVersion", SCHEMA_VERSION);
        out.writeStringField("caseId", c.caseId().value());
        out.writeStringField("state", c.state().name());
        out.writeNumberField("version", c.version());
        out.writeArrayFieldStart("history");
        String previous = genesis(c.caseId().value());
        for (Transition t : c.history()) {
            String hash = entryHash(previous, t);
            out.writeStartObject();
            content(t, out);
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

    /** The hash the first entry's {@code previousHash} holds: it binds the chain to the case id. */
    static String genesis(String caseId) {
        return sha256("openmla-case-v2\n" + caseId);
    }

    /** The hash of an entry: SHA-256 over a prefix, the previous entry's hash and the entry's canonical content. */
    static String entryHash(String previousHash, Transition t) {
        return sha256("openmla-case-entry-v2\n" + previousHash + "\n" + canonical(t));
    }

    /** What the seal's MAC is computed over. */
    static String sealed(String caseId, long version, String lastHash) {
        return "openmla-case-seal-v2\n" + caseId + "\n" + version + "\n" + lastHash;
    }

    /** The entry's members as written, without the hashes, as compact JSON. */
    static String canonical(Transition t) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = CANONICAL.createGenerator(text)) {
            out.writeStartObject();
            content(t, out);
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

    private static void content(Transition t, JsonGenerator out) throws IOException {
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
            decisionRef(d.decision().get(), out);
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

    private static void decisionRef(DecisionRef r, JsonGenerator out) throws IOException {
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
        out.writeEndObject();
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
                    && node.get("schemaVersion").intValue() == 1) {
                format = 1;
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
                String hash = entryHash(previous, e.transition());
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
            Optional<DecisionRef> decision = b.optional("decision", CaseJson::decisionRef);
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

    private static Optional<DecisionRef> decisionRef(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, DecisionRef.class, DECISION).flatMap(b -> {
            String id = b.required("decisionId", Scalars.TEXT);
            String digest = b.required("inputDigest", Scalars.TEXT);
            Outcome outcome = b.required("outcome", Scalars.enumValue(Outcome.class));
            Boolean partial = b.required("partial", Scalars.BOOLEAN);
            List<Outcome> measures = b.list("measureOutcomes", Scalars.enumValue(Outcome.class));
            var lawDate = b.required("lawDate", Scalars.DATE_VALUE);
            List<PackRef> packs = b.list("packs", CaseJson::pack);
            return b.build(() -> new DecisionRef(id, digest, outcome, partial, measures, lawDate, packs));
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
