package org.openmla.core.json;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
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
import org.openmla.core.model.Measure;
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
import org.openmla.core.model.TargetKind;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.TransmissionForm;
import org.openmla.core.model.Urgency;
import org.openmla.core.model.UrgencyLevel;

/** Requests for tests: one with every property given, one with only what is required, one per measure type. */
public final class TestRequests {
    public static final Jurisdiction NL = Jurisdiction.of("NL");
    public static final Jurisdiction CH = Jurisdiction.of("CH");

    private TestRequests() {}

    /** @return a request in which every component of every model type is present and non-default */
    public static MlaRequest full() {
        return full(new Texts("Ruud Visser", "Jan de Vries", "1979-04-12", "NL1234567", "Zurich",
                "The suspect laundered proceeds of fraud through accounts in Zurich.", "Bahnhofstrasse 1, Zurich"));
    }

    /** The personal data and free text of {@link #full(Texts)}. */
    public record Texts(String officerName, String personName, String dateOfBirth, String identifier, String place,
            String freeText, String targetValue) {}

    /** @return a request with every property given, whose personal data and free texts are {@code texts} */
    public static MlaRequest full(Texts t) {
        Contact contact = new Contact(Optional.of(t.officerName()), Optional.of(t.identifier().toLowerCase(java.util.Locale.ROOT) + "@example.org"),
                Optional.of("+31 10 000 00 00"));
        Authority prosecutor = new Authority("Public Prosecutor's Office Rotterdam", AuthorityKind.PROSECUTOR, Optional.of(contact));
        Authority judge = Authority.of("Rechter-commissaris Rotterdam", AuthorityKind.INVESTIGATING_JUDGE);
        Person suspect = Person.builder("p1", PersonRole.SUSPECT)
                .name(t.personName())
                .dateOfBirth(LocalDate.parse(t.dateOfBirth()))
                .placeOfBirth(t.place())
                .identifier(PersonIdentifier.of(IdentifierKind.PASSPORT, t.identifier(), NL))
                .identifier(new PersonIdentifier(IdentifierKind.OTHER, t.identifier() + "-2", Optional.empty()))
                .nationality(NL)
                .nationality(Jurisdiction.of("DE"))
                .location(t.place())
                .build();
        Person company = Person.builder("c1", PersonRole.ACCOUNT_HOLDER).legalPerson(true).name(t.personName() + " Holding AG").build();
        return MlaRequest.builder("NL-2026-00042", NL, CH)
                .requestingAuthority(prosecutor)
                .validatingAuthority(judge)
                .legalBasis("UNTOC")
                .legalBasis(LegalBasis.reciprocity())
                .dateIssued(LocalDate.of(2026, 3, 1))
                .urgency(Urgency.of(UrgencyLevel.URGENT, t.freeText()))
                .confidentialityRequested(true)
                .proceedings(new Proceedings(Optional.of(ProceedingsStage.INVESTIGATION), Optional.of(t.freeText()),
                        Optional.of(prosecutor), Optional.of("RTD-2026-118")))
                .language(LanguageCode.of("en"))
                .transmission(new Transmission(TransmissionChannel.CENTRAL_AUTHORITY, TransmissionForm.ORAL,
                        Optional.of(LocalDate.of(2026, 3, 3))))
                .factsSummary(t.freeText())
                .purpose(t.freeText())
                .offence(new Offence(Optional.of(t.freeText()), Optional.of("Sr art. 420bis"),
                        Optional.of(new Penalty(Optional.of(Period.ofYears(6)), true, true, List.of("fine", "confiscation"))),
                        Optional.of(OffenceCategory.LAUNDERING), true))
                .offence(Offence.builder().maxPenalty(Penalty.imprisonment(Period.ofMonths(18))).build())
                .person(suspect)
                .person(company)
                .measure(Measure.builder(MeasureType.BANK_AND_BUSINESS_RECORDS)
                        .description(t.freeText())
                        .target(MeasureTarget.person("c1"))
                        .target(TargetKind.ACCOUNT, t.targetValue())
                        .requestedProcedure(t.freeText())
                        .desiredBy(LocalDate.of(2026, 6, 30))
                        .build())
                .measure(Measure.builder(MeasureType.EXPEDITED_PRESERVATION).dataCategory(DataCategory.TRAFFIC).build())
                .attachment(new Attachment(t.freeText(), AttachmentKind.COURT_ORDER,
                        Optional.of(Checksum.sha256("a".repeat(64)))))
                .attachment(Attachment.of("Translation", AttachmentKind.TRANSLATION))
                .build();
    }

    /** @return a request with only the required properties */
    public static MlaRequest minimal() {
        return MlaRequest.builder("NL-2026-00001", NL, CH).build();
    }

    /** @return a small request asking for one measure of this type, with a data category where the type has one */
    public static MlaRequest withMeasure(MeasureType type) {
        Measure.Builder measure = Measure.builder(type).description("What is asked for " + type);
        type.dataCategories().stream().findFirst().ifPresent(measure::dataCategory);
        return MlaRequest.builder("NL-2026-" + type.ordinal(), NL, CH)
                .legalBasis("UNTOC")
                .person(Person.builder("p1", PersonRole.SUSPECT).name("A. Person").build())
                .measure(measure.target(MeasureTarget.person("p1")).build())
                .build();
    }
}
