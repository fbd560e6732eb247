package org.openmla.core.json;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.openmla.core.model.CommunicationKind;
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
import org.openmla.core.model.RequestId;
import org.openmla.core.model.RequestingParty;
import org.openmla.core.model.TargetKind;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.TransmissionForm;
import org.openmla.core.model.Urgency;
import org.openmla.core.model.UrgencyLevel;

/** Random well-formed requests, built only through the model's constructors. */
public final class RequestArbitraries {
    private static final List<String> INSTRUMENTS = List.of("UNTOC", "UNCAC", "ETS30", "ETS99", "ETS182", "ETS185",
            "CETS224", "EIO", "EEVIDENCE", "EAW", "UN_MODEL_TREATY");

    private RequestArbitraries() {}

    /** @return random well-formed requests, from nearly empty to every property given */
    public static Arbitrary<MlaRequest> requests() {
        Arbitrary<Jurisdiction[]> states = Combinators.combine(state(), state())
                .as((a, b) -> new Jurisdiction[] {a, b})
                .filter(pair -> !pair[0].equals(pair[1]));
        Arbitrary<RequestHead> head = Combinators.combine(requestId(), states, authority().optional(), authority().optional(),
                        legalBases(), date().optional(), urgency().optional(), Arbitraries.of(true, false))
                .as((id, pair, authority, validating, bases, issued, urgency, confidential) -> new RequestHead(id,
                        new RequestingParty(pair[0], authority, validating), pair[1], bases, issued, urgency, confidential));
        Arbitrary<RequestBody> body = Combinators.combine(proceedings(), language().optional(), transmission().optional(),
                        text(400).optional(), text(200).optional(), offence().list().ofMaxSize(3), attachment().list().ofMaxSize(2))
                .as(RequestBody::new);
        Arbitrary<List<Person>> persons = Arbitraries.integers().between(0, 3).flatMap(RequestArbitraries::persons);
        Arbitrary<PersonsAndMeasures> parties = persons.flatMap(ps -> measure(ps.stream().map(Person::ref).toList())
                .list().ofMaxSize(3).map(ms -> new PersonsAndMeasures(ps, ms)));
        // a confidential communication without measures is generated as spontaneous information, restricted as to use
        // where it has a purpose, so that both kinds and the restrictions travel through every property
        return Combinators.combine(head, body, parties).as((h, b, pm) -> {
            boolean spontaneous = pm.measures().isEmpty() && h.confidential();
            return new MlaRequest(h.id(), spontaneous ? CommunicationKind.SPONTANEOUS_INFORMATION : CommunicationKind.REQUEST, h.party(),
                    h.requested(), h.bases(), h.issued(), h.urgency(), h.confidential(), spontaneous ? b.purpose() : Optional.empty(),
                    b.proceedings(), b.language(), b.transmission(), b.facts(), b.purpose(), b.offences(), pm.persons(), pm.measures(),
                    b.attachments());
        });
    }

    private record RequestHead(RequestId id, RequestingParty party, Jurisdiction requested, List<LegalBasis> bases,
            Optional<LocalDate> issued, Optional<Urgency> urgency, boolean confidential) {}

    private record RequestBody(Proceedings proceedings, Optional<LanguageCode> language, Optional<Transmission> transmission,
            Optional<String> facts, Optional<String> purpose, List<Offence> offences, List<Attachment> attachments) {}

    private record PersonsAndMeasures(List<Person> persons, List<Measure> measures) {}

    /** Free text of 1 to {@code max} characters, never blank, with accents, quotes, backslashes and line breaks. */
    public static Arbitrary<String> text(int max) {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00c0', '\u017f')
                .withChars('\n', '\t', '\u2028', '\u20ac')
                .ofMinLength(1).ofMaxLength(Math.min(max, 60))
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<Jurisdiction> state() {
        return Arbitraries.of(new ArrayList<>(Jurisdiction.knownAlpha2Codes())).map(Jurisdiction::of);
    }

    static Arbitrary<RequestId> requestId() {
        Arbitrary<Character> first = Arbitraries.chars().alpha().numeric();
        Arbitrary<String> rest = Arbitraries.strings().alpha().numeric().withChars("./_-").ofMaxLength(30);
        return Combinators.combine(first, rest).as((f, r) -> RequestId.of(f + r));
    }

    static Arbitrary<LocalDate> date() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2100), Arbitraries.integers().between(1, 365))
                .as(LocalDate::ofYearDay);
    }

    static Arbitrary<LanguageCode> language() {
        return Arbitraries.of("en", "fr", "de", "nl", "es", "it", "pt", "ru", "ar", "zh").map(LanguageCode::of);
    }

    static Arbitrary<List<LegalBasis>> legalBases() {
        Arbitrary<LegalBasis> basis = Arbitraries.oneOf(
                Arbitraries.of(INSTRUMENTS).map(LegalBasis::treaty),
                Arbitraries.of(LegalBasis.reciprocity(), LegalBasis.comity()));
        return basis.list().uniqueElements().ofMaxSize(3);
    }

    static Arbitrary<Contact> contact() {
        return Combinators.combine(text(200).optional(), text(254).optional(), text(40).optional()).as(Contact::new);
    }

    static Arbitrary<Authority> authority() {
        return Combinators.combine(text(300), Arbitraries.of(AuthorityKind.class), contact().optional()).as(Authority::new);
    }

    static Arbitrary<Urgency> urgency() {
        return Combinators.combine(Arbitraries.of(UrgencyLevel.class), text(4000).optional()).as(Urgency::new);
    }

    static Arbitrary<Proceedings> proceedings() {
        return Combinators.combine(Arbitraries.of(ProceedingsStage.class).optional(), text(20000).optional(),
                authority().optional(), text(200).optional()).as(Proceedings::new);
    }

    static Arbitrary<Transmission> transmission() {
        return Combinators.combine(Arbitraries.of(TransmissionChannel.class), Arbitraries.of(TransmissionForm.class),
                date().optional()).as(Transmission::new);
    }

    static Arbitrary<Penalty> penalty() {
        Arbitrary<Period> period = Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 24),
                Arbitraries.integers().between(0, 60)).as(Period::of);
        return Combinators.combine(period.optional(), Arbitraries.of(true, false), Arbitraries.of(true, false),
                        text(200).list().ofMaxSize(2))
                .as((custody, life, death, others) -> new Penalty(custody,
                        life || (custody.isEmpty() && !death && others.isEmpty()), death, others));
    }

    static Arbitrary<Offence> offence() {
        return Combinators.combine(text(4000).optional(), text(500).optional(), penalty().optional(),
                Arbitraries.of(OffenceCategory.class).optional(), Arbitraries.of(true, false)).as(Offence::new);
    }

    static Arbitrary<List<Person>> persons(int count) {
        if (count == 0) {
            return Arbitraries.just(List.of());
        }
        return Combinators.combine(IntStream.range(0, count).mapToObj(i -> person("p" + i)).toList()).as(List::copyOf);
    }

    static Arbitrary<Person> person(String ref) {
        Arbitrary<PersonIdentifier> identifier = Combinators.combine(Arbitraries.of(IdentifierKind.class), text(100),
                state().optional()).as(PersonIdentifier::new);
        return Combinators.combine(Arbitraries.of(PersonRole.class), Arbitraries.of(true, false), text(300).optional(),
                        date().optional(), text(300).optional(), identifier.list().ofMaxSize(2), state().list().ofMaxSize(2),
                        text(1000).optional())
                .as((role, legal, name, born, place, ids, nationalities, location) ->
                        new Person(ref, role, legal, name, born, place, ids, nationalities, location));
    }

    static Arbitrary<Measure> measure(List<String> refs) {
        return Arbitraries.of(MeasureType.class).flatMap(type -> {
            Arbitrary<Optional<DataCategory>> category = type.isElectronic()
                    ? Arbitraries.of(new ArrayList<>(type.dataCategories())).optional()
                    : Arbitraries.just(Optional.empty());
            return Combinators.combine(text(4000).optional(), category, target(refs).list().ofMaxSize(3),
                    text(2000).list().ofMaxSize(2), date().optional())
                    .as((description, dataCategory, targets, procedures, desiredBy) ->
                            new Measure(type, description, dataCategory, targets, procedures, desiredBy));
        });
    }

    static Arbitrary<MeasureTarget> target(List<String> refs) {
        Arbitrary<MeasureTarget> other = Combinators.combine(
                Arbitraries.of(TargetKind.class).filter(k -> k != TargetKind.PERSON), text(1000)).as(MeasureTarget::new);
        return refs.isEmpty() ? other : Arbitraries.oneOf(other, Arbitraries.of(refs).map(MeasureTarget::person));
    }

    static Arbitrary<Attachment> attachment() {
        Arbitrary<Checksum> checksum = Arbitraries.of(64, 96, 128).flatMap(length -> Arbitraries.strings()
                .withChars("0123456789abcdef").ofLength(length)
                .map(hex -> new Checksum(length == 64 ? "SHA-256" : length == 96 ? "SHA-384" : "SHA-512", hex)));
        return Combinators.combine(text(500), Arbitraries.of(AttachmentKind.class), checksum.optional()).as(Attachment::new);
    }
}
