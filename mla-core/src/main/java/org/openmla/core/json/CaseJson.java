package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonPointer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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
 * Writes and reads a {@link RequestCase} in the case format, version 1: the case id, its state and version, and its
 * append-only history. Reading replays the history ({@link RequestCase#replay}) and checks that the stored state and
 * version are the ones the history produces, so a tampered or truncated document is rejected, never half-read.
 */
final class CaseJson {
    private CaseJson() {}

    static final int SCHEMA_VERSION = 1;

    private static final List<String> CASE = List.of("schemaVersion", "caseId", "state", "version", "history");
    private static final List<String> TRANSITION = List.of("version", "at", "actor", "from", "to", "command", "reason", "decision",
            "acceptedMeasures", "executedMeasures", "groundIds", "consultation", "declaredDeadlines", "extension");
    private static final List<String> ACTOR = List.of("officerId", "role");
    private static final List<String> DECISION = List.of("decisionId", "inputDigest", "outcome", "partial", "measureOutcomes", "lawDate", "packs");
    private static final List<String> PACK = List.of("id", "version");
    private static final List<String> CONSULTATION = List.of("duties", "result");
    private static final List<String> DEADLINE = List.of("rule", "citation", "statement", "runsFrom", "metBy", "limit", "urgentLimit",
            "maxExtension", "urgent");
    private static final List<String> LIMIT = List.of("amount", "unit");
    private static final List<String> EXTENSION = List.of("rule", "by");

    // ---- writing ----

    static void requestCase(RequestCase c, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("schemaVersion", SCHEMA_VERSION);
        out.writeStringField("caseId", c.caseId().value());
        out.writeStringField("state", c.state().name());
        out.writeNumberField("version", c.version());
        out.writeArrayFieldStart("history");
        for (Transition t : c.history()) {
            transition(t, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void transition(Transition t, JsonGenerator out) throws IOException {
        TransitionDetail d = t.detail();
        out.writeStartObject();
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
                deadline(r, out);
            }
            out.writeEndArray();
        }
        if (d.extension().isPresent()) {
            out.writeObjectFieldStart("extension");
            out.writeStringField("rule", d.extension().get().ruleId());
            out.writeFieldName("by");
            limit(d.extension().get().by(), out);
            out.writeEndObject();
        }
        out.writeEndObject();
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
            out.writeStartObject();
            out.writeStringField("id", p.id());
            out.writeStringField("version", p.version());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void deadline(RunningDeadline r, JsonGenerator out) throws IOException {
        DeadlineSpec s = r.spec();
        out.writeStartObject();
        out.writeStringField("rule", r.ruleId());
        out.writeStringField("citation", r.citation().toString());
        out.writeStringField("statement", r.statement());
        out.writeStringField("runsFrom", s.runsFrom().name());
        out.writeStringField("metBy", s.metBy().name());
        out.writeFieldName("limit");
        limit(s.limit(), out);
        if (s.urgentLimit().isPresent()) {
            out.writeFieldName("urgentLimit");
            limit(s.urgentLimit().get(), out);
        }
        if (s.maxExtension().isPresent()) {
            out.writeFieldName("maxExtension");
            limit(s.maxExtension().get(), out);
        }
        out.writeBooleanField("urgent", r.urgent());
        out.writeEndObject();
    }

    private static void limit(TimeLimit t, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("amount", t.amount());
        out.writeStringField("unit", t.unit().name());
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

    static final Binder<RequestCase> CASE_BINDER = CaseJson::requestCase;

    private static Optional<RequestCase> requestCase(com.fasterxml.jackson.databind.JsonNode node, JsonPointer at, BindingContext context) {
        Optional<ObjectBinding> open = ObjectBinding.open(node, at, context, RequestCase.class, CASE);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        ObjectBinding b = open.get();
        Integer schema = b.required("schemaVersion", INTEGER);
        if (schema != null && schema != SCHEMA_VERSION) {
            context.report(b.pointer("schemaVersion"), "unsupported case format version " + schema + " (this library reads version " + SCHEMA_VERSION + ")");
            return Optional.empty();
        }
        var caseId = b.required("caseId", Scalars.REQUEST_ID);
        CaseState state = b.required("state", Scalars.enumValue(CaseState.class));
        Long version = b.required("version", LONG);
        List<Transition> history = b.list("history", CaseJson::transition);
        if (context.hasProblems()) {
            return Optional.empty();
        }
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
        return replayed;
    }

    private static Optional<Transition> transition(com.fasterxml.jackson.databind.JsonNode node, JsonPointer at, BindingContext context) {
        Optional<ObjectBinding> open = ObjectBinding.open(node, at, context, Transition.class, TRANSITION);
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
        List<RunningDeadline> deadlines = b.list("declaredDeadlines", CaseJson::deadline);
        Optional<DeadlineExtension> extension = b.optional("extension", CaseJson::extension);
        return b.build(() -> new Transition(version, when, actor, from, to, command, reason,
                new TransitionDetail(decision, accepted, executed, grounds, consultation, deadlines, extension)));
    }

    private static Optional<Actor> actor(com.fasterxml.jackson.databind.JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Actor.class, ACTOR).flatMap(b -> {
            String officer = b.required("officerId", Scalars.TEXT);
            String role = b.required("role", Scalars.TEXT);
            return b.build(() -> new Actor(officer, role));
        });
    }

    private static Optional<DecisionRef> decisionRef(com.fasterxml.jackson.databind.JsonNode node, JsonPointer at, BindingContext context) {
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

    private static Optional<PackRef> pack(com.fasterxml.jackson.databind.JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, PackRef.class, PACK).flatMap(b -> {
            String id = b.required("id", Scalars.TEXT);
            String version = b.required("version", Scalars.TEXT);
            return b.build(() -> new PackRef(id, version));
        });
    }

    private static Optional<ConsultationRecord> consultation(com.fasterxml.jackson.databind.JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, ConsultationRecord.class, CONSULTATION).flatMap(b -> {
            List<String> duties = b.list("duties", Scalars.TEXT);
            ConsultationRecord.Result result = b.required("result", Scalars.enumValue(ConsultationRecord.Result.class));
            return b.build(() -> new ConsultationRecord(duties, result));
        });
    }

    private static Optional<RunningDeadline> deadline(com.fasterxml.jackson.databind.JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, RunningDeadline.class, DEADLINE).flatMap(b -> {
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

    private static Optional<TimeLimit> limit(com.fasterxml.jackson.databind.JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, TimeLimit.class, LIMIT).flatMap(b -> {
            Long amount = b.required("amount", LONG);
            ChronoUnit unit = b.required("unit", Scalars.enumValue(ChronoUnit.class));
            return b.build(() -> new TimeLimit(amount, unit));
        });
    }

    private static Optional<DeadlineExtension> extension(com.fasterxml.jackson.databind.JsonNode node, JsonPointer at, BindingContext context) {
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
