package org.openmla.store.monitoring;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Optional;

/** The report as one JSON object. */
final class JsonReport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {}

    static void write(CaseloadReport r, Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("asOf", r.asOf().toString());
        g.writeNumberField("cases", r.cases());
        g.writeObjectFieldStart("byState");
        for (var e : r.byState().entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("times");
        for (CaseloadReport.StageTimes t : r.times()) {
            g.writeStartObject();
            g.writeStringField("stage", t.stage().name());
            g.writeNumberField("count", t.count());
            seconds(g, "medianSeconds", t.median());
            seconds(g, "p90Seconds", t.p90());
            seconds(g, "longestSeconds", t.longest());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("outcomes");
        for (CaseloadReport.OutcomeCount o : r.outcomes()) {
            g.writeStartObject();
            g.writeStringField("instrument", o.instrument());
            g.writeStringField("counterpart", o.counterpart());
            g.writeStringField("outcome", o.outcome().name());
            g.writeNumberField("count", o.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("refusalGrounds");
        for (CaseloadReport.GroundCount o : r.refusalGrounds()) {
            g.writeStartObject();
            g.writeStringField("instrument", o.instrument());
            g.writeStringField("counterpart", o.counterpart());
            g.writeStringField("ground", o.groundId());
            g.writeNumberField("count", o.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("deadlines");
        tally(g, r.deadlines(), null, null);
        g.writeArrayFieldStart("deadlinesByRule");
        for (CaseloadReport.RuleDeadlines d : r.deadlinesByRule()) {
            tally(g, d.tally(), d.ruleId(), d.citation().toString());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("overdue");
        for (CaseloadReport.OverdueDeadline o : r.overdue()) {
            g.writeStartObject();
            g.writeStringField("caseId", o.caseId().value());
            g.writeStringField("state", o.state().name());
            g.writeStringField("instrument", o.instrument());
            g.writeStringField("counterpart", o.counterpart());
            g.writeStringField("rule", o.ruleId());
            g.writeStringField("citation", o.citation().toString());
            g.writeStringField("dueAt", o.dueAt().toString());
            g.writeNumberField("overdueSeconds", o.overdueBy().getSeconds());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void seconds(JsonGenerator g, String name, Optional<Duration> d) throws IOException {
        if (d.isPresent()) {
            g.writeNumberField(name, d.get().getSeconds());
        } else {
            g.writeNullField(name);
        }
    }

    private static void tally(JsonGenerator g, CaseloadReport.DeadlineTally t, String rule, String citation) throws IOException {
        g.writeStartObject();
        if (rule != null) {
            g.writeStringField("rule", rule);
            g.writeStringField("citation", citation);
        }
        g.writeNumberField("metOnTime", t.metOnTime());
        g.writeNumberField("metLate", t.metLate());
        g.writeNumberField("lapsed", t.lapsed());
        g.writeNumberField("running", t.running());
        g.writeNumberField("overdue", t.overdue());
        g.writeNumberField("pending", t.pending());
        g.writeNumberField("missed", t.missed());
        g.writeEndObject();
    }
}
