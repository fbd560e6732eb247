package org.openmla.treaties.eu;

import static org.openmla.core.model.DataCategory.CONTENT;
import static org.openmla.core.model.DataCategory.IP_IDENTIFICATION;
import static org.openmla.core.model.DataCategory.SUBSCRIBER;
import static org.openmla.core.model.DataCategory.TRAFFIC;
import static org.openmla.core.model.MeasureType.PRESERVATION_ORDER;
import static org.openmla.core.model.MeasureType.PRODUCTION_ORDER;
import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.chosen;
import static org.openmla.core.rules.Conditions.dataCategory;
import static org.openmla.core.rules.Conditions.emergency;
import static org.openmla.core.rules.Conditions.everyOffenceHasStatutoryProvision;
import static org.openmla.core.rules.Conditions.hasFactsSummary;
import static org.openmla.core.rules.Conditions.hasMeasures;
import static org.openmla.core.rules.Conditions.hasRequestingAuthority;
import static org.openmla.core.rules.Conditions.issuedBy;
import static org.openmla.core.rules.Conditions.issuedByJudicialAuthority;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.named;
import static org.openmla.core.rules.Conditions.never;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.onlyMeasuresOfType;
import static org.openmla.core.rules.Conditions.urgencyReasoned;
import static org.openmla.core.rules.Conditions.validatedByJudicialAuthority;
import static org.openmla.treaties.eu.EuAssessments.EEV_LISTED_OFFENCE;
import static org.openmla.treaties.eu.EuAssessments.EEV_MANIFEST_BREACH;
import static org.openmla.treaties.eu.EuAssessments.EEV_NOT_NOTIFIED_ART_8_2;
import static org.openmla.treaties.eu.EuAssessments.EEV_SENTENCE_EXECUTION;
import static org.openmla.treaties.eu.EuAssessments.EEV_SOLE_PURPOSE_IDENTIFICATION;
import static org.openmla.treaties.eu.EuAssessments.EEV_VALIDATION_NOT_OBTAINABLE;
import static org.openmla.treaties.eu.EuAssessments.PRESS_FREEDOM_RULES;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.rules.Caveat;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;

/**
 * The rule pack for Regulation (EU) 2023/1543 on European Production Orders and European Preservation Orders for
 * electronic evidence (pack id {@code EEVIDENCE}), as the legal reference (section 8) gives it. The requesting State is
 * the issuing State, the requested State the enforcing State (Art 3(16)); the order itself goes to the service
 * provider's designated establishment or legal representative, so "receipt" in the addressee's deadlines is its receipt.
 */
final class EevidencePack {
    private EevidencePack() {}

    static final String ID = "EEVIDENCE";
    static final String VERSION = "1.1.0";

    /** The Regulation applies from this date (Art 34(2)). */
    static final LocalDate APPLICABLE_FROM = LocalDate.of(2026, 8, 18);

    static final Instrument INSTRUMENT = new Instrument(ID,
            "Regulation (EU) 2023/1543 of the European Parliament and of the Council of 12 July 2023 on European Production Orders and "
                    + "European Preservation Orders for electronic evidence in criminal proceedings and for the execution of custodial "
                    + "sentences following criminal proceedings",
            Optional.of(LocalDate.of(2023, 7, 12)), Optional.of(APPLICABLE_FROM));

    private static final Condition PRODUCTION = measureOfType(PRODUCTION_ORDER);
    private static final Condition PRESERVATION = measureOfType(PRESERVATION_ORDER);
    private static final Condition SUBSCRIBER_OR_IDENTIFICATION = named("the measure is a production order for subscriber data or data "
            + "requested to identify the user", allOf(PRODUCTION, dataCategory(SUBSCRIBER, IP_IDENTIFICATION)));
    private static final Condition TRAFFIC_OR_CONTENT = allOf(PRODUCTION, dataCategory(TRAFFIC, CONTENT));
    /**
     * Production orders for traffic data (other than identification data) or content data: the enforcing authority is
     * notified (Art 8(1)), unless the issuing authority relied on the exemption of Art 8(2). Absent an answer on the
     * exemption the order is taken as notified, so the grounds of Art 12 are examined.
     */
    private static final Condition NOTIFIED = named("EEVIDENCE art. 8(1)-(2): the measure is a production order for traffic or content "
            + "data, notified to the enforcing authority (no Art 8(2) exemption)", allOf(TRAFFIC_OR_CONTENT, not(chosen(EEV_NOT_NOTIFIED_ART_8_2))));
    private static final Condition ISSUED_AS_ART_4_1 = anyOf(issuedByJudicialAuthority(), validatedByJudicialAuthority());
    private static final Condition ISSUED_AS_ART_4_2 = anyOf(issuedBy(AuthorityKind.COURT, AuthorityKind.INVESTIGATING_JUDGE),
            EuConditions.validatedBy(AuthorityKind.COURT, AuthorityKind.INVESTIGATING_JUDGE));

    private static final Condition IDENTIFIER_STATED = anyOf(EuConditions.measureHasTarget(), dataCategory(IP_IDENTIFICATION),
            assessed(EEV_SOLE_PURPOSE_IDENTIFICATION));
    private static final Condition FOR_SENTENCE = EuConditions.executionOfSentence(EuAssessments.EEV_FOR_SENTENCE_EXECUTION);
    private static final Condition IMMUNITY = anyOf(assessed(StandardAssessments.IMMUNITY_OR_PRIVILEGE), assessed(PRESS_FREEDOM_RULES));
    private static final Condition DC_EXCEPTED = EuConditions.everyOffenceListedAndThreeYears("Annex IV");
    private static final Condition NOT_DOUBLY_CRIMINAL = not(assessed(StandardAssessments.DUAL_CRIMINALITY));

    /** Art 16(1): the order was transferred for enforcement; Art 16(4)-(5) then govern the enforcing authority's decision. */
    private static final Condition ENFORCEMENT = named("EEVIDENCE art. 16(1): the issuing authority has transferred the order to the "
            + "enforcing authority for enforcement", chosen(EuAssessments.EEV_ENFORCEMENT_REQUESTED));
    private static final Condition CLARIFICATION_SOUGHT = chosen(EuAssessments.EEV_CLARIFICATION_SOUGHT);
    /** The grounds of Art 16(4)(c)-(g) and 16(5)(b)-(f), any of which the enforcing authority must consult on before using (16(7)). */
    private static final Condition ENFORCEMENT_GROUND = anyOf(assessed(EuAssessments.EEV_COULD_NOT_COMPLY), assessed(EuAssessments.EEV_DATA_NOT_STORED),
            assessed(EuAssessments.EEV_SERVICE_NOT_COVERED), IMMUNITY, assessed(EuAssessments.EEV_MANIFEST_BREACH_ON_CERTIFICATE));

    private static final String UNVERIFIED_PARTICIPATION = "the recitals on the positions of Denmark and Ireland were not "
            + "read; participation rests on Irish government pages and a secondary source (reference 8.1, 13.2 item 3)";

    static RulePack pack() {
        RulePack.Builder pack = RulePack.builder(ID, VERSION)
                .title("European Production and Preservation Orders for electronic evidence (Regulation (EU) 2023/1543)")
                .instrument(INSTRUMENT)
                // asked by EuConditions.bothMemberStates, a condition whose parts the pack cannot see
                .assessment(EuAssessments.BOTH_MEMBER_STATES)
                .effectiveFrom(APPLICABLE_FROM)
                .rules(List.of(
                        // ---- participation, date and scope ----
                        Rule.builder("eev.3.16", "EEVIDENCE art. 3(16)").scope()
                                .statement("The issuing State and the enforcing State (the Member State where the addressee's designated "
                                        + "establishment is or its legal representative resides) are Member States bound by the Regulation.")
                                .when(EuConditions.bothMemberStates("the issuing and the enforcing State are both Member States"))
                                .build(),
                        Rule.builder("eev.3.16.denmark", "EEVIDENCE art. 3(16)").scope()
                                .statement("Denmark does not take part in the Regulation.")
                                .appliesWhen(EuConditions.involves(EuMemberStates.DENMARK))
                                .when(never())
                                .caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED_PARTICIPATION)
                                .build(),
                        Rule.builder("eev.3.16.ireland", "EEVIDENCE art. 3(16)").scope()
                                .statement("Ireland takes part in the Regulation: an order between Ireland and another Member State bound by "
                                        + "it is within the Regulation; one between Ireland and a State that is not is outside it.")
                                .appliesWhen(EuConditions.involves(EuMemberStates.IRELAND))
                                .when(EuConditions.bothMemberStates("Ireland and the other State are both Member States"))
                                .caveat(Caveat.Kind.UNVERIFIED, UNVERIFIED_PARTICIPATION)
                                .build(),
                        Rule.builder("eev.34.2", "EEVIDENCE art. 34(2)").scope()
                                .statement("The Regulation applies from 18 August 2026: an order dated before that day is not an order under it.")
                                .appliesWhen(EuConditions.dated())
                                .when(EuConditions.issuedOnOrAfter(APPLICABLE_FROM))
                                .build(),
                        Rule.builder("eev.4", "EEVIDENCE art. 4").scope().perMeasure()
                                .statement("The Regulation provides European Production Orders and European Preservation Orders addressed to a "
                                        + "service provider; other measures are outside it.")
                                .when(measureOfType(PRODUCTION_ORDER, PRESERVATION_ORDER))
                                .build(),

                        // ---- content of the order: Production Orders (Art 5(5)), Preservation Orders (Art 6(4)) ----
                        Rule.builder("eev.5.5.authority", "EEVIDENCE art. 5(5)(a)").formalRequirement()
                                .statement("A production order states the issuing authority and, where applicable, the validating authority.")
                                .appliesWhen(PRODUCTION)
                                .when(hasRequestingAuthority())
                                .build(),
                        Rule.builder("eev.5.5.data", "EEVIDENCE art. 5(5)").formalRequirement()
                                .statement("A production order states the data whose production it requests (Art 5(5)(c)-(e)); an order that "
                                        + "asks for no data is deficient. (A preservation order's contents are those of Art 6(4), checked by the "
                                        + "eev.6.4 rules.)")
                                .appliesWhen(not(onlyMeasuresOfType(PRESERVATION_ORDER)))
                                .when(hasMeasures())
                                .build(),
                        Rule.builder("eev.5.5.category", "EEVIDENCE art. 5(5)(d)").formalRequirement().perMeasure()
                                .statement("A production order states the requested data category: subscriber data, data requested for the sole "
                                        + "purpose of identifying the user, traffic data or content data (Art 3(9)-(12)).")
                                .appliesWhen(PRODUCTION)
                                .when(EuConditions.dataCategoryStated())
                                .build(),
                        Rule.builder("eev.5.5.identifier", "EEVIDENCE art. 5(5)(c)").formalRequirement().perMeasure()
                                .statement("A production order states the user, or another unique identifier such as the user name, login ID or "
                                        + "account name, unless its sole purpose is to identify the user.")
                                .appliesWhen(PRODUCTION)
                                .when(IDENTIFIER_STATED)
                                .build(),
                        Rule.builder("eev.5.5.provisions", "EEVIDENCE art. 5(5)(f)").formalRequirement()
                                .statement("A production order states the applicable provisions of the criminal law of the issuing State.")
                                .appliesWhen(PRODUCTION)
                                .when(everyOffenceHasStatutoryProvision())
                                .build(),
                        Rule.builder("eev.5.5.summary", "EEVIDENCE art. 5(5)(j)").formalRequirement()
                                .statement("A production order contains a summary description of the case; a preservation order need not (Art 6(4) "
                                        + "has no such item).")
                                .appliesWhen(PRODUCTION)
                                .when(hasFactsSummary())
                                .build(),
                        Rule.builder("eev.5.5.emergency", "EEVIDENCE art. 5(5)(g)").formalRequirement()
                                .statement("A production order issued in an emergency states the duly justified reasons for the emergency; Art "
                                        + "6(4) asks no such reasons of a preservation order.")
                                .appliesWhen(allOf(emergency(), PRODUCTION))
                                .when(urgencyReasoned())
                                .build(),
                        Rule.builder("eev.6.4.a", "EEVIDENCE art. 6(4)(a)").formalRequirement()
                                .statement("A preservation order states the issuing authority and, where applicable, the validating authority.")
                                .appliesWhen(PRESERVATION)
                                .when(hasRequestingAuthority())
                                .build(),
                        Rule.builder("eev.6.4.c", "EEVIDENCE art. 6(4)(c)").formalRequirement().perMeasure()
                                .statement("A preservation order states the user, or another unique identifier such as the user name, login ID "
                                        + "or account name, unless its sole purpose is to identify the user.")
                                .appliesWhen(PRESERVATION)
                                .when(IDENTIFIER_STATED)
                                .build(),
                        Rule.builder("eev.6.4.d", "EEVIDENCE art. 6(4)(d)").formalRequirement().perMeasure()
                                .statement("A preservation order states the requested data category (Art 3(9)-(12)).")
                                .appliesWhen(PRESERVATION)
                                .when(EuConditions.dataCategoryStated())
                                .build(),
                        Rule.builder("eev.6.4.f", "EEVIDENCE art. 6(4)(f)").formalRequirement()
                                .statement("A preservation order states the applicable provisions of the criminal law of the issuing State.")
                                .appliesWhen(PRESERVATION)
                                .when(everyOffenceHasStatutoryProvision())
                                .build(),

                        // ---- issuing authority (Art 4) and conditions (Art 5), as grounds to deny enforcement (Art 16(4)-(5)) ----
                        Rule.builder("eev.4.1", "EEVIDENCE art. 16(4)(a)").discretionaryRefusal(EuGrounds.NOT_ISSUED_BY_ISSUING_AUTHORITY).perMeasure()
                                .statement("At the enforcement stage, enforcement of a production order for subscriber data or data requested "
                                        + "for the sole purpose of identifying the user may be denied where it was not issued or validated as Art "
                                        + "4(1) provides: by a judge, court, investigating judge or public prosecutor competent in the case, or "
                                        + "by another competent investigating authority and validated by one of them.")
                                .appliesWhen(SUBSCRIBER_OR_IDENTIFICATION)
                                .when(not(ISSUED_AS_ART_4_1))
                                .build(),
                        Rule.builder("eev.4.2", "EEVIDENCE art. 16(4)(a)").discretionaryRefusal(EuGrounds.NOT_ISSUED_BY_ISSUING_AUTHORITY).perMeasure()
                                .statement("At the enforcement stage, enforcement of a production order for traffic data (other than data "
                                        + "requested for the sole purpose of identifying the user) or content data may be denied where it was "
                                        + "not issued or validated as Art 4(2) provides: by a judge, court or investigating judge, or by another "
                                        + "competent authority and validated by one of them; a public prosecutor may neither issue nor validate it.")
                                .appliesWhen(TRAFFIC_OR_CONTENT)
                                .when(not(ISSUED_AS_ART_4_2))
                                .build(),
                        Rule.builder("eev.4.3", "EEVIDENCE art. 16(5)(a)").discretionaryRefusal(EuGrounds.NOT_ISSUED_BY_ISSUING_AUTHORITY).perMeasure()
                                .statement("At the enforcement stage, enforcement of a preservation order may be denied where it was not issued "
                                        + "or validated as Art 4(3) provides: by a judge, court, investigating judge or public prosecutor, or by "
                                        + "another competent investigating authority and validated by one of them.")
                                .appliesWhen(PRESERVATION)
                                .when(not(ISSUED_AS_ART_4_1))
                                .build(),
                        Rule.exception("eev.4.5.production", "EEVIDENCE art. 4(5)").perMeasure()
                                .statement("In an emergency, the other competent authority may issue a production order for subscriber or "
                                        + "identification data without prior validation where validation cannot be obtained in time and it could "
                                        + "issue the order in a similar domestic case without validation: the order is then issued as Art 4 "
                                        + "provides, and Art 16(4)(a) gives no ground.")
                                .to("eev.4.1", ExceptionEffect.DISAPPLY)
                                .appliesWhen(emergency())
                                .when(assessed(EEV_VALIDATION_NOT_OBTAINABLE))
                                .build(),
                        Rule.exception("eev.4.5.preservation", "EEVIDENCE art. 4(5)").perMeasure()
                                .statement("In an emergency, the other competent authority may issue a preservation order without prior "
                                        + "validation where validation cannot be obtained in time and it could issue the order in a similar "
                                        + "domestic case without validation: the order is then issued as Art 4 provides, and Art 16(5)(a) gives "
                                        + "no ground.")
                                .to("eev.4.3", ExceptionEffect.DISAPPLY)
                                .appliesWhen(emergency())
                                .when(assessed(EEV_VALIDATION_NOT_OBTAINABLE))
                                .build(),
                        Rule.builder("eev.4.5", "EEVIDENCE art. 4(5)").condition().perMeasure()
                                .statement("An order issued in an emergency without prior validation is submitted for ex-post validation without "
                                        + "undue delay, at the latest within 48 hours; if validation is refused, the order is withdrawn and the data "
                                        + "obtained are deleted or their use restricted.")
                                .appliesWhen(allOf(emergency(), anyOf(SUBSCRIBER_OR_IDENTIFICATION, PRESERVATION)))
                                .when(allOf(not(issuedByJudicialAuthority()), not(validatedByJudicialAuthority()), assessed(EEV_VALIDATION_NOT_OBTAINABLE)))
                                .build(),
                        Rule.builder("eev.5.3", "EEVIDENCE art. 5(3)").returnToIssuer().perMeasure()
                                .statement("A production order for subscriber data or identification data may be issued for all criminal "
                                        + "offences, and for the execution of a custodial sentence or detention order of at least four months "
                                        + "imposed by a decision not rendered in absentia, where the convicted person absconded from justice. An "
                                        + "order to execute any other sentence could not be issued (Art 5(1): 'may only issue'), yet Art 16(4) "
                                        + "gives the enforcing authority no ground to deny it: it goes back to the issuing authority to be "
                                        + "withdrawn or put right.")
                                .appliesWhen(allOf(SUBSCRIBER_OR_IDENTIFICATION, FOR_SENTENCE))
                                .when(not(assessed(EEV_SENTENCE_EXECUTION)))
                                .build(),
                        Rule.builder("eev.5.4", "EEVIDENCE art. 16(4)(b)").discretionaryRefusal(EuGrounds.OFFENCE_OUTSIDE_ISSUING_CONDITIONS).perMeasure()
                                .statement("At the enforcement stage, enforcement of a production order for traffic data (other than "
                                        + "identification data) or content data may be denied where it was not issued for an offence of Art 5(4): "
                                        + "(a) punishable in the issuing State by a custodial sentence of a maximum of at least three years, (b) "
                                        + "the listed offences committed wholly or partly by means of an information system, (c) terrorist "
                                        + "offences under Directive (EU) 2017/541, or (d) the execution of a sentence of at least four months for "
                                        + "such offences.")
                                .appliesWhen(TRAFFIC_OR_CONTENT)
                                .when(not(anyOf(allOf(not(FOR_SENTENCE), EuConditions.punishableByAtLeast(EuConditions.THREE_YEARS,
                                                EuAssessments.EEV_PUNISHABLE_THREE_YEARS)),
                                        assessed(EEV_LISTED_OFFENCE))))
                                .build(),
                        Rule.builder("eev.16.7", "EEVIDENCE art. 16(7)").consultation().perMeasure()
                                .statement("Before deciding not to recognise or not to enforce the order, the enforcing authority consults the "
                                        + "issuing authority by any appropriate means and, where appropriate, asks it for further information, "
                                        + "which the issuing authority gives within five working days.")
                                .when(anyOf(allOf(SUBSCRIBER_OR_IDENTIFICATION, not(ISSUED_AS_ART_4_1)),
                                        allOf(TRAFFIC_OR_CONTENT, not(ISSUED_AS_ART_4_2)), allOf(PRESERVATION, not(ISSUED_AS_ART_4_1)),
                                        allOf(ENFORCEMENT, ENFORCEMENT_GROUND)))
                                .build(),
                        Rule.builder("eev.16.2", "EEVIDENCE art. 16(2)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION,
                                        TimeLimit.workingDays(5))).perMeasure()
                                .statement("On receiving an order transferred for enforcement, the enforcing authority recognises it without "
                                        + "further formalities and takes the measures needed to enforce it, unless it considers that a ground of "
                                        + "Art 16(4) (production) or 16(5) (preservation) applies; it decides on recognition without undue delay "
                                        + "and at the latest five working days after receiving the order, and notifies its decisions immediately "
                                        + "to the issuing authority and the addressee (Art 16(8)).")
                                .appliesWhen(ENFORCEMENT)
                                .when(measureOfType(PRODUCTION_ORDER, PRESERVATION_ORDER))
                                .build()))
                .rules(enforcementGrounds())
                .rules(List.of(

                        Rule.builder("eev.9.4", "EEVIDENCE art. 9(4)").formalRequirement()
                                .statement("The certificate sent to a notified enforcing authority is translated into an official language of "
                                        + "the enforcing State or another official language of the Union that State accepts. (The copy for the "
                                        + "addressee goes, where needed, into a language the service provider accepts, or else one of the State "
                                        + "where its establishment or legal representative is: the provider's concern, not checked here.)")
                                .appliesWhen(NOTIFIED)
                                .when(EuConditions.inAcceptedLanguageOrAssessed(EuAssessments.EEV_NOTIFICATION_LANGUAGE_ACCEPTED))
                                .build(),

                        // ---- notification of the enforcing authority (Art 8) ----
                        Rule.builder("eev.8.1", "EEVIDENCE art. 8(1)").consultation().perMeasure()
                                .statement("A production order for traffic data (other than data requested only to identify the user) or content "
                                        + "data is notified to the enforcing authority, by sending it the certificate when it goes to the "
                                        + "addressee; only then may the enforcing authority raise the grounds of Art 12, within the deadlines of "
                                        + "Art 10(2) and 12(1). No notification is made for subscriber or identification data, nor where the "
                                        + "issuing authority had reasonable grounds to believe that the offence was committed, is being or is "
                                        + "likely to be committed in the issuing State and that the person whose data are sought resides there "
                                        + "(Art 8(2)).")
                                .appliesWhen(TRAFFIC_OR_CONTENT)
                                .when(not(chosen(EEV_NOT_NOTIFIED_ART_8_2)))
                                .build(),

                        // ---- grounds for refusal of the notified enforcing authority (Art 12) ----
                        Rule.builder("eev.12.1.a", "EEVIDENCE art. 12(1)(a)").discretionaryRefusal(StandardGrounds.IMMUNITY_OR_PRIVILEGE).perMeasure()
                                .statement("The notified enforcing authority may raise the ground that the data are protected by immunities or "
                                        + "privileges under its law, or by rules on the determination or limitation of criminal liability relating "
                                        + "to freedom of the press or of expression in other media, which prevent execution or enforcement.")
                                .appliesWhen(NOTIFIED)
                                .when(IMMUNITY)
                                .build(),
                        Rule.builder("eev.12.1.b", "EEVIDENCE art. 12(1)(b)").discretionaryRefusal(EuGrounds.FUNDAMENTAL_RIGHTS).perMeasure()
                                .statement("In exceptional situations, the notified enforcing authority may raise the ground that there are "
                                        + "substantial grounds, based on specific and objective evidence, to believe that execution would entail "
                                        + "a manifest breach of a relevant fundamental right under Article 6 TEU and the Charter.")
                                .appliesWhen(NOTIFIED)
                                .when(assessed(EEV_MANIFEST_BREACH))
                                .build(),
                        Rule.builder("eev.12.1.c", "EEVIDENCE art. 12(1)(c)").discretionaryRefusal(StandardGrounds.NE_BIS_IN_IDEM).perMeasure()
                                .statement("The notified enforcing authority may raise the ground that execution would be contrary to the "
                                        + "principle of ne bis in idem.")
                                .appliesWhen(NOTIFIED)
                                .when(assessed(StandardAssessments.NE_BIS_IN_IDEM))
                                .build(),
                        Rule.builder("eev.12.1.d", "EEVIDENCE art. 12(1)(d)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                                .statement("The notified enforcing authority may raise the ground that the conduct for which the order was "
                                        + "issued does not constitute an offence under its law.")
                                .appliesWhen(NOTIFIED)
                                .when(NOT_DOUBLY_CRIMINAL)
                                .build(),
                        Rule.exception("eev.12.1.d.annex-iv", "EEVIDENCE art. 12(1)(d)")
                                .statement("Dual criminality is not verified where the offence is in a category of Annex IV, as indicated by the "
                                        + "issuing authority in the certificate, and punishable in the issuing State by a custodial sentence or "
                                        + "detention order for a maximum period of at least three years.")
                                .to("eev.12.1.d", ExceptionEffect.DISAPPLY)
                                .when(DC_EXCEPTED)
                                .build(),
                        Rule.builder("eev.12.3", "EEVIDENCE art. 12(3)").consultation().perMeasure()
                                .statement("Before raising a ground for refusal, the enforcing authority contacts the issuing authority to "
                                        + "discuss appropriate measures; the issuing authority may adapt or withdraw the order. If no solution is "
                                        + "found, the ground may be raised: the enforcing authority informs the addressee and the issuing "
                                        + "authority, the addressee stops execution and the issuing authority withdraws the order (Art 12(2)).")
                                .appliesWhen(NOTIFIED)
                                .when(anyOf(IMMUNITY, assessed(EEV_MANIFEST_BREACH), assessed(StandardAssessments.NE_BIS_IN_IDEM),
                                        allOf(not(DC_EXCEPTED), NOT_DOUBLY_CRIMINAL)))
                                .build(),

                        // ---- deadlines (Arts 10-12) ----
                        Rule.builder("eev.10.2", "EEVIDENCE art. 10(2)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.EXECUTION,
                                        TimeLimit.days(10))).perMeasure()
                                .statement("Where the enforcing authority was notified and raised no ground within 10 days, the addressee "
                                        + "transmits the data at the end of the 10-day period, or as soon as possible within it if the enforcing "
                                        + "authority confirms earlier that it will raise none; the notification suspends the duty to transmit (Art 8(4)).")
                                .appliesWhen(NOTIFIED)
                                .when(not(emergency()))
                                .build(),
                        Rule.builder("eev.10.3", "EEVIDENCE art. 10(3)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.EXECUTION,
                                        TimeLimit.days(10))).perMeasure()
                                .statement("Where no notification is required, the addressee transmits the data at the latest within 10 days of "
                                        + "receiving the order.")
                                .appliesWhen(allOf(PRODUCTION, not(NOTIFIED)))
                                .when(not(emergency()))
                                .build(),
                        Rule.builder("eev.10.4", "EEVIDENCE art. 10(4)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.EXECUTION,
                                        TimeLimit.hours(8))).perMeasure()
                                .statement("In an emergency, the addressee transmits the data without undue delay, at the latest within 8 hours "
                                        + "of receiving the order.")
                                .appliesWhen(PRODUCTION)
                                .when(emergency())
                                .build(),
                        Rule.builder("eev.12.1", "EEVIDENCE art. 12(1)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION,
                                        TimeLimit.days(10))).perMeasure()
                                .statement("The notified enforcing authority assesses the order as soon as possible and at the latest within 10 "
                                        + "days of receiving the notification, and raises any ground for refusal within that time.")
                                .appliesWhen(NOTIFIED)
                                .when(not(emergency()))
                                .build(),
                        Rule.builder("eev.12.1.emergency", "EEVIDENCE art. 12(1)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT,
                                        DeadlineEvent.DECISION, TimeLimit.hours(96))).perMeasure()
                                .statement("In an emergency, the notified enforcing authority raises any ground within 96 hours of receiving the "
                                        + "notification; where the data were already transmitted, it may object to their use or set conditions, and "
                                        + "the issuing authority then deletes the data or restricts their use (Art 10(4)).")
                                .appliesWhen(NOTIFIED)
                                .when(emergency())
                                .build(),
                        Rule.builder("eev.11.1", "EEVIDENCE art. 11(1)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.EXECUTION,
                                        TimeLimit.days(60)).extendableBy(TimeLimit.days(30))).perMeasure()
                                .statement("The addressee preserves the data without undue delay; preservation ends 60 days after receipt unless "
                                        + "the issuing authority confirms that a follow-up production request has been issued (Annex V), and the "
                                        + "period may be extended once by 30 days (Annex VI) to allow the follow-up request; once "
                                        + "confirmed, the data are preserved as long as needed to produce them. The deadline is met by the "
                                        + "confirmation of the follow-up request.")
                                .appliesWhen(PRESERVATION)
                                .when(always())
                                .build(),
                        clarification("eev.10.6.notified", "eev.10.2"),
                        clarification("eev.10.6.not-notified", "eev.10.3"),
                        clarification("eev.10.6.emergency", "eev.10.4"),
                        Rule.exception("eev.11.5", "EEVIDENCE art. 11(5)").perMeasure()
                                .statement("Where the addressee cannot preserve the data because the preservation certificate is incomplete, "
                                        + "contains manifest errors or lacks sufficient information, it informs the issuing authority and seeks "
                                        + "clarification (Annex III); the issuing authority reacts expeditiously and at the latest within five days "
                                        + "of receiving the form. Without a reaction within those five days, the service provider is exempt from "
                                        + "the duty to preserve of Art 11(1)-(2).")
                                .to("eev.11.1", ExceptionEffect.DISAPPLY)
                                .appliesWhen(allOf(PRESERVATION, CLARIFICATION_SOUGHT))
                                .when(chosen(EuAssessments.EEV_NO_REACTION_IN_FIVE_DAYS))
                                .build(),
                        Rule.builder("eev.17.2", "EEVIDENCE art. 17(2)").deadline(DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION,
                                        TimeLimit.days(10))).perMeasure()
                                .statement("An addressee that considers that complying with a production order would conflict with an "
                                        + "obligation under the law of a third country informs the issuing and the enforcing authority of its "
                                        + "reasoned objection (Annex III, Art 17(1)) no later than 10 days after receiving the certificate, with "
                                        + "all relevant details of that law, its applicability and the conflicting obligation. The objection may "
                                        + "not rest on that law lacking similar conditions, formalities and procedures for production orders, nor "
                                        + "on the sole fact that the data are stored in the third country. Execution is suspended while the "
                                        + "issuing State's court reviews the order (Art 17(3)).")
                                .appliesWhen(PRODUCTION)
                                .when(chosen(EuAssessments.EEV_THIRD_COUNTRY_CONFLICT))
                                .build()))
                .ground(EuGrounds.ADDRESSEE_COULD_NOT_COMPLY)
                .ground(EuGrounds.DATA_NOT_STORED)
                .ground(EuGrounds.SERVICE_NOT_COVERED)
                .ground(StandardGrounds.IMMUNITY_OR_PRIVILEGE)
                .ground(EuGrounds.FUNDAMENTAL_RIGHTS)
                .ground(StandardGrounds.NE_BIS_IN_IDEM)
                .ground(StandardGrounds.DUAL_CRIMINALITY)
                .ground(EuGrounds.NOT_ISSUED_BY_ISSUING_AUTHORITY)
                .ground(EuGrounds.OFFENCE_OUTSIDE_ISSUING_CONDITIONS);
        List.of(StandardAssessments.IMMUNITY_OR_PRIVILEGE, PRESS_FREEDOM_RULES, EEV_MANIFEST_BREACH, StandardAssessments.NE_BIS_IN_IDEM,
                StandardAssessments.DUAL_CRIMINALITY, EEV_VALIDATION_NOT_OBTAINABLE, EEV_SENTENCE_EXECUTION, EuAssessments.EEV_FOR_SENTENCE_EXECUTION,
                EuAssessments.EEV_PUNISHABLE_THREE_YEARS, EEV_LISTED_OFFENCE,
                EEV_SOLE_PURPOSE_IDENTIFICATION, EEV_NOT_NOTIFIED_ART_8_2, StandardAssessments.LIST_CATEGORY_INDICATED,
                EuAssessments.EEV_NOTIFICATION_LANGUAGE_ACCEPTED, EuAssessments.EEV_ENFORCEMENT_REQUESTED, EuAssessments.EEV_COULD_NOT_COMPLY,
                EuAssessments.EEV_DATA_NOT_STORED, EuAssessments.EEV_SERVICE_NOT_COVERED, EuAssessments.EEV_MANIFEST_BREACH_ON_CERTIFICATE,
                EuAssessments.EEV_CLARIFICATION_SOUGHT, EuAssessments.EEV_NO_REACTION_IN_FIVE_DAYS, EuAssessments.EEV_THIRD_COUNTRY_CONFLICT)
                .forEach(pack::assessment);
        return pack.build();
    }

    /**
     * Art 16(4)(c)-(g) for Production Orders and 16(5)(b)-(f) for Preservation Orders: the grounds on which the enforcing
     * authority may deny enforcement of an order transferred to it under Art 16(1), beside those of issuing authority and
     * offence (16(4)(a)-(b), 16(5)(a): {@code eev.4.*}, {@code eev.5.4}). Each is a rule per kind of order, with its own point.
     */
    private static List<Rule> enforcementGrounds() {
        return List.of(
                enforcementGround("c", "b", EuGrounds.ADDRESSEE_COULD_NOT_COMPLY, "the addressee could not comply with the certificate because "
                        + "of a de facto impossibility due to circumstances not attributable to it, or because the certificate contains "
                        + "manifest errors", assessed(EuAssessments.EEV_COULD_NOT_COMPLY), true),
                enforcementGround("c", "b", EuGrounds.ADDRESSEE_COULD_NOT_COMPLY, "the addressee could not comply with the certificate because "
                        + "of a de facto impossibility due to circumstances not attributable to it, or because the certificate contains "
                        + "manifest errors", assessed(EuAssessments.EEV_COULD_NOT_COMPLY), false),
                enforcementGround("d", "c", EuGrounds.DATA_NOT_STORED, "the order concerns data not stored by or on behalf of the service "
                        + "provider when it received the certificate", assessed(EuAssessments.EEV_DATA_NOT_STORED), true),
                enforcementGround("d", "c", EuGrounds.DATA_NOT_STORED, "the order concerns data not stored by or on behalf of the service "
                        + "provider when it received the certificate", assessed(EuAssessments.EEV_DATA_NOT_STORED), false),
                enforcementGround("e", "d", EuGrounds.SERVICE_NOT_COVERED, "the service is not covered by the Regulation",
                        assessed(EuAssessments.EEV_SERVICE_NOT_COVERED), true),
                enforcementGround("e", "d", EuGrounds.SERVICE_NOT_COVERED, "the service is not covered by the Regulation",
                        assessed(EuAssessments.EEV_SERVICE_NOT_COVERED), false),
                enforcementGround("f", "e", StandardGrounds.IMMUNITY_OR_PRIVILEGE, "the data are protected by immunities or privileges under "
                        + "the enforcing State's law, or covered by its rules on the determination or limitation of criminal liability relating "
                        + "to freedom of the press or of expression in other media, which prevent execution or enforcement", IMMUNITY, true),
                enforcementGround("f", "e", StandardGrounds.IMMUNITY_OR_PRIVILEGE, "the data are protected by immunities or privileges under "
                        + "the enforcing State's law, or covered by its rules on the determination or limitation of criminal liability relating "
                        + "to freedom of the press or of expression in other media, which prevent execution or enforcement", IMMUNITY, false),
                enforcementGround("g", "f", EuGrounds.FUNDAMENTAL_RIGHTS, "in exceptional situations, it is apparent from the information in "
                        + "the certificate alone that there are substantial grounds, based on specific and objective evidence, to believe that "
                        + "execution would in the particular circumstances entail a manifest breach of a relevant fundamental right under "
                        + "Article 6 TEU and the Charter", assessed(EuAssessments.EEV_MANIFEST_BREACH_ON_CERTIFICATE), true),
                enforcementGround("g", "f", EuGrounds.FUNDAMENTAL_RIGHTS, "in exceptional situations, it is apparent from the information in "
                        + "the certificate alone that there are substantial grounds, based on specific and objective evidence, to believe that "
                        + "execution would in the particular circumstances entail a manifest breach of a relevant fundamental right under "
                        + "Article 6 TEU and the Charter", assessed(EuAssessments.EEV_MANIFEST_BREACH_ON_CERTIFICATE), false));
    }

    private static Rule enforcementGround(String productionPoint, String preservationPoint, RefusalGround ground,
            String situation, Condition when, boolean production) {
        String paragraph = production ? "4" : "5";
        String point = production ? productionPoint : preservationPoint;
        String kind = production ? "production" : "preservation";
        return Rule.builder("eev.16." + paragraph + "." + point, "EEVIDENCE art. 16(" + paragraph + ")(" + point + ")")
                .discretionaryRefusal(ground).perMeasure()
                .statement("Enforcement of a " + kind + " order transferred for enforcement may be denied, after consulting the issuing "
                        + "authority (Art 16(7)), where " + situation + ". Art 16(" + paragraph + ") lists the only grounds on which it may be "
                        + "denied.")
                .appliesWhen(allOf(ENFORCEMENT, production ? PRODUCTION : PRESERVATION))
                .when(when)
                .build();
    }

    /** Art 10(6): the addressee's duties to produce do not run while the clarification it sought is awaited. */
    private static Rule clarification(String id, String deadlineRule) {
        return Rule.exception(id, "EEVIDENCE art. 10(6)").perMeasure()
                .statement("Where the addressee cannot produce the data because the certificate is incomplete, contains manifest errors or "
                        + "lacks sufficient information, it informs the issuing authority (and a notified enforcing authority) and seeks "
                        + "clarification (Annex III); the issuing authority reacts expeditiously and at the latest within five days of receiving "
                        + "the form. Until the clarification or correction is given, the addressee's duties of Art 10(1)-(4), and so this "
                        + "deadline, do not apply.")
                .to(deadlineRule, ExceptionEffect.DISAPPLY)
                .appliesWhen(PRODUCTION)
                .when(CLARIFICATION_SOUGHT)
                .build();
    }
}
