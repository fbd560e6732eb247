package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.ConsultationRecord;
import org.openmla.core.lifecycle.DeadlineExtension;
import org.openmla.core.lifecycle.DecisionRef;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionDetail;
import org.openmla.core.decision.RunningDeadline;

/**
 * Reads the case format that {@link CaseJson} writes: version 3 with the guards' facts, version 2 with its hash chain and
 * optional seal, and version 1 (no chain). A document is checked whole (properties, chain, seal, replay of the history,
 * stored state and version) and rejected with every problem, never half-read. Stateless; each document gets its own
 * {@code Reading}.
 */
final class CaseReader {
    private CaseReader() {}

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private static final List<String> CASE_V1 = List.of("schemaVersion", "caseId", "state", "version", "history");
    private static final List<String> CASE = List.of("schemaVersion", "caseId", "state", "version", "history", "seal");
    private static final List<String> SEAL = List.of("keyId", "mac");
    private static final List<String> TRANSITION_V1 = List.of("version", "at", "actor", "from", "to", "command", "reason", "decision",
            "acceptedMeasures", "executedMeasures", "groundIds", "consultation", "declaredDeadlines", "extension");
    private static final List<String> TRANSITION = List.of("version", "at", "actor", "from", "to", "command", "reason", "decision",
            "acceptedMeasures", "executedMeasures", "groundIds", "consultation", "declaredDeadlines", "extension", "previousHash", "hash");

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
        private int format = CaseJson.SCHEMA_VERSION;
        private CaseDocument.Integrity integrity = CaseDocument.Integrity.NO_CHAIN;

        Reading(Optional<CaseSeal> seal) {
            this.seal = seal;
        }

        Optional<RequestCase> requestCase(JsonNode node, JsonPointer at, BindingContext context) {
            if (node.isObject() && node.get("schemaVersion") != null && node.get("schemaVersion").isInt()
                    && node.get("schemaVersion").intValue() >= CaseJson.OLDEST_VERSION && node.get("schemaVersion").intValue() < CaseJson.SCHEMA_VERSION) {
                format = node.get("schemaVersion").intValue();
            }
            Optional<ObjectBinding> open = ObjectBinding.open(node, at, context, RequestCase.class, format == 1 ? CASE_V1 : CASE);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            ObjectBinding b = open.get();
            Integer schema = b.required("schemaVersion", CaseValues.INTEGER);
            if (schema != null && (schema < CaseJson.OLDEST_VERSION || schema > CaseJson.SCHEMA_VERSION)) {
                context.report(b.pointer("schemaVersion"), "is not a case format version this library reads (" + CaseJson.OLDEST_VERSION + " to "
                        + CaseJson.SCHEMA_VERSION + ")");
                return Optional.empty();
            }
            var caseId = b.required("caseId", Scalars.REQUEST_ID);
            CaseState state = b.required("state", Scalars.enumValue(CaseState.class));
            Long version = b.required("version", CaseValues.LONG);
            List<Entry> entries = b.list("history", this::entry);
            Optional<String[]> stamp = format == 1 ? Optional.empty() : b.optional("seal", CaseReader::seal);
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
            String previous = CaseJson.genesis(caseId);
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                JsonPointer at = history.appendIndex(i);
                if (!e.previousHash().orElseThrow().equals(previous)) {
                    context.report(at.appendProperty("previousHash"), "is not the hash of the entry before it (or, for the first entry, of the "
                            + "case id): the history was cut, reordered or edited, or belongs to another case");
                    return false;
                }
                String hash = CaseJson.entryHash(previous, format, e.transition());
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
            String last = entries.isEmpty() ? CaseJson.genesis(caseId) : entries.get(entries.size() - 1).hash().orElseThrow();
            if (!seal.get().verifies(CaseJson.sealed(caseId, version, last), stamp.get()[1])) {
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
            Long version = b.required("version", CaseValues.LONG);
            Instant when = b.required("at", CaseValues.INSTANT);
            Actor actor = b.required("actor", CaseValues::actor);
            CaseState from = b.required("from", Scalars.enumValue(CaseState.class));
            CaseState to = b.required("to", Scalars.enumValue(CaseState.class));
            CommandType command = b.required("command", Scalars.enumValue(CommandType.class));
            Optional<String> reason = b.optional("reason", Scalars.TEXT);
            Optional<DecisionRef> decision = b.optional("decision", format >= 3 ? CaseValues::decisionRef : CaseValues::decisionRefV2);
            List<Integer> accepted = b.list("acceptedMeasures", CaseValues.INDEX);
            List<Integer> executed = b.list("executedMeasures", CaseValues.INDEX);
            List<String> grounds = b.list("groundIds", Scalars.TEXT);
            Optional<ConsultationRecord> consultation = b.optional("consultation", CaseValues::consultation);
            List<RunningDeadline> deadlines = b.list("declaredDeadlines", format == 1 ? CaseValues::deadlineV1 : CaseValues::deadline);
            Optional<DeadlineExtension> extension = b.optional("extension", CaseValues::extension);
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

}
