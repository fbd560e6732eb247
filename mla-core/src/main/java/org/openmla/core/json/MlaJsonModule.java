package org.openmla.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.util.List;
import org.openmla.core.model.Attachment;
import org.openmla.core.model.AttachmentKind;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Checksum;
import org.openmla.core.model.Contact;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.IdentifierKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.LegalBasisKind;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonIdentifier;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.model.RequestId;
import org.openmla.core.model.RequestingParty;
import org.openmla.core.model.TargetKind;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.TransmissionForm;
import org.openmla.core.model.Urgency;
import org.openmla.core.model.UrgencyLevel;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.decision.Decision;

/**
 * A Jackson module that maps every type of the request model to the OpenMLA JSON format, version 1, with
 * hand-written serializers and deserializers: the model carries no Jackson annotations. It also writes
 * {@link Decision}s in the decision format, version 1.
 *
 * <p>Deserializers collect every problem of the value and throw one {@link MlaJsonException}; its problems point
 * below the value read, at the line and column where the value starts. Reading a whole request through
 * {@link MlaJson} is preferable: it also enforces the reading limits and locates each problem precisely. A JSON
 * {@code null} never deserializes to a model value. Enums are written and read as their constant names only,
 * whatever the mapper's enum features say.
 *
 * <p>Immutable and thread-safe; one instance may be registered with any number of mappers.
 */
public final class MlaJsonModule extends Module {

    /** The module's name. */
    public static final String NAME = "openmla-request-json";

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(AttachmentKind.class, AuthorityKind.class,
            DataCategory.class, IdentifierKind.class, LegalBasisKind.class, MeasureFamily.class, MeasureType.class,
            OffenceCategory.class, PersonRole.class, ProceedingsStage.class, TargetKind.class, TransmissionChannel.class,
            TransmissionForm.class, UrgencyLevel.class);

    /** Creates the module. */
    public MlaJsonModule() {}

    /** @return {@value #NAME} */
    @Override
    public String getModuleName() {
        return NAME;
    }

    /** @return the version of the JSON format the module maps: 1.0.0 */
    @Override
    public Version version() {
        return new Version(MlaJson.SCHEMA_VERSION, 0, 0, null, "org.openmla", "mla-core");
    }

    /** Registers a serializer and a deserializer for every model type. */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        Registry registry = new Registry(serializers, deserializers);
        registry.add(MlaRequest.class, ModelWriter::request, RequestBinders::request);
        registry.add(RequestingParty.class, ModelWriter::requestingParty, PartyBinders::requestingParty);
        registry.add(Authority.class, ModelWriter::authority, PartyBinders::authority);
        registry.add(Contact.class, ModelWriter::contact, PartyBinders::contact);
        registry.add(LegalBasis.class, ModelWriter::legalBasis, RequestBinders::legalBasis);
        registry.add(Urgency.class, ModelWriter::urgency, RequestBinders::urgency);
        registry.add(Proceedings.class, ModelWriter::proceedings, RequestBinders::proceedings);
        registry.add(Transmission.class, ModelWriter::transmission, RequestBinders::transmission);
        registry.add(Offence.class, ModelWriter::offence, OffenceBinders::offence);
        registry.add(Penalty.class, ModelWriter::penalty, OffenceBinders::penalty);
        registry.add(Person.class, ModelWriter::person, PersonBinders::person);
        registry.add(PersonIdentifier.class, ModelWriter::identifier, PersonBinders::identifier);
        registry.add(Measure.class, ModelWriter::measure, MeasureBinders::measure);
        registry.add(MeasureTarget.class, ModelWriter::target, MeasureBinders::target);
        registry.add(Attachment.class, ModelWriter::attachment, RequestBinders::attachment);
        registry.add(Checksum.class, ModelWriter::checksum, RequestBinders::checksum);
        registry.add(Jurisdiction.class, ModelWriter::state, Scalars.STATE_VALUE);
        registry.add(LanguageCode.class, (l, out) -> out.writeString(l.code()), Scalars.LANGUAGE_VALUE);
        registry.add(RequestId.class, (id, out) -> out.writeString(id.value()), Scalars.REQUEST_ID);
        for (Class<? extends Enum<?>> type : ENUMS) {
            registry.addEnum(type);
        }
        // Decisions are written for audit and display; they are replayed from their input, not read back.
        serializers.addSerializer(Decision.class, new ModelSerializer<>(Decision.class, DecisionWriter::decision));
        registry.add(RequestCase.class, CaseJson::requestCase, CaseJson.CASE_BINDER);
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private record Registry(SimpleSerializers serializers, SimpleDeserializers deserializers) {
        <T> void add(Class<T> type, ValueWriter<T> writer, Binder<T> binder) {
            serializers.addSerializer(type, new ModelSerializer<>(type, writer));
            deserializers.addDeserializer(type, new ModelDeserializer<>(type, binder));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void addEnum(Class<? extends Enum<?>> type) {
            Class<Enum> raw = (Class) type;
            add(raw, (constant, out) -> out.writeString(constant.name()), Scalars.enumValue(raw));
        }
    }
}
