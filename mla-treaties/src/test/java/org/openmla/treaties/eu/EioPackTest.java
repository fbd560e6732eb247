package org.openmla.treaties.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.model.MeasureType.BANKING_TRANSACTION_INFORMATION;
import static org.openmla.core.model.MeasureType.BANK_ACCOUNT_INFORMATION;
import static org.openmla.core.model.MeasureType.CONTROLLED_DELIVERY;
import static org.openmla.core.model.MeasureType.COVERT_INVESTIGATION;
import static org.openmla.core.model.MeasureType.FREEZING;
import static org.openmla.core.model.MeasureType.INFORMATION_ALREADY_HELD;
import static org.openmla.core.model.MeasureType.INTERCEPTION_OF_TELECOMMUNICATIONS;
import static org.openmla.core.model.MeasureType.JOINT_INVESTIGATION_TEAM;
import static org.openmla.core.model.MeasureType.PUBLIC_RECORDS;
import static org.openmla.core.model.MeasureType.SEARCH_AND_SEIZURE;
import static org.openmla.core.model.MeasureType.SUBSCRIBER_IDENTIFICATION;
import static org.openmla.core.model.MeasureType.SURRENDER;
import static org.openmla.core.model.MeasureType.TELEPHONE_HEARING;
import static org.openmla.core.model.MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON;
import static org.openmla.core.model.MeasureType.VIDEOCONFERENCE_HEARING;
import static org.openmla.core.rules.Outcome.DEFICIENT;
import static org.openmla.core.rules.Outcome.GRANT_WITH_CONDITIONS;
import static org.openmla.core.rules.Outcome.MAY_REFUSE;
import static org.openmla.core.rules.Outcome.MUST_REFUSE;
import static org.openmla.core.rules.Outcome.NOT_APPLICABLE;
import static org.openmla.core.rules.Outcome.PENDING_ASSESSMENT;
import static org.openmla.core.rules.Outcome.POSTPONE;
import static org.openmla.core.rules.Outcome.RETURN_TO_ISSUER;
import static org.openmla.treaties.eu.EuAssessments.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.model.TargetKind;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.TransmissionForm;
import org.openmla.core.rules.Assessment;
import org.openmla.core.rules.Decision;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.Finding;
import org.openmla.core.rules.ProposedRefusal;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.rules.Verdict;

/** Scenarios for the European Investigation Order pack, written from Directive 2014/41/EU as the legal reference gives it. */
class EioPackTest {

    static final LocalDate LAW_DATE = LocalDate.of(2026, 10, 1);

    /** A complete EIO from a Dutch prosecutor to Belgium: search of premises for a fraud punishable by six years. */
    static MlaRequest.Builder eio() {
        return MlaRequest.builder("EIO-2026-17", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
                .requestingAuthority(Authority.of("Public Prosecutor's Office Rotterdam", AuthorityKind.PROSECUTOR))
                .legalBasis("EIO")
                .dateIssued(LocalDate.of(2026, 9, 20))
                .transmission(Transmission.written(TransmissionChannel.DIRECT_JUDICIAL))
                .proceedings(Proceedings.of(ProceedingsStage.INVESTIGATION, "Investigation into invoice fraud"))
                .factsSummary("False invoices were issued through a company registered in Antwerp.")
                .purpose("To seize the accounting records of the company.")
                .offence(Offence.builder().description("Fraud").statutoryProvision("Sr art. 326").maxPenalty(Penalty.imprisonmentYears(6))
                        .category(OffenceCategory.FRAUD).build())
                .person(Person.builder("p1", PersonRole.SUSPECT).name("Test Suspect").build())
                .measure(Measure.builder(SEARCH_AND_SEIZURE).description("Search of the business premises").target(TargetKind.PLACE, "Main street 1")
                        .build());
    }

    /** Every question answered so that nothing stands in the way of execution. */
    static List<Assessment> cleared() {
        return List.of(
                Scenario.answer(EIO_FORM_DEFECTIVE, false), Scenario.answer(EIO_LANGUAGE_ACCEPTED, true),
                Scenario.answer(EIO_ISSUING_CONDITIONS_DOUBTED, false), Scenario.answer(StandardAssessments.MEASURE_NOT_AVAILABLE, false),
                Scenario.answer(EIO_SUBSTITUTE_MEASURE_AVAILABLE, true), Scenario.answer(EIO_LESS_INTRUSIVE_MEASURE, false),
                Scenario.answer(EIO_NON_COERCIVE_MEASURE, false), Scenario.answer(StandardAssessments.IMMUNITY_OR_PRIVILEGE, false),
                Scenario.answer(PRESS_FREEDOM_RULES, false), Scenario.answer(EIO_NATIONAL_SECURITY, false),
                Scenario.answer(EIO_NON_CRIMINAL_PROCEEDINGS, false), Scenario.answer(NOT_AUTHORISED_DOMESTICALLY, false),
                Scenario.answer(StandardAssessments.NE_BIS_IN_IDEM, false), Scenario.answer(EIO_NE_BIS_IN_IDEM_SAFEGUARD, false),
                Scenario.answer(EIO_TERRITORIALITY, false), Scenario.answer(StandardAssessments.DUAL_CRIMINALITY, true),
                Scenario.answer(FUNDAMENTAL_RIGHTS_INCOMPATIBLE, false), Scenario.answer(EIO_MEASURE_RESTRICTED, false),
                Scenario.answer(EIO_PREJUDICE_TO_INVESTIGATION, false), Scenario.answer(EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS, false),
                Scenario.answer(EIO_EXCEPTIONALLY_HIGH_COSTS, false), Scenario.answer(StandardAssessments.DETAINED_PERSON_CONSENT, true),
                Scenario.answer(EIO_TRANSFER_PROLONGS_DETENTION, false), Scenario.answer(EIO_HEARD_PERSON_CONSENTS, true),
                Scenario.answer(EIO_CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, false), Scenario.answer(EIO_MEASURE_PARTICULARS_STATED, true),
                Scenario.answer(EIO_NON_BANK_INSTITUTION, false), Scenario.answer(EIO_NO_AGREEMENT_ON_ARRANGEMENTS, false),
                Scenario.answer(EIO_INTERCEPTION_NOTIFICATION, false));
    }

    static Scenario scenario(String name) {
        return Scenario.of(name, "EIO", eio().build(), LAW_DATE, cleared());
    }

    static Offence offence(OffenceCategory category, int years) {
        return Offence.builder().description("Offence").statutoryProvision("Sr art. 1").maxPenalty(Penalty.imprisonmentYears(years))
                .category(category).build();
    }

    static MlaRequest.Builder only(MlaRequest.Builder b, Measure measure) {
        return b.clearMeasures().measure(measure);
    }

    static Measure described(MeasureType type) {
        return Measure.builder(type).description("As described in section C").build();
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                // ---- baseline, participation, scope ----
                scenario("a complete EIO between bound Member States with nothing against it is executed, subject to the use limitation")
                        .expect(GRANT_WITH_CONDITIONS).imposes("eio.19.3").noOpenQuestions()
                        .finding("eio.34.1.bound", Verdict.TRUE),
                scenario("an EIO to Denmark is outside the Directive: Denmark is not bound")
                        .request(b -> MlaRequest.builder("EIO-2026-18", Jurisdiction.of("NL"), Jurisdiction.of("DK"))
                                .requestingAuthority(Authority.of("Public Prosecutor's Office", AuthorityKind.PROSECUTOR)))
                        .expect(NOT_APPLICABLE).determinedBy("eio.34.1.denmark"),
                scenario("an EIO from Ireland is outside the Directive: Ireland is not bound")
                        .request(b -> MlaRequest.builder("EIO-2026-19", Jurisdiction.of("IE"), Jurisdiction.of("FR"))
                                .requestingAuthority(Authority.of("Director of Public Prosecutions", AuthorityKind.PROSECUTOR)))
                        .expect(NOT_APPLICABLE).determinedBy("eio.34.1.ireland")
                        .then(d -> assertThat(d.finding("eio.34.1.ireland").orElseThrow().caveat()).isPresent()),
                scenario("an EIO to Norway is outside the Directive: Norway is not a Member State")
                        .request(b -> MlaRequest.builder("EIO-2026-20", Jurisdiction.of("DE"), Jurisdiction.of("NO"))
                                .requestingAuthority(Authority.of("Staatsanwaltschaft", AuthorityKind.PROSECUTOR)))
                        .expect(NOT_APPLICABLE).determinedBy("eio.34.1.bound"),
                scenario("the United Kingdom executed EIOs until the end of 2020 (unverified end date)")
                        .request(b -> rebase(b, "FR", "GB")).on(LocalDate.of(2019, 6, 1))
                        .expect(GRANT_WITH_CONDITIONS).finding("eio.34.1.bound", Verdict.TRUE)
                        .finding("eio.34.1.united-kingdom", Verdict.TRUE)
                        .then(d -> assertThat(d.finding("eio.34.1.bound").orElseThrow().exceptedBy()).contains("eio.34.1.united-kingdom")),
                scenario("after 2020 an EIO to the United Kingdom is outside the Directive")
                        .request(b -> rebase(b, "FR", "GB")).on(LocalDate.of(2021, 3, 1))
                        .expect(NOT_APPLICABLE).determinedBy("eio.34.1.bound"),
                scenario("before 22 May 2017 the Directive did not replace the conventions")
                        .on(LocalDate.of(2017, 5, 21)).expect(NOT_APPLICABLE)
                        .then(d -> assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("2017-05-22"))),
                scenario("a joint investigation team cannot be set up by an EIO (Art 3)")
                        .request(b -> b.measure(described(JOINT_INVESTIGATION_TEAM)))
                        .expect(NOT_APPLICABLE).measureOutcome(0, GRANT_WITH_CONDITIONS).measureOutcome(1, NOT_APPLICABLE)
                        .then(d -> assertThat(d.partial()).isTrue()),
                scenario("surrender of a person is not an investigative measure")
                        .request(b -> only(b, Measure.of(SURRENDER))).expect(NOT_APPLICABLE).determinedBy("eio.1.1"),

                // ---- form and content ----
                scenario("an EIO that does not state its object and reasons is deficient")
                        .request(b -> b.purpose(null)).expect(DEFICIENT).determinedBy("eio.5.1.b"),
                scenario("an EIO without a summary of the facts is deficient")
                        .request(b -> b.factsSummary(null)).expect(DEFICIENT).determinedBy("eio.5.1.d"),
                scenario("an EIO that does not give the provisions of criminal law is deficient")
                        .request(b -> b.clearOffences().offence(Offence.builder().description("Fraud").category(OffenceCategory.FRAUD)
                                .maxPenalty(Penalty.imprisonmentYears(6)).build()))
                        .expect(DEFICIENT).determinedBy("eio.5.1.d.provisions"),
                scenario("a measure that is not described makes the EIO deficient for that measure")
                        .request(b -> b.measure(Measure.of(PUBLIC_RECORDS))).assessing(EIO_NON_COERCIVE_MEASURE, true)
                        .expect(DEFICIENT).measureOutcome(0, GRANT_WITH_CONDITIONS).measureOutcome(1, DEFICIENT),
                scenario("an EIO in a language the executing State does not accept is deficient")
                        .request(b -> b.language(LanguageCode.of("nl"))).requestedStateAccepts("fr", "de")
                        .notAssessing(EIO_LANGUAGE_ACCEPTED).expect(DEFICIENT).determinedBy("eio.5.2"),
                scenario("an EIO in an accepted language needs no assessment of its language")
                        .request(b -> b.language(LanguageCode.of("fr"))).requestedStateAccepts("fr", "nl", "de")
                        .notAssessing(EIO_LANGUAGE_ACCEPTED).expect(GRANT_WITH_CONDITIONS).finding("eio.5.2", Verdict.TRUE).noOpenQuestions(),
                scenario("where the accepted languages are not known, the language is an open question")
                        .notAssessing(EIO_LANGUAGE_ACCEPTED).expect(PENDING_ASSESSMENT).openQuestion(EIO_LANGUAGE_ACCEPTED),
                scenario("an EIO made orally and not confirmed in writing is deficient")
                        .request(b -> b.transmission(new Transmission(TransmissionChannel.DIRECT_JUDICIAL, TransmissionForm.ORAL,
                                java.util.Optional.empty())))
                        .expect(DEFICIENT).determinedBy("eio.7.1"),
                scenario("a manifestly incorrect Annex A form: the issuing authority is informed, the EIO is not refused")
                        .assessing(EIO_FORM_DEFECTIVE, true).expect(DEFICIENT).determinedBy("eio.16.2.a"),
                scenario("an EIO that does not name its issuing authority is deficient")
                        .request(b -> MlaRequest.builder("EIO-2026-21", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
                                .dateIssued(LocalDate.of(2026, 9, 20)).proceedings(b.build().proceedings()).factsSummary("Facts.")
                                .purpose("Purpose.").offence(offence(OffenceCategory.FRAUD, 6)).measure(described(SEARCH_AND_SEIZURE)))
                        .expect(DEFICIENT).determinedBy("eio.5.1.a"),

                // ---- issuing authority and validation (Art 2(c), 9(3)) ----
                scenario("an EIO issued by the police without judicial validation is returned to the issuing State")
                        .request(b -> b.requestingAuthority(Authority.of("National Police", AuthorityKind.INVESTIGATING_AUTHORITY)))
                        .expect(RETURN_TO_ISSUER).determinedBy("eio.9.3"),
                scenario("an EIO issued by the police and validated by a public prosecutor is executed")
                        .request(b -> b.requestingAuthority(Authority.of("National Police", AuthorityKind.INVESTIGATING_AUTHORITY))
                                .validatingAuthority(Authority.of("Public Prosecutor's Office", AuthorityKind.PROSECUTOR)))
                        .expect(GRANT_WITH_CONDITIONS).finding("eio.9.3", Verdict.FALSE),
                scenario("validation by a central authority is not validation by a judicial authority")
                        .request(b -> b.requestingAuthority(Authority.of("Customs", AuthorityKind.INVESTIGATING_AUTHORITY))
                                .validatingAuthority(Authority.of("Ministry of Justice", AuthorityKind.CENTRAL_AUTHORITY)))
                        .expect(RETURN_TO_ISSUER),

                // ---- Art 6, 9(2), 10 ----
                scenario("doubts about necessity and proportionality lead to consultation, not to refusal (Art 6(3))")
                        .assessing(EIO_ISSUING_CONDITIONS_DOUBTED, true).expect(GRANT_WITH_CONDITIONS).consultation("eio.6.3"),
                scenario("formalities expressly indicated by the issuing authority are complied with (Art 9(2))")
                        .request(b -> only(b, Measure.builder(SEARCH_AND_SEIZURE).description("Search").requestedProcedure("Presence of the suspect's lawyer").build()))
                        .expect(GRANT_WITH_CONDITIONS).imposes("eio.9.2"),
                scenario("a measure that does not exist in the executing State is replaced by another with the same result, after informing the issuing authority")
                        .assessing(StandardAssessments.MEASURE_NOT_AVAILABLE, true).expect(GRANT_WITH_CONDITIONS)
                        .imposes("eio.10.1").consultation("eio.10.4").finding("eio.10.5", Verdict.TRUE),
                scenario("where no other measure would have the same result, the assistance cannot be provided (Art 10(5))")
                        .assessing(StandardAssessments.MEASURE_NOT_AVAILABLE, true).assessing(EIO_SUBSTITUTE_MEASURE_AVAILABLE, false)
                        .expect(MUST_REFUSE).determinedBy("eio.10.5"),
                scenario("the executing authority may choose a less intrusive measure with the same result, after informing the issuing authority")
                        .assessing(EIO_LESS_INTRUSIVE_MEASURE, true).expect(GRANT_WITH_CONDITIONS).imposes("eio.10.3").consultation("eio.10.4"),
                scenario("information already held must always be available: unavailability is not a ground (Art 10(2))")
                        .request(b -> only(b, described(INFORMATION_ALREADY_HELD))).assessing(StandardAssessments.MEASURE_NOT_AVAILABLE, true)
                        .proposeRefusal(StandardGrounds.MEASURE_NOT_AVAILABLE)
                        .expect(GRANT_WITH_CONDITIONS).finding("eio.10.2", Verdict.TRUE).finding("eio.10.1", Verdict.NOT_APPLICABLE)
                        .finding("eio.10.5", Verdict.NOT_APPLICABLE).refusal(StandardGrounds.MEASURE_NOT_AVAILABLE.id(), RefusalCheck.Answer.FORBIDDEN),

                // ---- Art 11 ----
                scenario("an immunity under the law of the executing State: may refuse, after consulting and requesting a waiver")
                        .assessing(StandardAssessments.IMMUNITY_OR_PRIVILEGE, true)
                        .expect(MAY_REFUSE).determinedBy("eio.11.1.a").consultation("eio.11.4").consultation("eio.11.5"),
                scenario("press-freedom rules that make execution impossible: may refuse after consulting, no waiver to request")
                        .assessing(PRESS_FREEDOM_RULES, true)
                        .expect(MAY_REFUSE).determinedBy("eio.11.1.a").consultation("eio.11.4").noConsultation("eio.11.5"),
                scenario("harm to essential national security interests: may refuse after consulting")
                        .assessing(EIO_NATIONAL_SECURITY, true).expect(MAY_REFUSE).determinedBy("eio.11.1.b").consultation("eio.11.4"),
                scenario("general ordre public is not a ground under the EIO: a proposal to refuse on it finds no ground")
                        .proposeRefusal(StandardGrounds.ESSENTIAL_INTERESTS).expect(GRANT_WITH_CONDITIONS)
                        .refusal(StandardGrounds.ESSENTIAL_INTERESTS.id(), RefusalCheck.Answer.NOT_PROVIDED),
                scenario("administrative proceedings and a measure not authorised domestically: may refuse, no consultation duty")
                        .assessing(EIO_NON_CRIMINAL_PROCEEDINGS, true).assessing(NOT_AUTHORISED_DOMESTICALLY, true)
                        .expect(MAY_REFUSE).determinedBy("eio.11.1.c").noConsultation("eio.11.4"),
                scenario("ne bis in idem: may refuse after consulting")
                        .assessing(StandardAssessments.NE_BIS_IN_IDEM, true).expect(MAY_REFUSE).determinedBy("eio.11.1.d").consultation("eio.11.4"),
                scenario("ne bis in idem, but the EIO seeks to establish whether there is a conflict: the ground is not relied on (recital 17)")
                        .assessing(StandardAssessments.NE_BIS_IN_IDEM, true).assessing(EIO_NE_BIS_IN_IDEM_SAFEGUARD, true)
                        .expect(GRANT_WITH_CONDITIONS).finding("eio.11.1.d", Verdict.NOT_APPLICABLE).noConsultation("eio.11.4"),
                scenario("territoriality: committed in the executing State and not an offence there")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.OTHER, 6)))
                        .assessing(EIO_TERRITORIALITY, true).assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .expect(MAY_REFUSE).determinedBy("eio.11.1.e", "eio.11.1.g").consultation("eio.11.4"),
                scenario("committed in the executing State but an offence there too: no territoriality ground")
                        .assessing(EIO_TERRITORIALITY, true).expect(GRANT_WITH_CONDITIONS).finding("eio.11.1.e", Verdict.FALSE),
                scenario("incompatibility with Article 6 TEU and the Charter: may refuse after consulting")
                        .assessing(FUNDAMENTAL_RIGHTS_INCOMPATIBLE, true).expect(MAY_REFUSE).determinedBy("eio.11.1.f").consultation("eio.11.4"),
                scenario("dual criminality lacking for an offence outside Annex D: may refuse, no consultation duty")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.OTHER, 6)))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false).proposeRefusal(StandardGrounds.DUAL_CRIMINALITY)
                        .expect(MAY_REFUSE).determinedBy("eio.11.1.g").noConsultation("eio.11.4")
                        .refusal(StandardGrounds.DUAL_CRIMINALITY.id(), RefusalCheck.Answer.PERMITTED),
                scenario("Annex D fraud punishable by six years: dual criminality is not verified, and the decision says why")
                        .notAssessing(StandardAssessments.DUAL_CRIMINALITY).proposeRefusal(StandardGrounds.DUAL_CRIMINALITY)
                        .expect(GRANT_WITH_CONDITIONS).noOpenQuestions()
                        .then(EioPackTest::dualCriminalityNotCheckedBecauseOfAnnexD)
                        .refusal(StandardGrounds.DUAL_CRIMINALITY.id(), RefusalCheck.Answer.FORBIDDEN),
                scenario("Annex D category but punishable by only two years: dual criminality may be verified")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.FRAUD, 2)))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .expect(MAY_REFUSE).determinedBy("eio.11.1.g").finding("eio.11.1.g.annex-d", Verdict.FALSE),
                scenario("an offence without an indicated category is not exempted from dual criminality")
                        .request(b -> b.clearOffences().offence(Offence.builder().description("Fraud").statutoryProvision("Sr 326")
                                .maxPenalty(Penalty.imprisonmentYears(6)).build()))
                        .notAssessing(StandardAssessments.DUAL_CRIMINALITY)
                        .expect(PENDING_ASSESSMENT).openQuestion(StandardAssessments.DUAL_CRIMINALITY),
                scenario("identifying the holder of an IP address is an Art 10(2) measure: no dual criminality or threshold ground (Art 11(2))")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.OTHER, 1)).clearMeasures()
                                .measure(Measure.builder(SUBSCRIBER_IDENTIFICATION).description("Holder of an IP address").build()))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false).assessing(EIO_MEASURE_RESTRICTED, true)
                        .expect(GRANT_WITH_CONDITIONS).finding("eio.11.1.g", Verdict.NOT_APPLICABLE).finding("eio.11.1.h", Verdict.NOT_APPLICABLE)
                        .finding("eio.11.2.g", Verdict.TRUE).finding("eio.11.2.h", Verdict.TRUE),
                scenario("a measure the executing law deems non-coercive is an Art 10(2)(d) measure")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.OTHER, 1)).clearMeasures().measure(described(PUBLIC_RECORDS)))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false).assessing(EIO_NON_COERCIVE_MEASURE, true)
                        .expect(GRANT_WITH_CONDITIONS).finding("eio.11.1.g", Verdict.NOT_APPLICABLE),
                scenario("a measure restricted under the executing law to offences of a threshold the offence does not reach: may refuse")
                        .assessing(EIO_MEASURE_RESTRICTED, true).expect(MAY_REFUSE).determinedBy("eio.11.1.h"),
                scenario("tax fraud: the executing State may not refuse because it has no tax of the same kind (Art 11(3))")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.TAX_OFFENCE, 4)))
                        .proposeRefusal(StandardGrounds.FISCAL_OFFENCE)
                        .expect(GRANT_WITH_CONDITIONS).finding("eio.11.3", Verdict.TRUE)
                        .refusal(StandardGrounds.FISCAL_OFFENCE.id(), RefusalCheck.Answer.FORBIDDEN),

                // ---- measure-specific provisions ----
                scenario("a person in custody who does not consent to the temporary transfer: may refuse")
                        .request(b -> only(b, described(TEMPORARY_TRANSFER_OF_DETAINED_PERSON)))
                        .assessing(StandardAssessments.DETAINED_PERSON_CONSENT, false)
                        .expect(MAY_REFUSE).determinedBy("eio.22.2.a"),
                scenario("a transfer liable to prolong detention: may refuse; otherwise the transfer conditions attach")
                        .request(b -> only(b, described(TEMPORARY_TRANSFER_OF_DETAINED_PERSON)))
                        .assessing(EIO_TRANSFER_PROLONGS_DETENTION, true)
                        .expect(MAY_REFUSE).determinedBy("eio.22.2.b").imposes("eio.22.3").imposes("eio.22.6").imposes("eio.22.8").imposes("eio.22.10"),
                scenario("a suspect who does not consent to a hearing by videoconference: may refuse")
                        .request(b -> only(b, Measure.builder(VIDEOCONFERENCE_HEARING).description("Hearing").target(MeasureTarget.person("p1")).build()))
                        .assessing(EIO_HEARD_PERSON_CONSENTS, false).assessing(EIO_NON_COERCIVE_MEASURE, true)
                        .expect(MAY_REFUSE).determinedBy("eio.24.2.a"),
                scenario("a witness heard by videoconference need not consent; the hearing rules attach")
                        .request(b -> b.person(Person.builder("w1", PersonRole.WITNESS).name("Test Witness").build()).clearMeasures()
                                .measure(Measure.builder(VIDEOCONFERENCE_HEARING).description("Hearing").target(MeasureTarget.person("w1")).build()))
                        .assessing(EIO_HEARD_PERSON_CONSENTS, false).assessing(EIO_NON_COERCIVE_MEASURE, true)
                        .expect(GRANT_WITH_CONDITIONS).finding("eio.24.2.a", Verdict.FALSE).imposes("eio.24.5"),
                scenario("a videoconference that names no person of the request: whether a suspect is heard is asked")
                        .request(b -> only(b, described(VIDEOCONFERENCE_HEARING))).assessing(EIO_HEARD_PERSON_CONSENTS, false)
                        .assessing(EIO_NON_COERCIVE_MEASURE, true)
                        .expect(PENDING_ASSESSMENT).openQuestion(EIO_SUSPECT_HEARD),
                scenario("a videoconference hearing of a suspect named only in the assessment, who does not consent: may refuse")
                        .request(b -> only(b, described(VIDEOCONFERENCE_HEARING))).assessing(EIO_HEARD_PERSON_CONSENTS, false)
                        .assessing(EIO_NON_COERCIVE_MEASURE, true).assessing(EIO_SUSPECT_HEARD, true)
                        .expect(MAY_REFUSE).determinedBy("eio.24.2.a"),
                scenario("a telephone hearing that names no person: whether only witnesses or experts are heard is asked, and a no is decisive")
                        .request(b -> only(b, described(TELEPHONE_HEARING))).assessing(EIO_NON_COERCIVE_MEASURE, true)
                        .assessing(EIO_WITNESS_OR_EXPERT_HEARD, false).expect(MUST_REFUSE).determinedBy("eio.25"),
                scenario("an EIO that names no measure is deficient")
                        .request(MlaRequest.Builder::clearMeasures).expect(DEFICIENT).determinedBy("eio.5.1.e.measures"),
                scenario("a videoconference contrary to the fundamental principles of the executing law: may refuse")
                        .request(b -> only(b, Measure.builder(VIDEOCONFERENCE_HEARING).description("Hearing").target(MeasureTarget.person("p1")).build()))
                        .assessing(EIO_CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, true).assessing(EIO_NON_COERCIVE_MEASURE, true)
                        .expect(MAY_REFUSE).determinedBy("eio.24.2.b"),
                scenario("a suspect cannot be heard by telephone conference (Art 25)")
                        .request(b -> only(b, Measure.builder(TELEPHONE_HEARING).description("Hearing").target(MeasureTarget.person("p1")).build()))
                        .assessing(EIO_NON_COERCIVE_MEASURE, true)
                        .expect(MUST_REFUSE).determinedBy("eio.25"),
                scenario("bank account information without the reasons Art 26(5) requires is deficient")
                        .request(b -> only(b, described(BANK_ACCOUNT_INFORMATION))).assessing(EIO_MEASURE_PARTICULARS_STATED, false)
                        .expect(DEFICIENT).determinedBy("eio.26.5"),
                scenario("accounts in a non-bank financial institution, not authorised domestically: may refuse; banks must keep it secret")
                        .request(b -> only(b, described(BANK_ACCOUNT_INFORMATION)))
                        .assessing(EIO_NON_BANK_INSTITUTION, true).assessing(NOT_AUTHORISED_DOMESTICALLY, true)
                        .expect(MAY_REFUSE).determinedBy("eio.26.6").imposes("eio.19.4"),
                scenario("banking operations: missing reasons make the EIO deficient")
                        .request(b -> only(b, described(BANKING_TRANSACTION_INFORMATION))).assessing(EIO_MEASURE_PARTICULARS_STATED, false)
                        .expect(DEFICIENT).determinedBy("eio.27.4"),
                scenario("banking operations in a non-bank institution not authorised domestically: may refuse")
                        .request(b -> only(b, described(BANKING_TRANSACTION_INFORMATION)))
                        .assessing(EIO_NON_BANK_INSTITUTION, true).assessing(NOT_AUTHORISED_DOMESTICALLY, true)
                        .expect(MAY_REFUSE).determinedBy("eio.27.5"),
                scenario("a controlled delivery not authorised in a similar domestic case: may refuse; arrangements are agreed and the executing State directs")
                        .request(b -> only(b, described(CONTROLLED_DELIVERY))).assessing(NOT_AUTHORISED_DOMESTICALLY, true)
                        .expect(MAY_REFUSE).determinedBy("eio.28.1").imposes("eio.28.2").imposes("eio.28.4"),
                scenario("real-time monitoring without reasons is deficient")
                        .request(b -> only(b, described(MeasureType.MONITORING_OF_BANKING_TRANSACTIONS))).assessing(EIO_MEASURE_PARTICULARS_STATED, false)
                        .expect(DEFICIENT).determinedBy("eio.28.3"),
                scenario("a covert investigation without reasons is deficient")
                        .request(b -> only(b, described(COVERT_INVESTIGATION))).assessing(EIO_MEASURE_PARTICULARS_STATED, false)
                        .expect(DEFICIENT).determinedBy("eio.29.2"),
                scenario("a covert investigation not authorised domestically: may refuse")
                        .request(b -> only(b, described(COVERT_INVESTIGATION))).assessing(NOT_AUTHORISED_DOMESTICALLY, true)
                        .expect(MAY_REFUSE).determinedBy("eio.29.3.a").imposes("eio.29.4"),
                scenario("no agreement on the arrangements of a covert investigation: may refuse")
                        .request(b -> only(b, described(COVERT_INVESTIGATION))).assessing(EIO_NO_AGREEMENT_ON_ARRANGEMENTS, true)
                        .expect(MAY_REFUSE).determinedBy("eio.29.3.b"),
                scenario("an interception without target, duration and technical data is deficient")
                        .request(b -> only(b, described(INTERCEPTION_OF_TELECOMMUNICATIONS))).assessing(EIO_MEASURE_PARTICULARS_STATED, false)
                        .expect(DEFICIENT).determinedBy("eio.30.particulars"),
                scenario("an interception not authorised domestically: may refuse")
                        .request(b -> only(b, described(INTERCEPTION_OF_TELECOMMUNICATIONS))).assessing(NOT_AUTHORISED_DOMESTICALLY, true)
                        .expect(MAY_REFUSE).determinedBy("eio.30.not-authorised"),
                scenario("a notified interception without technical assistance: the notified State answers within 96 hours")
                        .request(b -> only(b, described(INTERCEPTION_OF_TELECOMMUNICATIONS))).assessing(EIO_INTERCEPTION_NOTIFICATION, true)
                        .expect(GRANT_WITH_CONDITIONS).deadline("eio.31.3", TimeLimit.hours(96)),
                scenario("a provisional measure is decided within 24 hours, wherever practicable")
                        .request(b -> only(b, described(FREEZING))).expect(GRANT_WITH_CONDITIONS).deadline("eio.32.2", TimeLimit.hours(24)),
                scenario("a provisional measure that does not say whether the evidence is to be transferred is deficient")
                        .request(b -> only(b, described(FREEZING))).assessing(EIO_MEASURE_PARTICULARS_STATED, false)
                        .expect(DEFICIENT).determinedBy("eio.32.4"),

                // ---- postponement, costs, deadlines ----
                scenario("execution that might prejudice an on-going investigation is postponed and the issuing authority told why")
                        .assessing(EIO_PREJUDICE_TO_INVESTIGATION, true).expect(POSTPONE).determinedBy("eio.15.1.a").consultation("eio.16.3.b"),
                scenario("documents already used in other proceedings: postponed until no longer required")
                        .assessing(EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS, true).expect(POSTPONE).determinedBy("eio.15.1.b").consultation("eio.16.3.b"),
                scenario("exceptionally high costs: the authorities consult on sharing them")
                        .assessing(EIO_EXCEPTIONALLY_HIGH_COSTS, true).expect(GRANT_WITH_CONDITIONS).consultation("eio.21.2"),
                scenario("the acknowledgement, decision and execution deadlines run for every EIO, urgent or not")
                        .request(b -> b.urgent("Trial date set"))
                        .expect(GRANT_WITH_CONDITIONS).deadline("eio.16.1", TimeLimit.weeks(1)).deadline("eio.12.3", TimeLimit.days(30))
                        .deadline("eio.12.4", TimeLimit.days(90))
                        .then(d -> assertThat(d.deadlines()).filteredOn(x -> x.ruleId().equals("eio.12.3")).singleElement()
                                .satisfies(x -> {
                                    assertThat(x.spec().maxExtension()).contains(TimeLimit.days(30));
                                    assertThat(x.spec().runsFrom()).isEqualTo(DeadlineEvent.RECEIPT);
                                    assertThat(x.spec().metBy()).isEqualTo(DeadlineEvent.DECISION);
                                })));
    }

    static MlaRequest.Builder rebase(MlaRequest.Builder b, String from, String to) {
        MlaRequest r = b.build();
        MlaRequest.Builder n = MlaRequest.builder(r.id().value(), Jurisdiction.of(from), Jurisdiction.of(to))
                .requestingAuthority(Authority.of("Parquet", AuthorityKind.PROSECUTOR)).proceedings(r.proceedings())
                .factsSummary(r.factsSummary().orElseThrow()).purpose(r.purpose().orElseThrow());
        r.offences().forEach(n::offence);
        r.persons().forEach(n::person);
        r.measures().forEach(n::measure);
        return n;
    }

    static void dualCriminalityNotCheckedBecauseOfAnnexD(Decision d) {
        Finding dc = d.finding("eio.11.1.g").orElseThrow();
        assertThat(dc.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(dc.exceptedBy()).contains("eio.11.1.g.annex-d");
        assertThat(dc.reason()).hasValueSatisfying(r -> assertThat(r).contains("EIO art. 11(1)(g)").contains("Annex D"));
        Finding exception = d.finding("eio.11.1.g.annex-d").orElseThrow();
        assertThat(exception.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(exception.facts()).anySatisfy(f -> assertThat(f.label()).contains("Annex D").contains("three years"));
        assertThat(d.explain()).contains("excepted by EIO art. 11(1)(g)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Scenario scenario) {
        scenario.verify();
    }

    @Test
    void every_rule_of_the_pack_is_exercised_by_a_scenario() {
        Set<String> exercised = new HashSet<>();
        scenarios().forEach(s -> {
            s.decide().findings().stream().filter(Scenario::exercises).forEach(f -> exercised.add(f.ruleId()));
            exercised.addAll(s.namedRules());
        });
        List<String> all = new EuRulePackProvider().packs().stream().filter(p -> p.id().equals("EIO")).findFirst().orElseThrow()
                .rules().stream().map(Rule::id).toList();
        assertThat(all.stream().filter(id -> !exercised.contains(id)).toList()).as("rules no scenario exercises").isEmpty();
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void every_rule_cites_the_directive_and_caveats_only_unverified_items() {
        var pack = new EuRulePackProvider().packs().stream().filter(p -> p.id().equals("EIO")).findFirst().orElseThrow();
        assertThat(pack.rules()).allSatisfy(r -> assertThat(r.citation().instrument()).isEqualTo("EIO"));
        assertThat(pack.rules()).filteredOn(r -> r.caveat().isPresent()).extracting(Rule::id)
                .containsExactlyInAnyOrder("eio.34.1.united-kingdom", "eio.34.1.ireland", "eio.7.1", "eio.16.3.b");
    }
}
