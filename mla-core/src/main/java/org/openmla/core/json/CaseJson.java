package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.openmla.core.lifecycle.DecisionFacts;
import org.openmla.core.lifecycle.DecisionRef;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionDetail;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.PackRef;
import org.openmla.core.decision.RunningDeadline;

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

    // ---- reading: CaseReader ----

    static final Binder<RequestCase> CASE_BINDER = CaseReader.CASE_BINDER;

    /** @return a binder for a whole case document, checking the seal if one is given */
    static Binder<CaseDocument> document(Optional<CaseSeal> seal) {
        return CaseReader.document(seal);
    }
}
