package org.openmla.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.InvalidValueException;
import org.openmla.core.json.TestRequests;
import org.openmla.core.model.Attachment;
import org.openmla.core.model.AttachmentKind;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Checksum;
import org.openmla.core.model.Contact;
import org.openmla.core.model.IdentifierKind;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.LegalBasisKind;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonIdentifier;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.RequestId;
import org.openmla.core.model.TargetKind;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.Urgency;
import org.openmla.core.model.UrgencyLevel;

/**
 * For each malformed component value, the constructor throws naming the component and Bean Validation reports a
 * violation of the same component: the annotations and the constructors say the same thing.
 */
class ConstraintAgreementTest {
    private static final RequestValidator VALIDATOR = RequestValidator.create();
    private static final Optional<String> BLANK = Optional.of(" \t\n ");

    static Stream<Arguments> malformedComponents() {
        MlaRequest m = TestRequests.minimal();
        return Stream.of(
                row(Measure.class, "description", BLANK, () -> new Measure(MeasureType.FREEZING, BLANK, Optional.empty(), List.of(), List.of(), Optional.empty())),
                row(Measure.class, "description", Optional.of("x".repeat(4001)), () -> Measure.builder(MeasureType.FREEZING).description("x".repeat(4001)).build()),
                row(Measure.class, "requestedProcedures", List.of("ok", ""), () -> Measure.builder(MeasureType.FREEZING).requestedProcedure("ok").requestedProcedure("").build()),
                row(Measure.class, "type", null, () -> Measure.of(null)),
                row(Penalty.class, "maxCustody", Optional.of(Period.ofYears(-1)), () -> Penalty.imprisonment(Period.ofYears(-1))),
                row(Penalty.class, "maxCustody", Optional.of(Period.of(1, -13, 0)), () -> Penalty.imprisonment(Period.of(1, -13, 0))),
                row(Penalty.class, "otherSanctions", List.of("fine", " "), () -> new Penalty(Optional.empty(), false, false, List.of("fine", " "))),
                row(Penalty.class, "otherSanctions", List.of("x".repeat(201)), () -> new Penalty(Optional.empty(), false, false, List.of("x".repeat(201)))),
                row(RequestId.class, "value", "NL 2026 1", () -> RequestId.of("NL 2026 1")),
                row(RequestId.class, "value", "", () -> RequestId.of("")),
                row(RequestId.class, "value", "-NL-1", () -> RequestId.of("-NL-1")),
                row(RequestId.class, "value", "N" + "1".repeat(100), () -> RequestId.of("N" + "1".repeat(100))),
                row(RequestId.class, "value", null, () -> RequestId.of(null)),
                row(Authority.class, "name", " ", () -> Authority.of(" ", AuthorityKind.COURT)),
                row(Authority.class, "name", "x".repeat(301), () -> Authority.of("x".repeat(301), AuthorityKind.COURT)),
                row(Authority.class, "kind", null, () -> Authority.of("Court", null)),
                row(Contact.class, "email", BLANK, () -> new Contact(Optional.empty(), BLANK, Optional.empty())),
                row(Contact.class, "phone", Optional.of("1".repeat(41)), () -> new Contact(Optional.empty(), Optional.empty(), Optional.of("1".repeat(41)))),
                row(Attachment.class, "title", "", () -> Attachment.of("", AttachmentKind.FORM)),
                row(Checksum.class, "algorithm", "MD5", () -> new Checksum("MD5", "a".repeat(64))),
                row(Checksum.class, "hex", "A".repeat(64), () -> new Checksum("SHA-256", "A".repeat(64))),
                row(LegalBasis.class, "instrument", Optional.of("untoc"), () -> LegalBasis.treaty("untoc")),
                row(LegalBasis.class, "kind", null, () -> new LegalBasis(null, Optional.empty())),
                row(PersonIdentifier.class, "value", "", () -> PersonIdentifier.of(IdentifierKind.PASSPORT, "", TestRequests.NL)),
                row(PersonIdentifier.class, "value", "x".repeat(101), () -> PersonIdentifier.of(IdentifierKind.PASSPORT, "x".repeat(101), TestRequests.NL)),
                row(Person.class, "ref", "1st", () -> Person.builder("1st", PersonRole.WITNESS).build()),
                row(Person.class, "ref", "p 1", () -> Person.builder("p 1", PersonRole.WITNESS).build()),
                row(Person.class, "role", null, () -> Person.builder("p1", null).build()),
                row(Person.class, "name", Optional.of(""), () -> Person.builder("p1", PersonRole.WITNESS).name("").build()),
                row(Person.class, "location", Optional.of("x".repeat(1001)), () -> Person.builder("p1", PersonRole.WITNESS).location("x".repeat(1001)).build()),
                row(MeasureTarget.class, "value", " ", () -> MeasureTarget.of(TargetKind.PLACE, " ")),
                row(Urgency.class, "reason", BLANK, () -> new Urgency(UrgencyLevel.URGENT, BLANK)),
                row(Urgency.class, "level", null, () -> Urgency.of(null, "why")),
                row(Offence.class, "statutoryProvision", Optional.of("x".repeat(501)), () -> Offence.builder().statutoryProvision("x".repeat(501)).build()),
                row(Offence.class, "description", BLANK, () -> Offence.builder().description(" \t\n ").build()),
                row(Proceedings.class, "caseReference", BLANK, () -> new Proceedings(Optional.empty(), Optional.empty(), Optional.empty(), BLANK)),
                row(Proceedings.class, "subjectMatter", Optional.of("x".repeat(20001)), () -> new Proceedings(Optional.empty(), Optional.of("x".repeat(20001)), Optional.empty(), Optional.empty())),
                row(Transmission.class, "form", null, () -> new Transmission(TransmissionChannel.DIPLOMATIC, null, Optional.empty())),
                row(MlaRequest.class, "factsSummary", BLANK, () -> m.toBuilder().factsSummary(" \t\n ").build()),
                row(MlaRequest.class, "purpose", Optional.of("x".repeat(4001)), () -> m.toBuilder().purpose("x".repeat(4001)).build()),
                row(MlaRequest.class, "requestedState", null, () -> MlaRequest.builder("NL-1", TestRequests.NL, null).build()));
    }

    private static Arguments row(Class<? extends Record> type, String component, Object value, Runnable constructor) {
        return Arguments.of(type.getSimpleName() + "." + component, type, component, value, constructor);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedComponents")
    void constructorAndAnnotationsBothReject(String field, Class<? extends Record> type, String component, Object value, Runnable constructor) {
        InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class, constructor::run);
        assertThat(thrown).as("constructor of " + field).isNotNull();
        assertThat(thrown.field()).as("field named by the constructor").startsWith(field);
        assertThat(VALIDATOR.validateComponent(type, component, value)).as("Bean Validation of " + field)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.path()).startsWith("/" + component));
    }
}
