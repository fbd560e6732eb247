package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.PackRef;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.core.rules.TimeLimit;

/**
 * Writes the rule values both the decision format and the case format hold, one writer per type, so the two formats
 * cannot drift apart. In both, a deadline's {@code limit} is the limit that applies to the request (the urgent one for
 * an urgent request where the pack sets one); {@code normalLimit} is written only where that is not the pack's normal
 * limit, and {@code urgentLimit} wherever the pack sets one, so the pack's deadline can be rebuilt from the document.
 */
final class RuleValueWriter {
    private RuleValueWriter() {}

    static void pack(PackRef p, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", p.id());
        out.writeStringField("version", p.version());
        out.writeEndObject();
    }

    static void limit(TimeLimit t, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("amount", t.amount());
        out.writeStringField("unit", t.unit().name());
        out.writeEndObject();
    }

    static void deadline(RunningDeadline d, JsonGenerator out) throws IOException {
        DeadlineSpec spec = d.spec();
        out.writeStartObject();
        out.writeStringField("rule", d.ruleId());
        out.writeStringField("citation", d.citation().toString());
        out.writeStringField("statement", d.statement());
        out.writeStringField("runsFrom", spec.runsFrom().name());
        out.writeStringField("metBy", spec.metBy().name());
        out.writeBooleanField("urgent", d.urgent());
        out.writeFieldName("limit");
        limit(d.limit(), out);
        if (!d.limit().equals(spec.limit())) {
            out.writeFieldName("normalLimit");
            limit(spec.limit(), out);
        }
        if (spec.urgentLimit().isPresent()) {
            out.writeFieldName("urgentLimit");
            limit(spec.urgentLimit().get(), out);
        }
        if (spec.maxExtension().isPresent()) {
            out.writeFieldName("maxExtension");
            limit(spec.maxExtension().get(), out);
        }
        out.writeEndObject();
    }
}
