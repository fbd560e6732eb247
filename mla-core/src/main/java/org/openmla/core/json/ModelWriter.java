package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.CommunicationKind;
import org.openmla.core.model.Attachment;
import org.openmla.core.model.Authority;
import org.openmla.core.model.Checksum;
import org.openmla.core.model.Contact;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonIdentifier;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.RequestingParty;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.Urgency;

/**
 * Writes the model as JSON. Properties come in record component order; an empty {@code Optional}, an empty list
 * and a {@code false} flag are left out, as is a request's {@link Proceedings#unknown() unknown} proceedings:
 * reading gives them back. Enums are written as their constant names, dates and periods in ISO-8601.
 */
final class ModelWriter {
    private ModelWriter() {}

    static void request(MlaRequest r, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField(RequestBinders.SCHEMA_VERSION, MlaJson.SCHEMA_VERSION);
        out.writeStringField("id", r.id().value());
        if (r.kind() != CommunicationKind.REQUEST) {
            out.writeStringField("kind", r.kind().name());
        }
        field(out, "requestingParty", r.requestingParty(), ModelWriter::requestingParty);
        out.writeStringField("requestedState", r.requestedState().alpha2());
        list(out, "legalBasis", r.legalBasis(), ModelWriter::legalBasis);
        optional(out, "dateIssued", r.dateIssued(), (d, g) -> g.writeString(d.toString()));
        optional(out, "urgency", r.urgency(), ModelWriter::urgency);
        flag(out, "confidentialityRequested", r.confidentialityRequested());
        optionalText(out, "useRestrictions", r.useRestrictions());
        if (!r.proceedings().equals(Proceedings.unknown())) {
            field(out, "proceedings", r.proceedings(), ModelWriter::proceedings);
        }
        optional(out, "language", r.language(), (l, g) -> g.writeString(l.code()));
        optional(out, "transmission", r.transmission(), ModelWriter::transmission);
        optionalText(out, "factsSummary", r.factsSummary());
        optionalText(out, "purpose", r.purpose());
        list(out, "offences", r.offences(), ModelWriter::offence);
        list(out, "persons", r.persons(), ModelWriter::person);
        list(out, "measures", r.measures(), ModelWriter::measure);
        list(out, "attachments", r.attachments(), ModelWriter::attachment);
        out.writeEndObject();
    }

    static void requestingParty(RequestingParty p, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("state", p.state().alpha2());
        optional(out, "authority", p.authority(), ModelWriter::authority);
        optional(out, "validatingAuthority", p.validatingAuthority(), ModelWriter::authority);
        out.writeEndObject();
    }

    static void authority(Authority a, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", a.name());
        out.writeStringField("kind", a.kind().name());
        optional(out, "contact", a.contact(), ModelWriter::contact);
        out.writeEndObject();
    }

    static void contact(Contact c, JsonGenerator out) throws IOException {
        out.writeStartObject();
        optionalText(out, "officerName", c.officerName());
        optionalText(out, "email", c.email());
        optionalText(out, "phone", c.phone());
        out.writeEndObject();
    }

    static void legalBasis(LegalBasis b, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", b.kind().name());
        optionalText(out, "instrument", b.instrument());
        out.writeEndObject();
    }

    static void urgency(Urgency u, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("level", u.level().name());
        optionalText(out, "reason", u.reason());
        out.writeEndObject();
    }

    static void proceedings(Proceedings p, JsonGenerator out) throws IOException {
        out.writeStartObject();
        optional(out, "stage", p.stage(), (s, g) -> g.writeString(s.name()));
        optionalText(out, "subjectMatter", p.subjectMatter());
        optional(out, "conductingAuthority", p.conductingAuthority(), ModelWriter::authority);
        optionalText(out, "caseReference", p.caseReference());
        out.writeEndObject();
    }

    static void transmission(Transmission t, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("channel", t.channel().name());
        out.writeStringField("form", t.form().name());
        optional(out, "writtenConfirmation", t.writtenConfirmation(), (d, g) -> g.writeString(d.toString()));
        out.writeEndObject();
    }

    static void offence(Offence o, JsonGenerator out) throws IOException {
        out.writeStartObject();
        optionalText(out, "description", o.description());
        optionalText(out, "statutoryProvision", o.statutoryProvision());
        optional(out, "maxPenalty", o.maxPenalty(), ModelWriter::penalty);
        optional(out, "category", o.category(), (c, g) -> g.writeString(c.name()));
        flag(out, "legalPersonLiability", o.legalPersonLiability());
        out.writeEndObject();
    }

    static void penalty(Penalty p, JsonGenerator out) throws IOException {
        out.writeStartObject();
        optional(out, "maxCustody", p.maxCustody(), (c, g) -> g.writeString(c.toString()));
        flag(out, "lifeImprisonment", p.lifeImprisonment());
        flag(out, "deathPenalty", p.deathPenalty());
        list(out, "otherSanctions", p.otherSanctions(), (s, g) -> g.writeString(s));
        out.writeEndObject();
    }

    static void person(Person p, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("ref", p.ref());
        out.writeStringField("role", p.role().name());
        flag(out, "legalPerson", p.legalPerson());
        optionalText(out, "name", p.name());
        optional(out, "dateOfBirth", p.dateOfBirth(), (d, g) -> g.writeString(d.toString()));
        optionalText(out, "placeOfBirth", p.placeOfBirth());
        list(out, "identifiers", p.identifiers(), ModelWriter::identifier);
        list(out, "nationalities", p.nationalities(), ModelWriter::state);
        optionalText(out, "location", p.location());
        out.writeEndObject();
    }

    static void identifier(PersonIdentifier i, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", i.kind().name());
        out.writeStringField("value", i.value());
        optional(out, "issuer", i.issuer(), ModelWriter::state);
        out.writeEndObject();
    }

    static void measure(Measure m, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", m.type().name());
        optionalText(out, "description", m.description());
        optional(out, "dataCategory", m.dataCategory(), (c, g) -> g.writeString(c.name()));
        list(out, "targets", m.targets(), ModelWriter::target);
        list(out, "requestedProcedures", m.requestedProcedures(), (s, g) -> g.writeString(s));
        optional(out, "desiredBy", m.desiredBy(), (d, g) -> g.writeString(d.toString()));
        out.writeEndObject();
    }

    static void target(MeasureTarget t, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", t.kind().name());
        out.writeStringField("value", t.value());
        out.writeEndObject();
    }

    static void attachment(Attachment a, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("title", a.title());
        out.writeStringField("kind", a.kind().name());
        optional(out, "checksum", a.checksum(), ModelWriter::checksum);
        out.writeEndObject();
    }

    static void checksum(Checksum c, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("algorithm", c.algorithm());
        out.writeStringField("hex", c.hex());
        out.writeEndObject();
    }

    static void state(Jurisdiction j, JsonGenerator out) throws IOException {
        out.writeString(j.alpha2());
    }

    private static <T> void field(JsonGenerator out, String name, T value, ValueWriter<T> writer) throws IOException {
        out.writeFieldName(name);
        writer.write(value, out);
    }

    private static <T> void optional(JsonGenerator out, String name, Optional<T> value, ValueWriter<T> writer) throws IOException {
        if (value.isPresent()) {
            field(out, name, value.get(), writer);
        }
    }

    private static void optionalText(JsonGenerator out, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(name, value.get());
        }
    }

    private static void flag(JsonGenerator out, String name, boolean value) throws IOException {
        if (value) {
            out.writeBooleanField(name, true);
        }
    }

    private static <T> void list(JsonGenerator out, String name, List<T> values, ValueWriter<T> writer) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart(name);
        for (T value : values) {
            writer.write(value, out);
        }
        out.writeEndArray();
    }
}
