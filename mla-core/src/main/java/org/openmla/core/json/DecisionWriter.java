package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.openmla.core.rules.Caveat;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.ConsultationDuty;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.FactValue;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.ImposedCondition;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.RefusalCheck;

/**
 * Writes a {@link org.openmla.core.decision.Decision} in the decision format, version 1 (see docs/json-format.md).
 * Every list is written, empty or not, so consumers can rely on the keys; optional values are left out when absent.
 * A decision holds no personal data, so neither does its JSON.
 */
final class DecisionWriter {
    private DecisionWriter() {}

    /** The version of the decision format. */
    static final int DECISION_VERSION = 1;

    static void decision(Decision d, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("schemaVersion", DECISION_VERSION);
        out.writeStringField("decisionId", d.decisionId());
        out.writeStringField("inputDigest", d.inputDigest());
        out.writeStringField("requestId", d.requestId().value());
        out.writeStringField("lawDate", d.lawDate().toString());
        list(out, "packs", d.packs(), RuleValueWriter::pack);
        out.writeStringField("outcome", d.outcome().name());
        out.writeBooleanField("partial", d.partial());
        strings(out, "determiningRules", d.determiningRuleIds());
        list(out, "measures", d.measures(), DecisionWriter::measure);
        list(out, "findings", d.findings(), DecisionWriter::finding);
        list(out, "openQuestions", d.openQuestions(), DecisionWriter::question);
        list(out, "conditions", d.conditions(), DecisionWriter::condition);
        list(out, "consultations", d.consultations(), DecisionWriter::consultation);
        list(out, "deadlines", d.deadlines(), RuleValueWriter::deadline);
        list(out, "proposedRefusals", d.refusalChecks(), DecisionWriter::refusalCheck);
        strings(out, "refusalReasons", d.refusalReasons());
        list(out, "legalBasisNotes", d.legalBasisNotes(), DecisionWriter::note);
        out.writeEndObject();
    }

    private static void measure(MeasureResult m, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("index", m.index());
        out.writeStringField("type", m.type().name());
        out.writeStringField("outcome", m.outcome().name());
        strings(out, "determiningRules", m.determiningRuleIds());
        out.writeEndObject();
    }

    private static void finding(Finding f, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("rule", f.ruleId());
        out.writeStringField("pack", f.packId());
        out.writeStringField("citation", f.cited());
        out.writeStringField("kind", f.kind().name());
        out.writeStringField("statement", f.statement());
        text(out, "ground", f.ground());
        index(out, f.measureIndex());
        out.writeStringField("verdict", f.verdict().name());
        out.writeBooleanField("adverse", f.isAdverse());
        list(out, "facts", f.facts(), DecisionWriter::fact);
        text(out, "reason", f.reason());
        text(out, "exceptedBy", f.exceptedBy());
        text(out, "exceptionTo", f.exceptionTo());
        text(out, "caveat", f.caveat().map(Caveat::toString)); // "kind: text", as before the caveat was typed
        out.writeEndObject();
    }

    private static void fact(FactValue v, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("label", v.label());
        out.writeStringField("value", v.value().name());
        out.writeEndObject();
    }

    private static void question(OpenQuestion q, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("key", q.key());
        out.writeStringField("question", q.question());
        index(out, q.measureIndex());
        strings(out, "rules", q.ruleIds());
        citations(out, "citations", q.citations());
        out.writeBooleanField("couldChangeOutcome", q.couldChangeOutcome());
        out.writeEndObject();
    }

    private static void condition(ImposedCondition c, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("rule", c.ruleId());
        out.writeStringField("citation", c.citation().toString());
        out.writeStringField("statement", c.statement());
        index(out, c.measureIndex());
        out.writeEndObject();
    }

    private static void consultation(ConsultationDuty c, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("rule", c.ruleId());
        out.writeStringField("citation", c.citation().toString());
        out.writeStringField("statement", c.statement());
        out.writeEndObject();
    }

    private static void refusalCheck(RefusalCheck c, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("ground", c.proposal().groundId());
        index(out, c.proposal().measureIndex());
        out.writeStringField("answer", c.answer().name());
        out.writeBooleanField("permitted", c.permitted());
        text(out, "citation", c.citation().map(Citation::toString));
        citations(out, "citations", c.citations());
        strings(out, "rules", c.ruleIds());
        out.writeStringField("explanation", c.explanation());
        out.writeEndObject();
    }

    private static void note(LegalBasisNote n, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("pack", n.packId());
        out.writeStringField("reason", n.reason());
        citations(out, "citations", n.citations());
        out.writeEndObject();
    }

    private static void index(JsonGenerator out, Optional<Integer> index) throws IOException {
        if (index.isPresent()) {
            out.writeNumberField("measureIndex", index.get());
        }
    }

    private static void text(JsonGenerator out, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, value.get());
        }
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }

    private static void citations(JsonGenerator out, String name, List<Citation> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (Citation c : values) {
            out.writeString(c.toString());
        }
        out.writeEndArray();
    }

    private static <T> void list(JsonGenerator out, String name, List<T> values, ValueWriter<T> writer) throws IOException {
        out.writeArrayFieldStart(name);
        for (T v : values) {
            writer.write(v, out);
        }
        out.writeEndArray();
    }
}
