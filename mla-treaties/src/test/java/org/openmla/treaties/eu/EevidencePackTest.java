package org.openmla.treaties.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.model.DataCategory.CONTENT;
import static org.openmla.core.model.DataCategory.IP_IDENTIFICATION;
import static org.openmla.core.model.DataCategory.SUBSCRIBER;
import static org.openmla.core.model.DataCategory.TRAFFIC;
import static org.openmla.core.model.MeasureType.PRESERVATION_ORDER;
import static org.openmla.core.model.MeasureType.PRODUCTION_ORDER;
import static org.openmla.core.rules.Outcome.DEFICIENT;
import static org.openmla.core.rules.Outcome.GRANT;
import static org.openmla.core.rules.Outcome.GRANT_WITH_CONDITIONS;
import static org.openmla.core.rules.Outcome.MAY_REFUSE;
import static org.openmla.core.rules.Outcome.MUST_REFUSE;
import static org.openmla.core.rules.Outcome.NOT_APPLICABLE;
import static org.openmla.core.rules.Outcome.PENDING_ASSESSMENT;
import static org.openmla.treaties.eu.EuAssessments.EEV_LISTED_OFFENCE;
import static org.openmla.treaties.eu.EuAssessments.EEV_MANIFEST_BREACH;
import static org.openmla.treaties.eu.EuAssessments.EEV_SENTENCE_EXECUTION;
import static org.openmla.treaties.eu.EuAssessments.EEV_SOLE_PURPOSE_IDENTIFICATION;
import static org.openmla.treaties.eu.EuAssessments.EEV_VALIDATION_NOT_OBTAINABLE;
import static org.openmla.treaties.eu.EuAssessments.PRESS_FREEDOM_RULES;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.model.TargetKind;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.Urgency;
import org.openmla.core.model.UrgencyLevel;
import org.openmla.core.rules.Assessment;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.rules.Verdict;

/** Scenarios for the e-Evidence Regulation pack, written from Regulation (EU) 2023/1543 as the legal reference gives it. */
class EevidencePackTest {

    static final LocalDate LAW_DATE = LocalDate.of(2026, 10, 1);

    /**
     * A complete European Production Order from a German investigating judge for the content of an e-mail account held by
     * a provider whose designated establishment is in the Netherlands, in an investigation of computer-related crime
     * punishable by five years.
     */
    static MlaRequest.Builder order() {
        return MlaRequest.builder("EPOC-2026-3", Jurisdiction.of("DE"), Jurisdiction.of("NL"))
                .requestingAuthority(Authority.of("Amtsgericht Köln, Ermittlungsrichter", AuthorityKind.INVESTIGATING_JUDGE))
                .legalBasis("EEVIDENCE")
                .dateIssued(LocalDate.of(2026, 9, 25))
                .transmission(Transmission.written(TransmissionChannel.SERVICE_PROVIDER))
                .proceedings(Proceedings.of(ProceedingsStage.INVESTIGATION, "Ransomware attack on a hospital"))
                .factsSummary("The hospital's systems were encrypted; the ransom note gave an e-mail address.")
                .offence(offence(OffenceCategory.COMPUTER_RELATED_CRIME, 5))
                .measure(production(CONTENT));
    }

    static Measure production(DataCategory category) {
        return Measure.builder(PRODUCTION_ORDER).dataCategory(category).description("Data of the account")
                .target(TargetKind.DATA_IDENTIFIER, "user@example.org").build();
    }

    static Measure preservation(DataCategory category) {
        return Measure.builder(PRESERVATION_ORDER).dataCategory(category).description("Data of the account")
                .target(TargetKind.DATA_IDENTIFIER, "user@example.org").build();
    }

    static Offence offence(OffenceCategory category, int years) {
        return Offence.builder().description("Offence").statutoryProvision("StGB § 303b").maxPenalty(Penalty.imprisonmentYears(years))
                .category(category).build();
    }

    static List<Assessment> cleared() {
        return List.of(Scenario.answer(StandardAssessments.IMMUNITY_OR_PRIVILEGE, false), Scenario.answer(PRESS_FREEDOM_RULES, false),
                Scenario.answer(EEV_MANIFEST_BREACH, false), Scenario.answer(StandardAssessments.NE_BIS_IN_IDEM, false),
                Scenario.answer(StandardAssessments.DUAL_CRIMINALITY, true), Scenario.answer(EEV_VALIDATION_NOT_OBTAINABLE, false),
                Scenario.answer(EEV_SENTENCE_EXECUTION, true), Scenario.answer(EEV_LISTED_OFFENCE, false),
                Scenario.answer(EEV_SOLE_PURPOSE_IDENTIFICATION, false));
    }

    static Scenario scenario(String name) {
        return Scenario.of(name, "EEVIDENCE", order().build(), LAW_DATE, cleared());
    }

    static MlaRequest.Builder between(MlaRequest.Builder b, String from, String to) {
        MlaRequest r = b.build();
        MlaRequest.Builder n = MlaRequest.builder(r.id().value(), Jurisdiction.of(from), Jurisdiction.of(to))
                .requestingAuthority(r.requestingParty().authority().orElseThrow()).dateIssued(r.dateIssued().orElseThrow())
                .proceedings(r.proceedings()).factsSummary(r.factsSummary().orElseThrow());
        r.offences().forEach(n::offence);
        r.measures().forEach(n::measure);
        return n;
    }

    static MlaRequest.Builder issuedBy(MlaRequest.Builder b, AuthorityKind kind) {
        return b.requestingAuthority(Authority.of("Issuing authority", kind));
    }

    static MlaRequest.Builder emergency(MlaRequest.Builder b) {
        return b.urgency(Urgency.of(UrgencyLevel.EMERGENCY, "Imminent threat to the life of a person"));
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                // ---- participation, dates, scope ----
                scenario("a content order from an investigating judge, notified to the enforcing authority, with nothing against it")
                        .expect(GRANT).noOpenQuestions().deadline("eev.10.2", TimeLimit.days(10)).deadline("eev.12.1", TimeLimit.days(10))
                        .noDeadline("eev.10.4").noDeadline("eev.12.1.emergency")
                        .then(d -> assertThat(d.deadlines()).filteredOn(x -> x.ruleId().equals("eev.12.1")).singleElement()
                                .satisfies(x -> assertThat(x.spec().metBy()).isEqualTo(DeadlineEvent.DECISION))),
                scenario("Denmark does not take part: an order to a provider established there is outside the Regulation")
                        .request(b -> between(b, "DE", "DK")).expect(NOT_APPLICABLE).determinedBy("eev.3.16.denmark"),
                scenario("Ireland takes part (unverified participation, flagged in the decision)")
                        .request(b -> between(b, "DE", "IE")).expect(GRANT).finding("eev.3.16.ireland", Verdict.TRUE)
                        .then(d -> assertThat(d.finding("eev.3.16.ireland").orElseThrow().caveat()).isPresent()),
                scenario("a provider established outside the Union is not reached by the Regulation")
                        .request(b -> between(b, "DE", "US")).expect(NOT_APPLICABLE).determinedBy("eev.3.16"),
                scenario("before 18 August 2026 the Regulation does not apply")
                        .on(LocalDate.of(2026, 8, 17)).expect(NOT_APPLICABLE)
                        .then(d -> assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("2026-08-18"))),
                scenario("an order dated before 18 August 2026 is not an order under the Regulation")
                        .request(b -> b.dateIssued(LocalDate.of(2026, 8, 10))).expect(NOT_APPLICABLE).determinedBy("eev.34.2"),
                scenario("a search of premises is not a production or preservation order")
                        .request(b -> b.clearMeasures().measure(Measure.builder(MeasureType.SEARCH_AND_SEIZURE).description("Search").build()))
                        .expect(NOT_APPLICABLE).determinedBy("eev.4"),

                // ---- content of the order ----
                scenario("an order that does not name its issuing authority is deficient")
                        .request(b -> MlaRequest.builder("EPOC-2026-4", Jurisdiction.of("DE"), Jurisdiction.of("NL")).dateIssued(LocalDate.of(2026, 9, 25))
                                .proceedings(b.build().proceedings()).factsSummary("Facts.").offence(offence(OffenceCategory.COMPUTER_RELATED_CRIME, 5))
                                .measure(production(SUBSCRIBER)))
                        .expect(DEFICIENT).determinedBy("eev.5.5.authority"),
                scenario("a production order that does not state the data category is deficient")
                        .request(b -> b.clearMeasures().measure(Measure.builder(PRODUCTION_ORDER).description("Everything")
                                .target(TargetKind.DATA_IDENTIFIER, "user@example.org").build()))
                        .expect(DEFICIENT).determinedBy("eev.5.5.category"),
                scenario("a subscriber-data order without a user or identifier, not only to identify the user, is deficient")
                        .request(b -> b.clearMeasures().measure(Measure.builder(PRODUCTION_ORDER).dataCategory(SUBSCRIBER).description("Subscriber").build()))
                        .expect(DEFICIENT).determinedBy("eev.5.5.identifier"),
                scenario("an order for identification data needs no user identifier: its sole purpose is identification")
                        .request(b -> b.clearMeasures().measure(Measure.builder(PRODUCTION_ORDER).dataCategory(IP_IDENTIFICATION).description("IP address used at the last login").build()))
                        .expect(GRANT).finding("eev.5.5.identifier", Verdict.TRUE).deadline("eev.10.3", TimeLimit.days(10)),
                scenario("an order that does not give the criminal-law provisions is deficient")
                        .request(b -> b.clearOffences().offence(Offence.builder().description("Ransomware").category(OffenceCategory.COMPUTER_RELATED_CRIME)
                                .maxPenalty(Penalty.imprisonmentYears(5)).build()))
                        .expect(DEFICIENT).determinedBy("eev.5.5.provisions"),
                scenario("an order without a summary of the case is deficient")
                        .request(b -> b.factsSummary(null)).expect(DEFICIENT).determinedBy("eev.5.5.summary"),
                scenario("an emergency order that does not give the reasons for the emergency is deficient")
                        .request(b -> b.urgency(new Urgency(UrgencyLevel.EMERGENCY, Optional.empty())))
                        .expect(DEFICIENT).determinedBy("eev.5.5.emergency"),

                // ---- issuing authority (Art 4) ----
                scenario("a public prosecutor may not issue a production order for content data")
                        .request(b -> issuedBy(b, AuthorityKind.PROSECUTOR)).expect(MUST_REFUSE).determinedBy("eev.4.2")
                        .then(d -> assertThat(d.refusalReasons()).anySatisfy(r -> assertThat(r).contains("EEVIDENCE art. 4(2)"))),
                scenario("a police order for traffic data validated by a public prosecutor is not validly issued")
                        .request(b -> issuedBy(b, AuthorityKind.INVESTIGATING_AUTHORITY).validatingAuthority(Authority.of("Staatsanwaltschaft", AuthorityKind.PROSECUTOR))
                                .clearMeasures().measure(production(TRAFFIC)))
                        .expect(MUST_REFUSE).determinedBy("eev.4.2"),
                scenario("a police order for content data validated by a court is validly issued")
                        .request(b -> issuedBy(b, AuthorityKind.INVESTIGATING_AUTHORITY).validatingAuthority(Authority.of("Amtsgericht", AuthorityKind.COURT)))
                        .expect(GRANT).finding("eev.4.2", Verdict.TRUE),
                scenario("a public prosecutor may issue a subscriber-data order; no notification, so no Art 12 review")
                        .request(b -> issuedBy(b, AuthorityKind.PROSECUTOR).clearOffences().offence(offence(OffenceCategory.OTHER, 1))
                                .clearMeasures().measure(production(SUBSCRIBER)))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .expect(GRANT).finding("eev.4.1", Verdict.TRUE).finding("eev.12.1.d", Verdict.NOT_APPLICABLE)
                        .deadline("eev.10.3", TimeLimit.days(10)).noDeadline("eev.12.1"),
                scenario("a police subscriber-data order without validation cannot be enforced")
                        .request(b -> issuedBy(b, AuthorityKind.INVESTIGATING_AUTHORITY).clearMeasures().measure(production(SUBSCRIBER)))
                        .expect(MUST_REFUSE).determinedBy("eev.4.1"),
                scenario("in an emergency the police may issue a subscriber-data order without prior validation, to be validated within 48 hours")
                        .request(b -> emergency(issuedBy(b, AuthorityKind.INVESTIGATING_AUTHORITY)).clearMeasures().measure(production(SUBSCRIBER)))
                        .assessing(EEV_VALIDATION_NOT_OBTAINABLE, true)
                        .expect(GRANT_WITH_CONDITIONS).imposes("eev.4.5").finding("eev.4.5.production", Verdict.TRUE)
                        .deadline("eev.10.4", TimeLimit.hours(8)).noDeadline("eev.10.3"),
                scenario("in an emergency where validation could have been obtained in time, the police order is not validly issued")
                        .request(b -> emergency(issuedBy(b, AuthorityKind.INVESTIGATING_AUTHORITY)).clearMeasures().measure(production(SUBSCRIBER)))
                        .expect(MUST_REFUSE).determinedBy("eev.4.1"),
                scenario("a police preservation order without validation cannot be enforced")
                        .request(b -> issuedBy(b, AuthorityKind.INVESTIGATING_AUTHORITY).clearMeasures().measure(preservation(CONTENT)))
                        .expect(MUST_REFUSE).determinedBy("eev.4.3"),
                scenario("an emergency police preservation order: ex-post validation, data preserved for 60 days extendable by 30")
                        .request(b -> emergency(issuedBy(b, AuthorityKind.INVESTIGATING_AUTHORITY)).clearMeasures().measure(preservation(TRAFFIC)))
                        .assessing(EEV_VALIDATION_NOT_OBTAINABLE, true)
                        .expect(GRANT_WITH_CONDITIONS).finding("eev.4.5.preservation", Verdict.TRUE).imposes("eev.4.5")
                        .deadline("eev.11.1", TimeLimit.days(60))
                        .then(d -> assertThat(d.deadlines()).filteredOn(x -> x.ruleId().equals("eev.11.1")).singleElement()
                                .satisfies(x -> assertThat(x.spec().maxExtension()).contains(TimeLimit.days(30)))),
                scenario("a public prosecutor may issue a preservation order for content data, with no threshold")
                        .request(b -> issuedBy(b, AuthorityKind.PROSECUTOR).clearOffences().offence(offence(OffenceCategory.OTHER, 1))
                                .clearMeasures().measure(preservation(CONTENT)))
                        .expect(GRANT).finding("eev.4.3", Verdict.TRUE).finding("eev.5.4", Verdict.NOT_APPLICABLE),

                // ---- issuing conditions (Art 5) ----
                scenario("content data may not be ordered for an offence punishable by two years")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.COMPUTER_RELATED_CRIME, 2)))
                        .expect(MUST_REFUSE).determinedBy("eev.5.4"),
                scenario("content data for a two-year offence listed in Art 5(4)(b), committed by means of an information system")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.SEXUAL_EXPLOITATION_OF_CHILDREN, 2)))
                        .assessing(EEV_LISTED_OFFENCE, true).expect(GRANT).finding("eev.5.4", Verdict.TRUE),
                scenario("traffic data to execute a sentence of an absconded convict, the Art 5(4)(d) conditions not met")
                        .request(b -> b.proceedings(Proceedings.of(ProceedingsStage.ENFORCEMENT, "Absconded convict")).clearMeasures().measure(production(TRAFFIC)))
                        .expect(MUST_REFUSE).determinedBy("eev.5.4"),
                scenario("an order that does not say whether it serves proceedings or the execution of a sentence: the question is asked")
                        .request(b -> b.proceedings(new Proceedings(Optional.empty(), Optional.of("Ransomware"), Optional.empty(), Optional.empty())))
                        .expect(PENDING_ASSESSMENT).openQuestion(EuAssessments.EEV_FOR_SENTENCE_EXECUTION),
                scenario("a content order whose penalty is not stated: the three-year threshold is asked, and a no is decisive")
                        .request(b -> b.clearOffences().offence(Offence.builder().description("Ransomware").statutoryProvision("StGB § 303b")
                                .category(OffenceCategory.COMPUTER_RELATED_CRIME).build()))
                        .assessing(EuAssessments.EEV_PUNISHABLE_THREE_YEARS, false).expect(MUST_REFUSE).determinedBy("eev.5.4"),
                scenario("an order that asks for no data is deficient")
                        .request(MlaRequest.Builder::clearMeasures).expect(DEFICIENT).determinedBy("eev.5.5.data"),
                scenario("subscriber data to execute a sentence that was not of at least four months, or rendered in absentia")
                        .request(b -> b.proceedings(Proceedings.of(ProceedingsStage.ENFORCEMENT, "Absconded convict")).clearMeasures()
                                .measure(production(SUBSCRIBER)))
                        .assessing(EEV_SENTENCE_EXECUTION, false).expect(MUST_REFUSE).determinedBy("eev.5.3"),

                // ---- Art 12 grounds ----
                scenario("data protected by a privilege in the enforcing State: may refuse, after contacting the issuing authority")
                        .assessing(StandardAssessments.IMMUNITY_OR_PRIVILEGE, true).expect(MAY_REFUSE).determinedBy("eev.12.1.a").consultation("eev.12.3"),
                scenario("press-freedom rules protect the data: may refuse")
                        .assessing(PRESS_FREEDOM_RULES, true).expect(MAY_REFUSE).determinedBy("eev.12.1.a"),
                scenario("a manifest breach of a fundamental right, on specific and objective evidence: may refuse")
                        .assessing(EEV_MANIFEST_BREACH, true).expect(MAY_REFUSE).determinedBy("eev.12.1.b").consultation("eev.12.3"),
                scenario("ne bis in idem: may refuse")
                        .assessing(StandardAssessments.NE_BIS_IN_IDEM, true).expect(MAY_REFUSE).determinedBy("eev.12.1.c"),
                scenario("conduct not an offence in the enforcing State, outside Annex IV: may refuse after consulting")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.OTHER, 4)))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false).proposeRefusal(StandardGrounds.DUAL_CRIMINALITY)
                        .expect(MAY_REFUSE).determinedBy("eev.12.1.d").consultation("eev.12.3")
                        .refusal("DUAL_CRIMINALITY", RefusalCheck.Answer.PERMITTED),
                scenario("computer-related crime punishable by five years is in Annex IV: dual criminality is not verified")
                        .notAssessing(StandardAssessments.DUAL_CRIMINALITY).proposeRefusal(StandardGrounds.DUAL_CRIMINALITY)
                        .expect(GRANT).noOpenQuestions().finding("eev.12.1.d", Verdict.NOT_APPLICABLE)
                        .finding("eev.12.1.d.annex-iv", Verdict.TRUE).noConsultation("eev.12.3")
                        .refusal("DUAL_CRIMINALITY", RefusalCheck.Answer.FORBIDDEN)
                        .then(d -> assertThat(d.finding("eev.12.1.d").orElseThrow().reason()).hasValueSatisfying(r -> assertThat(r).contains("Annex IV"))),

                // ---- emergency deadlines ----
                scenario("an emergency content order: the provider answers within 8 hours, the enforcing authority may object within 96 hours")
                        .request(EevidencePackTest::emergency)
                        .expect(GRANT).deadline("eev.10.4", TimeLimit.hours(8)).deadline("eev.12.1.emergency", TimeLimit.hours(96))
                        .noDeadline("eev.10.2").noDeadline("eev.12.1"),
                scenario("an urgent order that is not an emergency keeps the 10-day limits")
                        .request(b -> b.urgent("Trial date"))
                        .expect(GRANT).deadline("eev.10.2", TimeLimit.days(10)).noDeadline("eev.10.4"));
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
        List<String> all = new EuRulePackProvider().packs().stream().filter(p -> p.id().equals("EEVIDENCE")).findFirst().orElseThrow()
                .rules().stream().map(Rule::id).toList();
        assertThat(all.stream().filter(id -> !exercised.contains(id)).toList()).as("rules no scenario exercises").isEmpty();
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void only_the_participation_rules_carry_a_caveat() {
        var pack = new EuRulePackProvider().packs().stream().filter(p -> p.id().equals("EEVIDENCE")).findFirst().orElseThrow();
        assertThat(pack.rules()).allSatisfy(r -> assertThat(r.citation().instrument()).isEqualTo("EEVIDENCE"));
        assertThat(pack.rules()).filteredOn(r -> r.caveat().isPresent()).extracting(Rule::id)
                .containsExactlyInAnyOrder("eev.3.16.denmark", "eev.3.16.ireland");
        assertThat(pack.effectiveFrom()).contains(LocalDate.of(2026, 8, 18));
    }
}
