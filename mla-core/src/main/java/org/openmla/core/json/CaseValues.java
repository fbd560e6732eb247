package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.ConsultationRecord;
import org.openmla.core.lifecycle.DeadlineExtension;
import org.openmla.core.lifecycle.DecisionFacts;
import org.openmla.core.lifecycle.DecisionRef;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.PackRef;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.decision.Verdict;

/** Binds the values inside a stored case entry (actor, decision reference with its facts, deadlines, consultation) for {@link CaseReader}. */
final class CaseValues {
    private CaseValues() {}

    static final List<String> ACTOR = List.of("officerId", "role");
    static final List<String> DECISION_V2 = List.of("decisionId", "inputDigest", "outcome", "partial", "measureOutcomes", "lawDate", "packs");
    static final List<String> DECISION = List.of("decisionId", "inputDigest", "outcome", "partial", "measureOutcomes", "lawDate", "packs",
            "facts");
    static final List<String> FACTS = List.of("requestId", "findings", "openQuestions", "consultationDuties");
    static final List<String> FINDING = List.of("rule", "kind", "ground", "measureIndex", "verdict", "exceptedBy", "exceptionTo");
    static final List<String> QUESTION = List.of("key", "measureIndex", "rules");
    static final List<String> PACK = List.of("id", "version");
    static final List<String> CONSULTATION = List.of("duties", "result");
    static final List<String> DEADLINE_V1 = List.of("rule", "citation", "statement", "runsFrom", "metBy", "limit", "urgentLimit",
            "maxExtension", "urgent");
    static final List<String> DEADLINE = List.of("rule", "citation", "statement", "runsFrom", "metBy", "urgent", "limit", "normalLimit",
            "urgentLimit", "maxExtension");
    static final List<String> LIMIT = List.of("amount", "unit");
    static final List<String> EXTENSION = List.of("rule", "by");

    static Optional<Actor> actor(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Actor.class, ACTOR).flatMap(b -> {
            String officer = b.required("officerId", Scalars.TEXT);
            String role = b.required("role", Scalars.TEXT);
            return b.build(() -> new Actor(officer, role));
        });
    }

    /** Versions 1 and 2: a reference without the guards' facts. */
    static Optional<DecisionRef> decisionRefV2(JsonNode node, JsonPointer at, BindingContext context) {
        return decisionRef(node, at, context, false);
    }

    /** Version 3: {@code facts} is required. */
    static Optional<DecisionRef> decisionRef(JsonNode node, JsonPointer at, BindingContext context) {
        return decisionRef(node, at, context, true);
    }

    static Optional<DecisionRef> decisionRef(JsonNode node, JsonPointer at, BindingContext context, boolean withFacts) {
        return ObjectBinding.open(node, at, context, DecisionRef.class, withFacts ? DECISION : DECISION_V2).flatMap(b -> {
            String id = b.required("decisionId", Scalars.TEXT);
            String digest = b.required("inputDigest", Scalars.TEXT);
            Outcome outcome = b.required("outcome", Scalars.enumValue(Outcome.class));
            Boolean partial = b.required("partial", Scalars.BOOLEAN);
            List<Outcome> measures = b.list("measureOutcomes", Scalars.enumValue(Outcome.class));
            var lawDate = b.required("lawDate", Scalars.DATE_VALUE);
            List<PackRef> packs = b.list("packs", CaseValues::pack);
            Optional<DecisionFacts> facts = withFacts ? Optional.ofNullable(b.required("facts", CaseValues::facts)) : Optional.empty();
            return b.build(() -> new DecisionRef(id, digest, outcome, partial, measures, lawDate, packs, facts));
        });
    }

    static Optional<DecisionFacts> facts(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, DecisionFacts.class, FACTS).flatMap(b -> {
            var requestId = b.required("requestId", Scalars.REQUEST_ID);
            List<DecisionFacts.RecordedFinding> findings = b.list("findings", CaseValues::recordedFinding);
            List<DecisionFacts.RecordedQuestion> questions = b.list("openQuestions", CaseValues::recordedQuestion);
            List<String> duties = b.list("consultationDuties", Scalars.TEXT);
            return b.build(() -> new DecisionFacts(requestId, findings, questions, duties));
        });
    }

    static Optional<DecisionFacts.RecordedFinding> recordedFinding(JsonNode node, JsonPointer at, BindingContext context) {
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

    static Optional<DecisionFacts.RecordedQuestion> recordedQuestion(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, DecisionFacts.RecordedQuestion.class, QUESTION).flatMap(b -> {
            String key = b.required("key", Scalars.TEXT);
            Optional<Integer> measure = b.optional("measureIndex", INDEX);
            List<String> rules = b.list("rules", Scalars.TEXT);
            return b.build(() -> new DecisionFacts.RecordedQuestion(key, measure, rules));
        });
    }

    static Optional<PackRef> pack(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, PackRef.class, PACK).flatMap(b -> {
            String id = b.required("id", Scalars.TEXT);
            String version = b.required("version", Scalars.TEXT);
            return b.build(() -> new PackRef(id, version));
        });
    }

    static Optional<ConsultationRecord> consultation(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, ConsultationRecord.class, CONSULTATION).flatMap(b -> {
            List<String> duties = b.list("duties", Scalars.TEXT);
            ConsultationRecord.Result result = b.required("result", Scalars.enumValue(ConsultationRecord.Result.class));
            return b.build(() -> new ConsultationRecord(duties, result));
        });
    }

    /** Version 1: {@code limit} is the pack's normal limit. */
    static Optional<RunningDeadline> deadlineV1(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, RunningDeadline.class, DEADLINE_V1).flatMap(b -> {
            String rule = b.required("rule", Scalars.TEXT);
            Citation citation = b.required("citation", CITATION);
            String statement = b.required("statement", Scalars.TEXT);
            DeadlineEvent from = b.required("runsFrom", Scalars.enumValue(DeadlineEvent.class));
            DeadlineEvent metBy = b.required("metBy", Scalars.enumValue(DeadlineEvent.class));
            TimeLimit limit = b.required("limit", CaseValues::limit);
            Optional<TimeLimit> urgentLimit = b.optional("urgentLimit", CaseValues::limit);
            Optional<TimeLimit> maxExtension = b.optional("maxExtension", CaseValues::limit);
            boolean urgent = b.flag("urgent");
            return b.build(() -> new RunningDeadline(rule, citation, statement,
                    new DeadlineSpec(from, metBy, limit, urgentLimit, maxExtension), urgent));
        });
    }

    /** Version 2: {@code limit} is the limit that applies, as in the decision format ({@link RuleValueWriter}). */
    static Optional<RunningDeadline> deadline(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, RunningDeadline.class, DEADLINE).flatMap(b -> {
            String rule = b.required("rule", Scalars.TEXT);
            Citation citation = b.required("citation", CITATION);
            String statement = b.required("statement", Scalars.TEXT);
            DeadlineEvent from = b.required("runsFrom", Scalars.enumValue(DeadlineEvent.class));
            DeadlineEvent metBy = b.required("metBy", Scalars.enumValue(DeadlineEvent.class));
            boolean urgent = b.flag("urgent");
            TimeLimit applies = b.required("limit", CaseValues::limit);
            Optional<TimeLimit> normalLimit = b.optional("normalLimit", CaseValues::limit);
            Optional<TimeLimit> urgentLimit = b.optional("urgentLimit", CaseValues::limit);
            Optional<TimeLimit> maxExtension = b.optional("maxExtension", CaseValues::limit);
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

    static Optional<TimeLimit> limit(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, TimeLimit.class, LIMIT).flatMap(b -> {
            Long amount = b.required("amount", LONG);
            TimeLimit.Unit unit = b.required("unit", Scalars.enumValue(TimeLimit.Unit.class));
            return b.build(() -> new TimeLimit(amount, unit));
        });
    }

    static Optional<DeadlineExtension> extension(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, DeadlineExtension.class, EXTENSION).flatMap(b -> {
            String rule = b.required("rule", Scalars.TEXT);
            TimeLimit by = b.required("by", CaseValues::limit);
            return b.build(() -> new DeadlineExtension(rule, by));
        });
    }

    static final Binder<Long> LONG = (node, at, context) -> {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            return JsonTypes.mismatch(node, at, context, "a whole number");
        }
        return Optional.of(node.longValue());
    };

    static final Binder<Integer> INTEGER = (node, at, context) -> {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            return JsonTypes.mismatch(node, at, context, "a whole number");
        }
        return Optional.of(node.intValue());
    };

    static final Binder<Integer> INDEX = (node, at, context) -> INTEGER.bind(node, at, context).flatMap(i -> {
        if (i < 0) {
            context.report(at, "must not be negative");
            return Optional.empty();
        }
        return Optional.of(i);
    });

    static final Binder<Instant> INSTANT = (node, at, context) -> Scalars.TEXT.bind(node, at, context).flatMap(text -> {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            context.report(at, "must be an ISO-8601 instant such as 2026-03-01T09:30:00Z");
            return Optional.empty();
        }
    });

    static final Binder<Citation> CITATION = (node, at, context) -> Scalars.TEXT.bind(node, at, context).flatMap(text -> {
        try {
            return Optional.of(Citation.parse(text));
        } catch (InvalidValueException e) {
            context.report(at, "must be a citation such as 'UNTOC art. 18(21)(b)'");
            return Optional.empty();
        }
    });
}
