package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.Attachment;
import org.openmla.core.model.AttachmentKind;
import org.openmla.core.model.Authority;
import org.openmla.core.model.Checksum;
import org.openmla.core.model.CommunicationKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.LegalBasisKind;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.Person;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.model.RequestId;
import org.openmla.core.model.RequestingParty;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.TransmissionForm;
import org.openmla.core.model.Urgency;
import org.openmla.core.model.UrgencyLevel;

/** Binds the request itself and the parts that are not parties, offences, persons or measures. */
final class RequestBinders {
    static final String SCHEMA_VERSION = "schemaVersion";
    static final List<String> REQUEST = List.of(SCHEMA_VERSION, "id", "kind", "requestingParty", "requestedState", "legalBasis",
            "dateIssued", "urgency", "confidentialityRequested", "useRestrictions", "proceedings", "language", "transmission", "factsSummary",
            "purpose", "offences", "persons", "measures", "attachments");
    static final List<String> LEGAL_BASIS = List.of("kind", "instrument");
    static final List<String> URGENCY = List.of("level", "reason");
    static final List<String> TRANSMISSION = List.of("channel", "form", "writtenConfirmation");
    static final List<String> PROCEEDINGS = List.of("stage", "subjectMatter", "conductingAuthority", "caseReference");
    static final List<String> ATTACHMENT = List.of("title", "kind", "checksum");
    static final List<String> CHECKSUM = List.of("algorithm", "hex");

    private RequestBinders() {}

    static Optional<MlaRequest> request(JsonNode node, JsonPointer at, BindingContext context) {
        if (node.isObject() && !supportedVersion(node.get(SCHEMA_VERSION), at.appendProperty(SCHEMA_VERSION), context)) {
            return Optional.empty();
        }
        return ObjectBinding.open(node, at, context, MlaRequest.class, REQUEST).flatMap(o -> {
            RequestId id = o.required("id", Scalars.REQUEST_ID);
            CommunicationKind kind = o.withDefault("kind", Scalars.enumValue(CommunicationKind.class), CommunicationKind.REQUEST);
            RequestingParty requestingParty = o.required("requestingParty", PartyBinders::requestingParty);
            Jurisdiction requestedState = o.required("requestedState", Scalars.STATE_VALUE);
            List<LegalBasis> legalBasis = o.list("legalBasis", RequestBinders::legalBasis);
            Optional<LocalDate> dateIssued = o.optional("dateIssued", Scalars.DATE_VALUE);
            Optional<Urgency> urgency = o.optional("urgency", RequestBinders::urgency);
            boolean confidentialityRequested = o.flag("confidentialityRequested");
            Optional<String> useRestrictions = o.optional("useRestrictions", Scalars.TEXT);
            Proceedings proceedings = o.withDefault("proceedings", RequestBinders::proceedings, Proceedings.unknown());
            Optional<LanguageCode> language = o.optional("language", Scalars.LANGUAGE_VALUE);
            Optional<Transmission> transmission = o.optional("transmission", RequestBinders::transmission);
            Optional<String> factsSummary = o.optional("factsSummary", Scalars.TEXT);
            Optional<String> purpose = o.optional("purpose", Scalars.TEXT);
            List<Offence> offences = o.list("offences", OffenceBinders::offence);
            List<Person> persons = o.list("persons", PersonBinders::person);
            List<Measure> measures = o.list("measures", MeasureBinders::measure);
            List<Attachment> attachments = o.list("attachments", RequestBinders::attachment);
            return o.build(() -> new MlaRequest(id, kind, requestingParty, requestedState, legalBasis, dateIssued, urgency,
                    confidentialityRequested, useRestrictions, proceedings, language, transmission, factsSummary, purpose, offences,
                    persons, measures, attachments));
        });
    }

    /**
     * A missing version is reported and binding goes on, so that every other problem is listed too; a version this
     * library does not read stops binding, as nothing else in the document can be interpreted.
     */
    private static boolean supportedVersion(JsonNode version, JsonPointer at, BindingContext context) {
        if (version == null) {
            context.report(at, "required property is missing (this library reads format version " + MlaJson.SCHEMA_VERSION + ")");
            return true;
        }
        if (!version.isIntegralNumber()) {
            JsonTypes.mismatch(version, at, context, "an integer");
            return false;
        }
        if (!version.canConvertToInt() || version.intValue() != MlaJson.SCHEMA_VERSION) {
            String shown = version.canConvertToInt() ? String.valueOf(version.intValue()) : "out of range";
            context.report(at, "unsupported format version " + shown + " (this library reads format version " + MlaJson.SCHEMA_VERSION + ")");
            return false;
        }
        return true;
    }

    static Optional<LegalBasis> legalBasis(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, LegalBasis.class, LEGAL_BASIS).flatMap(o -> {
            LegalBasisKind kind = o.required("kind", Scalars.enumValue(LegalBasisKind.class));
            Optional<String> instrument = o.optional("instrument", Scalars.TEXT);
            return o.build(() -> new LegalBasis(kind, instrument));
        });
    }

    static Optional<Urgency> urgency(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Urgency.class, URGENCY).flatMap(o -> {
            UrgencyLevel level = o.required("level", Scalars.enumValue(UrgencyLevel.class));
            Optional<String> reason = o.optional("reason", Scalars.TEXT);
            return o.build(() -> new Urgency(level, reason));
        });
    }

    static Optional<Transmission> transmission(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Transmission.class, TRANSMISSION).flatMap(o -> {
            TransmissionChannel channel = o.required("channel", Scalars.enumValue(TransmissionChannel.class));
            TransmissionForm form = o.required("form", Scalars.enumValue(TransmissionForm.class));
            Optional<LocalDate> writtenConfirmation = o.optional("writtenConfirmation", Scalars.DATE_VALUE);
            return o.build(() -> new Transmission(channel, form, writtenConfirmation));
        });
    }

    static Optional<Proceedings> proceedings(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Proceedings.class, PROCEEDINGS).flatMap(o -> {
            Optional<ProceedingsStage> stage = o.optional("stage", Scalars.enumValue(ProceedingsStage.class));
            Optional<String> subjectMatter = o.optional("subjectMatter", Scalars.TEXT);
            Optional<Authority> conductingAuthority = o.optional("conductingAuthority", PartyBinders::authority);
            Optional<String> caseReference = o.optional("caseReference", Scalars.TEXT);
            return o.build(() -> new Proceedings(stage, subjectMatter, conductingAuthority, caseReference));
        });
    }

    static Optional<Attachment> attachment(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Attachment.class, ATTACHMENT).flatMap(o -> {
            String title = o.required("title", Scalars.TEXT);
            AttachmentKind kind = o.required("kind", Scalars.enumValue(AttachmentKind.class));
            Optional<Checksum> checksum = o.optional("checksum", RequestBinders::checksum);
            return o.build(() -> new Attachment(title, kind, checksum));
        });
    }

    static Optional<Checksum> checksum(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Checksum.class, CHECKSUM).flatMap(o -> {
            String algorithm = o.required("algorithm", Scalars.TEXT);
            String hex = o.required("hex", Scalars.TEXT);
            return o.build(() -> new Checksum(algorithm, hex));
        });
    }
}
