package org.openmla.treaties.eu;

import static org.openmla.treaties.docs.ProvisionCoverage.encoded;
import static org.openmla.treaties.docs.ProvisionCoverage.notEncoded;

import java.util.List;
import java.util.Set;
import org.openmla.treaties.DualCriminalityVariant;
import org.openmla.treaties.docs.DualCriminalityRegime;
import org.openmla.treaties.docs.PackDocumentation;

/**
 * The documentation of the EU packs: what {@code docs/packs/eio.md}, {@code eevidence.md} and {@code eaw.md} say beyond
 * the rules. Every provision the legal reference gives for the instrument is listed, with the rules that encode it or
 * the reason no rule does.
 */
final class EuDocumentation {
    private EuDocumentation() {}

    /** @return the European Investigation Order pack's documentation */
    static PackDocumentation eio() {
        return new PackDocumentation("EIO", "eio.md", "European Investigation Order — Directive 2014/41/EU (pack `EIO`)",
                "Encodes Directive 2014/41/EU regarding the European Investigation Order in criminal matters, from the executing State's "
                        + "side: the requesting State of a request is the issuing State, the requested State the executing State. Source: the "
                        + "project's legal reference, section 5, checked there against the Official Journal text (EIO-OJ). Items the reference "
                        + "reports from general knowledge carry a caveat. Facts that need judgement are assessments: the pack's own keys are in "
                        + "`org.openmla.treaties.eu.EuAssessments`, its own grounds in `EuGrounds`. The grounds of Art 11 are discretionary in "
                        + "the Directive (\"may be refused\"); where a Member State transposed one as mandatory, a national pack can extend this "
                        + "one and replace the rule.",
                List.of("Between Member States bound by the Directive it replaces, from 22 May 2017, the corresponding provisions of ETS 30 and "
                                + "its two additional protocols (with bilateral agreements under ETS 30 art. 26), the 2000 EU Convention on mutual "
                                + "assistance and its protocol, and the Schengen Implementing Convention (Art 34(1)). The LegalBasisResolver's "
                                + "relationship `EIO.34.1` (a SupersessionRule of the corresponding provisions only) applies this per measure: "
                                + "between bound States a measure the EIO covers is governed by the EIO, and a request that claims ETS 30, ETS 99, "
                                + "ETS 182 or the 2000 Convention (`EU2000`) for it gets a SUPERSEDED (or, for some of its measures, "
                                + "PARTLY_SUPERSEDED) legal-basis finding pointing to the EIO; joint investigation teams (Art 3, recital 8), "
                                + "cross-border surveillance (recital 9) and service of documents (not evidence gathering, Art 1(1)) stay under "
                                + "ETS 30 and the 2000 Convention, and a claim of the EIO for them is OUTSIDE_SCOPE. The 2000 Convention has "
                                + "party data (partial) but no pack: where it governs, a legal-basis note says it was not evaluated.",
                        "Denmark and Ireland are not bound (recitals 44-45): the pack's scope rules `eio.34.1.denmark` and `eio.34.1.ireland` "
                                + "make the EIO not applicable with them, party data (eio.json) does not list them, and the relationship "
                                + "`EIO.NON-PARTICIPATION` answers a request that claims the EIO with them that the EIO does not apply between "
                                + "the two States and that ETS 30 and its protocols (and the 2000 Convention) do, citing Art 34(1) and the "
                                + "recital. Membership of the EU is read from dated party data (eu-membership.json). The United Kingdom was "
                                + "bound until 31 December 2020 (unverified end date).",
                        "Requests received before 22 May 2017 stay under the old instruments (Art 35): the pack is in force from 22 May 2017, "
                                + "and a host evaluates such a request with the date of receipt as law date.",
                        "As a treaty of mutual legal assistance in general (party data: mlaTreaty), the EIO also switches off UNTOC art. "
                                + "18(9)-(29) and UNCAC art. 46(9)-(29) between bound Member States (UNTOC art. 18(7), UNCAC art. 46(7)).",
                        "The e-Evidence Regulation is a separate instrument for orders addressed to service providers; it neither replaces nor "
                                + "is replaced by the EIO, and the resolver offers both where both bind."),
                new DualCriminalityRegime(Set.of(DualCriminalityVariant.DISCRETIONARY, DualCriminalityVariant.DISAPPLIED_FOR_LISTED_OFFENCES,
                        DualCriminalityVariant.DISAPPLIED_FOR_MEASURES),
                        List.of("eio.11.1.g", "eio.11.1.g.annex-d", "eio.11.2.g", "eio.11.1.e", "eio.11.3"),
                        "Art 11(1)(g): recognition or execution may be refused where the conduct is not an offence under the executing State's "
                                + "law (`eio.11.1.g`, evaluated for each measure, standard assessment DUAL_CRIMINALITY). Two exceptions, each an "
                                + "explicit exception rule that makes the ground not applicable, so the decision says why dual criminality was not "
                                + "checked: the offence is in an Annex D category, as the issuing authority indicated (Offence.category), and "
                                + "punishable in the issuing State by a custodial maximum of at least three years (`eio.11.1.g.annex-d`; every "
                                + "offence of the request must qualify, since dual criminality is verified offence by offence); and the measure is "
                                + "one of Art 10(2) (`eio.11.2.g`, Art 11(2)). The 32 Annex D categories are matched by their position in the EU "
                                + "list (OffenceCategory.euListNumber). In tax, customs and exchange matters a refusal because the executing State "
                                + "has no tax or rules of the same kind is not permitted (`eio.11.3`). The territoriality ground (`eio.11.1.e`) "
                                + "also requires the conduct not to be an offence in the executing State; the Annex D exception does not apply to it."),
                List.of(
                        encoded("EIO art. 1(1)", "The EIO obtains evidence: surrender and arrest are outside it."),
                        notEncoded("EIO art. 1(3)", "The suspect or accused person (or a lawyer) may ask for an EIO to be issued: the issuing "
                                + "State's procedure, no effect on recognition or execution."),
                        notEncoded("EIO art. 1(4)", "Fundamental-rights obligations under Art 6 TEU are unaffected: a general clause; the "
                                + "operative ground is Art 11(1)(f) (`eio.11.1.f`)."),
                        notEncoded("EIO art. 2(c)", "The definition of the issuing authority, including validation under (ii): applied through "
                                + "the return rule of Art 9(3) (`eio.9.3`), which cites the consequence. The validating authority's kind comes "
                                + "from RequestingParty.validatingAuthority; AuthorityKind.isJudicial() gives judge, court, investigating judge or "
                                + "public prosecutor."),
                        notEncoded("EIO art. 2(d)", "The executing State's procedure may require court authorisation: national procedure, not "
                                + "a condition an EIO can fail."),
                        encoded("EIO art. 3", "The joint investigation team is the only excluded measure."),
                        notEncoded("EIO art. 4", "The kinds of proceedings: an EIO in criminal proceedings (4(a)) is the default; proceedings "
                                + "under 4(b)-(c) matter only for Art 11(1)(c), which asks EIO_NON_CRIMINAL_PROCEEDINGS; 4(d) (legal persons) "
                                + "restricts nothing."),
                        encoded("EIO art. 5(1)(a)"),
                        encoded("EIO art. 5(1)(b)"),
                        notEncoded("EIO art. 5(1)(c)", "'Necessary information available' on the persons concerned: what is necessary depends "
                                + "on the measure, and an unidentified person is not a deficiency (an EIO may seek to identify one), so no mechanical "
                                + "check; a form unusable for lack of it is caught by Art 16(2)(a) (`eio.16.2.a`)."),
                        encoded("EIO art. 5(1)(d)", "Two rules: the description of the criminal act, and the applicable provisions of criminal law."),
                        encoded("EIO art. 5(1)(e)", "For each measure: a description or a target."),
                        encoded("EIO art. 5(2)", "Decided from the request's language and the executing State's accepted languages where both "
                                + "are known (StateProfile.acceptedLanguages, from party data), otherwise by the assessment EIO_LANGUAGE_ACCEPTED."),
                        notEncoded("EIO art. 5(3)", "The issuing State's duty to translate: checked on the executing side by Art 5(2) (`eio.5.2`)."),
                        notEncoded("EIO art. 6(1)", "The issuing conditions (necessity and proportionality; availability in a similar domestic "
                                + "case) are assessed by the issuing authority (Art 6(2)) and are not a ground for refusal; the executing side's "
                                + "remedy is consultation under Art 6(3) (`eio.6.3`)."),
                        notEncoded("EIO art. 6(2)", "See Art 6(1)."),
                        encoded("EIO art. 6(3)", "A consultation, never a refusal."),
                        encoded("EIO art. 7(1)", "Written, or confirmed in writing. The replacement by Directive (EU) 2023/2843 art. 11 "
                                + "applies only from a date its art. 12 ties to an implementing act under Regulation (EU) 2023/2844 art. "
                                + "10(3)(a) (two years after its entry into force, from the first of the next month); that date is not "
                                + "known, so the original wording is encoded and the statement says so."),
                        notEncoded("EIO art. 7(2)", "Channels of transmission and forwarding (7(2)-(6)) belong to the request lifecycle and "
                                + "party data (central authorities), not to the decision."),
                        notEncoded("EIO art. 9(1)", "Recognition without further formality is the engine's default: GRANT unless a rule says "
                                + "otherwise."),
                        encoded("EIO art. 9(2)", "A condition whenever a measure asks for particular procedures (Measure.requestedProcedures)."),
                        encoded("EIO art. 9(3)", "RETURN_TO_ISSUER: issued by an authority that is not judicial, without validation by one."),
                        encoded("EIO art. 9(4)", "Assistance by the issuing State's authorities: a condition when the EIO asks for it "
                                + "(EIO_ISSUING_OFFICIALS_ASSISTANCE_REQUESTED, absent means not asked), unless contrary to fundamental principles "
                                + "or harmful to essential national security interests (EIO_OFFICIALS_ASSISTANCE_EXCLUDED). 9(5)-(6) are stated "
                                + "with it."),
                        encoded("EIO art. 10(1)", "A condition (recourse to another measure) when the measure is unavailable, outside Art 10(2)."),
                        encoded("EIO art. 10(2)", "The Art 10(2) measures: INFORMATION_ALREADY_HELD (a), DATABASE_INFORMATION (b), "
                                + "TAKING_EVIDENCE (c), OTHER_NON_COERCIVE_MEASURE (d), SUBSCRIBER_IDENTIFICATION (e), and any measure the "
                                + "catalogue does not mark coercive that the executing authority assesses non-coercive under its law "
                                + "(EIO_NON_COERCIVE_MEASURE, for (d)). Unavailability is then NOT_A_GROUND."),
                        encoded("EIO art. 10(3)"),
                        encoded("EIO art. 10(4)", "Listed among the consultations whenever 10(1) or 10(3) applies."),
                        encoded("EIO art. 10(5)", "A precondition: the measure, or another with the same result, must be available."),
                        encoded("EIO art. 11(1)(a)"),
                        encoded("EIO art. 11(1)(b)", "Ground NATIONAL_SECURITY: narrower than ordre public, which is not a ground under the "
                                + "Directive (a proposal to refuse on ESSENTIAL_INTERESTS is answered NOT_PROVIDED)."),
                        encoded("EIO art. 11(1)(c)"),
                        encoded("EIO art. 11(1)(d)", "With the recital 17 safeguard as an exception (`eio.11.1.d.safeguard`)."),
                        encoded("EIO art. 11(1)(e)"),
                        encoded("EIO art. 11(1)(f)"),
                        encoded("EIO art. 11(1)(g)", "See Dual criminality."),
                        encoded("EIO art. 11(1)(h)"),
                        encoded("EIO art. 11(2)", "Exceptions that disapply (g) and (h) for the Art 10(2) measures."),
                        encoded("EIO art. 11(3)"),
                        encoded("EIO art. 11(4)", "Consultation before refusing on (a), (b), (d), (e) or (f)."),
                        encoded("EIO art. 11(5)"),
                        notEncoded("EIO art. 12(1)", "Same celerity and priority as a similar domestic case: no period to encode."),
                        notEncoded("EIO art. 12(2)", "A shorter deadline or specific date indicated by the issuing authority is taken into account "
                                + "as fully as possible: the Directive sets no fixed urgent limit, so the deadline rules carry none (the urgent "
                                + "limit of a DeadlineSpec would wrongly shorten every urgent EIO); the date wanted is Measure.desiredBy."),
                        encoded("EIO art. 12(3)", "30 days from receipt to decision, extendable by 30 days (Art 12(5))."),
                        encoded("EIO art. 12(4)", "90 days from decision to execution; no cap on the delay of Art 12(6)."),
                        notEncoded("EIO art. 12(5)", "The extension of `eio.12.3` (DeadlineSpec.maxExtension)."),
                        notEncoded("EIO art. 12(6)", "Information and consultation when the 90 days cannot be met: in the statement of `eio.12.4`; "
                                + "no fixed limit."),
                        notEncoded("EIO art. 13(1)", "Transfer of the evidence without undue delay, and its return (13(3)-(4)): after the "
                                + "decision, for the lifecycle."),
                        encoded("EIO art. 13(2)", "Suspension of the transfer while a legal remedy is pending (EIO_LEGAL_REMEDY_PENDING, "
                                + "absent means none): a postponement where the transfer would cause serious and irreversible damage to the "
                                + "person concerned ('shall be suspended'); the optional suspension is stated."),
                        notEncoded("EIO art. 14", "Legal remedies: no effect on recognition (a challenge does not suspend execution unless it "
                                + "would in a similar domestic case, Art 14(6))."),
                        encoded("EIO art. 15(1)(a)"),
                        encoded("EIO art. 15(1)(b)"),
                        notEncoded("EIO art. 15(2)", "Execution as soon as the ground ceases: in the statement of `eio.15.1.a`. Directive (EU) "
                                + "2023/2843 art. 11 rewords 15(2) and 16(2)-(3) (communication channels), from the deferred date of its "
                                + "art. 12 (see 7(1)); the substance encoded is unchanged."),
                        encoded("EIO art. 16(1)", "One week from receipt to acknowledgement."),
                        encoded("EIO art. 16(2)(a)", "DEFICIENT, not refused: assessment EIO_FORM_DEFECTIVE."),
                        notEncoded("EIO art. 16(2)(b)", "Information during execution (new measures; formalities that cannot be complied with, "
                                + "16(2)(c), which is in the statement of `eio.9.2`): for the lifecycle."),
                        notEncoded("EIO art. 16(3)(a)", "Information of any decision under Art 10 or 11: every decision is a record; sending it "
                                + "is for the lifecycle. Reasons are expressly required only for postponement (16(3)(b))."),
                        encoded("EIO art. 16(3)(b)"),
                        notEncoded("EIO art. 19(1)", "The executing authority's duty of confidentiality (19(1)-(2)): a duty in execution, with no "
                                + "effect on the decision."),
                        encoded("EIO art. 19(3)", "The built-in use condition: every grant is GRANT_WITH_CONDITIONS."),
                        encoded("EIO art. 19(4)"),
                        notEncoded("EIO art. 20", "Deleted by Directive (EU) 2022/228 (data protection now follows the general EU rules)."),
                        notEncoded("EIO art. 21(1)", "Costs borne by the executing State: no effect on the decision."),
                        encoded("EIO art. 21(2)", "With 21(3) in the statement."),
                        encoded("EIO art. 22(2)(a)", "Also for a transfer to the executing State (Art 23)."),
                        encoded("EIO art. 22(2)(b)", "Not a ground under Art 23: the assessment's question names the direction of the transfer."),
                        encoded("EIO art. 22(3)"),
                        encoded("EIO art. 22(6)", "With 22(7)."),
                        encoded("EIO art. 22(8)", "With 22(9)."),
                        encoded("EIO art. 22(10)"),
                        notEncoded("EIO art. 23", "The measure type does not tell the direction of a transfer: 22(2)(a) applies to both, the "
                                + "question for 22(2)(b) excludes Art 23 transfers, and 22(3)-(9) apply alike."),
                        notEncoded("EIO art. 24(1)", "Who may be heard by videoconference: no restriction to encode."),
                        encoded("EIO art. 24(2)(a)", "In play when a person the measure is directed at is a suspect or accused."),
                        encoded("EIO art. 24(2)(b)"),
                        notEncoded("EIO art. 24(3)", "Summons and identification by the executing authority: in the statement of `eio.24.5`."),
                        encoded("EIO art. 24(5)", "With 24(3), (6) and (7), for videoconference and telephone hearings (Art 25)."),
                        encoded("EIO art. 25", "Witnesses and experts only."),
                        notEncoded("EIO art. 26(1)", "What the measure covers (26(1), (3), (4)): the measure's description, not a condition."),
                        encoded("EIO art. 26(5)"),
                        encoded("EIO art. 26(6)"),
                        notEncoded("EIO art. 27(1)", "What the measure covers: the measure's description, not a condition."),
                        encoded("EIO art. 27(4)"),
                        encoded("EIO art. 27(5)"),
                        encoded("EIO art. 28(1)", "Measures gathering evidence in real time: MONITORING_OF_BANKING_TRANSACTIONS and CONTROLLED_DELIVERY."),
                        encoded("EIO art. 28(2)"),
                        encoded("EIO art. 28(3)"),
                        encoded("EIO art. 28(4)"),
                        encoded("EIO art. 29(2)"),
                        encoded("EIO art. 29(3)(a)"),
                        encoded("EIO art. 29(3)(b)"),
                        encoded("EIO art. 29(4)"),
                        encoded("EIO art. 30(3)", "(a)-(c) particulars, with the reasons of 30(4), asked as EIO_MEASURE_PARTICULARS_STATED."),
                        notEncoded("EIO art. 30(4)", "The reasons why the measure is relevant: checked with 30(3) by `eio.30.particulars`."),
                        encoded("EIO art. 30(5)", "The extra ground (not authorised in a similar domestic case). That consent may be made "
                                + "subject to conditions observed in a similar domestic case is an option of the executing State, stated "
                                + "with the ground."),
                        notEncoded("EIO art. 31(1)", "The intercepting State's duty to notify (31(1)-(2)): on the other side of the notification."),
                        encoded("EIO art. 31(3)", "96 hours, when the assessment EIO_INTERCEPTION_NOTIFICATION says the request is an Art 31 "
                                + "notification; the ground itself is the one of `eio.30.not-authorised`."),
                        encoded("EIO art. 32(2)", "24 hours for FREEZING measures, 'wherever practicable'."),
                        encoded("EIO art. 32(4)", "With 32(3)."),
                        notEncoded("EIO art. 32(5)", "Conditions limiting the duration of a provisional measure: an option of the executing "
                                + "authority after consultation."),
                        notEncoded("EIO art. 33(1)", "Notifications of competent authorities, languages and central authorities: party data."),
                        encoded("EIO art. 34(1)", "Participation: both States bound (the 25, and the United Kingdom until 2020); Denmark and "
                                + "Ireland not bound. With the resolver's `EIO.34.1` relationship."),
                        notEncoded("EIO art. 35", "Requests received before 22 May 2017 stay under the old instruments: the pack's effective "
                                + "date, with the date of receipt as law date."),
                        notEncoded("EIO art. 36(1)", "Transposition by 22 May 2017: the pack's effective date and the party data's dates."),
                        notEncoded("EIO art. 38", "The Directive entered into force on the twentieth day after publication (OJ L 130, "
                                + "1.5.2014), 21 May 2014. The date the pack and the party data give, 22 May 2017, is not its entry into "
                                + "force but the date from which it applies and replaces the conventions (Art 34(1), 36(1)).")));
    }

    /** @return the e-Evidence Regulation pack's documentation */
    static PackDocumentation eevidence() {
        return new PackDocumentation("EEVIDENCE", "eevidence.md",
                "European Production and Preservation Orders — Regulation (EU) 2023/1543 (pack `EEVIDENCE`)",
                "Encodes Regulation (EU) 2023/1543 on European Production Orders and European Preservation Orders for electronic evidence, "
                        + "as the notified enforcing authority and the issuing authority see an order: the requesting State is the issuing "
                        + "State, the requested State the enforcing State (Art 3(16)), and each measure is a PRODUCTION_ORDER or "
                        + "PRESERVATION_ORDER with its data category (DataCategory: SUBSCRIBER, IP_IDENTIFICATION, TRAFFIC, CONTENT). The "
                        + "order itself goes to the service provider's designated establishment or legal representative, so the addressee's "
                        + "deadlines run from its receipt. Source: the legal reference, section 8, checked there against the Official Journal "
                        + "text (EEV-OJ). The Regulation applies from 18 August 2026 (Art 34(2)): the pack is in force from that day, and an "
                        + "order dated earlier is outside it (`eev.34.2`).",
                List.of("Member States bound: all but Denmark (unverified participation data, caveat on `eev.3.16.denmark` and "
                                + "`eev.3.16.ireland`). Party data: eevidence.json.",
                        "The Regulation does not replace the EIO or any convention: the resolver offers it alongside them; which one a request "
                                + "uses is the issuing authority's choice.",
                        "Orders for subscriber data and data requested to identify the user are not notified to the enforcing authority, so "
                                + "the Art 12 grounds are not in play for them (rules evaluated per measure, not applicable); orders for traffic "
                                + "data (other than identification data) and content data are notified (Art 8(1)) and the Art 12 rules apply. An "
                                + "issuing authority relying on Art 8(2) (offence and person in the issuing State) notifies no one; the Art 12 "
                                + "rules then concern nobody, and the host should not evaluate them."),
                new DualCriminalityRegime(Set.of(DualCriminalityVariant.DISCRETIONARY, DualCriminalityVariant.DISAPPLIED_FOR_LISTED_OFFENCES),
                        List.of("eev.12.1.d", "eev.12.1.d.annex-iv"),
                        "Art 12(1)(d): the notified enforcing authority may raise the ground that the conduct is not an offence under its law "
                                + "(`eev.12.1.d`), unless the offence is in an Annex IV category indicated in the certificate and punishable in the "
                                + "issuing State by a custodial maximum of at least three years: then an exception rule makes the ground not "
                                + "applicable and the decision says why (`eev.12.1.d.annex-iv`). Annex IV lists the same 32 categories as EIO "
                                + "Annex D and EAW art. 2(2), matched by position (OffenceCategory.euListNumber). Subscriber and identification "
                                + "data orders are not notified, so no dual criminality review takes place for them."),
                List.of(
                        notEncoded("EEVIDENCE art. 3(9)", "Definitions of the data categories (3(9)-(12)): DataCategory."),
                        encoded("EEVIDENCE art. 3(16)", "The enforcing State: both States must be Member States bound by the Regulation."),
                        notEncoded("EEVIDENCE art. 3(18)", "Definition of an emergency: UrgencyLevel.EMERGENCY."),
                        encoded("EEVIDENCE art. 4", "Scope: production and preservation orders only."),
                        notEncoded("EEVIDENCE art. 4(1)", "Subscriber and identification data: judge, court, investigating judge or prosecutor, "
                                + "or validated by one. The issuing authority's duty; the enforcing side may deny enforcement of an order not "
                                + "so issued (Art 16(4)(a), `eev.4.1`)."),
                        notEncoded("EEVIDENCE art. 4(2)", "Traffic and content data: judge, court or investigating judge, or validated by one; a "
                                + "prosecutor may neither issue nor validate. Read through Art 16(4)(a) (`eev.4.2`)."),
                        notEncoded("EEVIDENCE art. 4(3)", "Preservation orders: as 4(1). Read through Art 16(5)(a) (`eev.4.3`)."),
                        notEncoded("EEVIDENCE art. 4(4)", "The validating authority may be regarded as issuing authority for transmission: no "
                                + "effect on the decision."),
                        encoded("EEVIDENCE art. 4(5)", "Emergency orders without prior validation: exceptions disapplying the 16(4)(a) and "
                                + "16(5)(a) grounds, and a condition (ex-post validation within 48 hours)."),
                        notEncoded("EEVIDENCE art. 5(1)", "'May only issue where the conditions are fulfilled': the issuing authority's "
                                + "duty; on the enforcing side only 16(4)(b) (for 5(4)) is a ground."),
                        notEncoded("EEVIDENCE art. 5(2)", "Necessity and proportionality, and availability in a similar domestic case: assessed by "
                                + "the issuing authority; not a ground for the enforcing authority."),
                        encoded("EEVIDENCE art. 5(3)", "Subscriber and identification data: all offences; for executing a sentence, the "
                                + "four-month conditions (assessment EEV_SENTENCE_EXECUTION). An order outside them goes back to the issuing "
                                + "authority (RETURN_TO_ISSUER): Art 16(4) has no ground for it."),
                        notEncoded("EEVIDENCE art. 5(4)", "Traffic and content data: three years, checked from the offences' penalties, or the "
                                + "listed offences and sentences of 5(4)(b)-(d) (assessment EEV_LISTED_OFFENCE); read through the ground of "
                                + "Art 16(4)(b) (`eev.5.4`). Preservation orders have no such threshold (Art 16(5) has no such ground)."),
                        encoded("EEVIDENCE art. 5(5)", "Contents of a production order: (a) authority, (c) user or identifier, (d) data "
                                + "category, (f) provisions, (g) emergency reasons, (j) summary. The addressee (b), time range (e), processor "
                                + "confirmation (h) and necessity grounds (i) have no field in the request model and are not checked."),
                        encoded("EEVIDENCE art. 6(4)", "Contents of a preservation order: (a) authority, (c) user or identifier, (d) data "
                                + "category, (f) provisions; no case summary and no emergency reasons, which only 5(5) asks of a production "
                                + "order. (b), (e) and (g) are not checked, as for 5(5)."),
                        notEncoded("EEVIDENCE art. 5(6)", "The addressee (controller, exceptionally processor): the request model does not say."),
                        notEncoded("EEVIDENCE art. 5(8)", "Limits for public-authority infrastructure, privileged professionals and protected data "
                                + "(5(8)-(10)): the issuing authority's own check; on the enforcing side, Art 12(1)(a)."),
                        encoded("EEVIDENCE art. 8(1)", "Notification of traffic and content data orders (`eev.8.1`), and the applicability "
                                + "condition of the Art 12 rules and of the 10(2) and 12(1) deadlines, so a decision on subscriber data or on "
                                + "an exempted order says why no ground is examined."),
                        notEncoded("EEVIDENCE art. 8(2)", "The exemption (offence in the issuing State, person resident there) is the issuing "
                                + "authority's finding, given as EEV_NOT_NOTIFIED_ART_8_2 (absent means notified, so the Art 12 grounds are "
                                + "examined); part of the condition of `eev.8.1`. 8(3) contents: the issuing authority's. 8(4) (suspensive "
                                + "effect): in the statement of `eev.10.2`."),
                        encoded("EEVIDENCE art. 9(4)", "The language of the certificate sent to a notified enforcing authority "
                                + "(EEV_NOTIFICATION_LANGUAGE_ACCEPTED where the request's language or the State's languages are not known); "
                                + "the addressee's copy is the provider's concern. 9(1)-(3): the certificate's contents, as 5(5) and 6(4)."),
                        notEncoded("EEVIDENCE art. 10(1)", "Preserve the data on receipt, expeditiously: no period to encode."),
                        encoded("EEVIDENCE art. 10(2)", "10 days, notified orders, not an emergency."),
                        encoded("EEVIDENCE art. 10(3)", "10 days, orders that are not notified, not an emergency."),
                        encoded("EEVIDENCE art. 10(4)", "8 hours in an emergency (a separate rule: the DeadlineSpec urgent limit would also "
                                + "apply to a merely urgent order)."),
                        notEncoded("EEVIDENCE art. 10(5)", "The addressee's other reports via Annex III (10(5), 10(7)-(8), 11(4), 11(6)): "
                                + "the engine has no event for an Annex III report; for the lifecycle."),
                        encoded("EEVIDENCE art. 10(6)", "A request for clarification (EEV_CLARIFICATION_SOUGHT) suspends the deadlines of "
                                + "10(2)-(4): exceptions that disapply them; the issuing authority's five days to react are stated."),
                        encoded("EEVIDENCE art. 11(1)", "60 days, extendable by 30; met by the confirmation of the follow-up request."),
                        encoded("EEVIDENCE art. 11(5)", "No reaction to a request for clarification within five days "
                                + "(EEV_NO_REACTION_IN_FIVE_DAYS): the provider is exempt from preserving; an exception disapplying 11(1)."),
                        encoded("EEVIDENCE art. 12(1)", "The four grounds, and the enforcing authority's 10 days (96 hours in an emergency)."),
                        notEncoded("EEVIDENCE art. 12(2)", "Consequences of a ground raised (addressee stops, issuing authority withdraws): in "
                                + "the statement of `eev.12.3`."),
                        encoded("EEVIDENCE art. 12(3)", "Contact the issuing authority before raising a ground."),
                        notEncoded("EEVIDENCE art. 12(4)", "A total or partial objection, or conditions: MAY_REFUSE leaves the choice to the "
                                + "enforcing authority, per measure."),
                        notEncoded("EEVIDENCE art. 12(5)", "Waiver of immunities: an option of the issuing authority."),
                        notEncoded("EEVIDENCE art. 15", "Pecuniary penalties for providers: outside the evaluation of an order."),
                        notEncoded("EEVIDENCE art. 16(1)", "The transfer for enforcement is the issuing authority's step, given as "
                                + "EEV_ENFORCEMENT_REQUESTED (absent means not transferred): the condition of the 16(2) deadline and the "
                                + "16(4)(c)-(g), 16(5)(b)-(f) grounds."),
                        encoded("EEVIDENCE art. 16(2)", "Recognition within five working days of receipt of the order transferred for "
                                + "enforcement (TimeLimit.workingDays(5): weekends and the host's public holidays skipped); 16(8) in the "
                                + "statement."),
                        encoded("EEVIDENCE art. 16(4)", "Enforcement 'may only be denied' on the listed grounds: (a) issuing authority (Art 4(1), "
                                + "4(2)) and (b) offence (Art 5(4)) as discretionary grounds; (c) de facto impossibility or manifest errors, (d) "
                                + "data not stored, (e) service not covered, (f) immunities and press freedom, (g) a manifest breach apparent "
                                + "from the certificate, once the order is transferred for enforcement, each with its assessment."),
                        encoded("EEVIDENCE art. 16(5)", "(a) issuing authority (Art 4(3)); (b)-(f) as 16(4)(c)-(g), each its own rule with "
                                + "its own point."),
                        encoded("EEVIDENCE art. 16(7)", "Consultation of the issuing authority before denying recognition or enforcement; its "
                                + "five working days to reply are stated."),
                        encoded("EEVIDENCE art. 17(2)", "The addressee's reasoned objection for conflicting third-country law "
                                + "(EEV_THIRD_COUNTRY_CONFLICT): 10 days from receipt of the certificate, with what it may not rest on; 17(1) "
                                + "and the suspension of 17(3) in the statement."),
                        notEncoded("EEVIDENCE art. 17(4)", "The review by the issuing State's court (17(4)-(8)): a procedure of the issuing "
                                + "State, outside the enforcing side's decision."),
                        notEncoded("EEVIDENCE art. 34(1)", "Entry into force: the date that matters is the application date of 34(2)."),
                        encoded("EEVIDENCE art. 34(2)", "With the pack's effective date.")));
    }

    /** @return the European arrest warrant pack's documentation */
    static PackDocumentation eaw() {
        return new PackDocumentation("EAW", "eaw.md", "European arrest warrant — Framework Decision 2002/584/JHA (pack `EAW`)",
                "Encodes Council Framework Decision 2002/584/JHA on the European arrest warrant, as amended by Framework Decision "
                        + "2009/299/JHA (Art 4a), from the executing State's side, for MeasureType.SURRENDER and PROVISIONAL_ARREST: the "
                        + "grounds for non-execution concern the warrant as a whole, so they are evaluated once for the request and decide "
                        + "both measures. Source: the legal reference, section 9 (verified against FACILEX, lexparency and the official "
                        + "texts it names). The reference marks several items as general knowledge: they carry a caveat, and the date of "
                        + "application (1 January 2004) is not encoded at all, so the pack has no effective date.",
                List.of("Surrender, not mutual legal assistance: the EAW has no relationship with the MLA instruments and the resolver does "
                                + "not displace anything for it. Party data (eaw.json) lists the 27 Member States, confirmed parties on "
                                + "2026-11-28; for earlier dates the data cannot tell (UNKNOWN), since the application and accession dates are "
                                + "unverified.",
                        "Provisional arrest pending surrender is governed by the warrant itself; Art 12 (keeping in detention) is not in the "
                                + "reference and not encoded."),
                new DualCriminalityRegime(Set.of(DualCriminalityVariant.DISCRETIONARY, DualCriminalityVariant.DISAPPLIED_FOR_LISTED_OFFENCES),
                        List.of("eaw.4.1", "eaw.2.2", "eaw.2.2.items-20-32", "eaw.4.1.fiscal"),
                        "Art 4(1) with 2(4): execution may be refused where the act is not an offence under the executing State's law "
                                + "(`eaw.4.1`). Art 2(2): for the 32 listed offences, as defined by the law of the issuing State and punishable "
                                + "there by a custodial maximum of at least three years, surrender is given without verifying double criminality; "
                                + "encoded as two exception rules that make the ground not applicable — `eaw.2.2` for list items 1-19, verified, "
                                + "and `eaw.2.2.items-20-32`, with a caveat, because the reference takes items 20-32 from EIO Annex D without "
                                + "having checked them. Every offence of the warrant must qualify. In tax, customs and exchange matters a "
                                + "refusal because the executing State has no tax or rules of the same kind is not permitted (`eaw.4.1.fiscal`)."),
                List.of(
                        encoded("EAW art. 1(1)", "Both States Member States; surrender and arrest only (caveat: Art 1(1) not quoted in the reference)."),
                        encoded("EAW art. 1(3)", "Fundamental rights as the Court of Justice reads Art 1(3), in two steps (systemic or generalised "
                                + "deficiencies, then a real risk for this person): detention conditions (Aranyosi, C-404/15 and C-659/15 PPU) "
                                + "postpone the decision and allow ending the procedure if the risk cannot be discounted; judicial "
                                + "independence (LM, C-216/18 PPU) means the executing authority must refrain. Case law, not article "
                                + "text; the judgments were not re-read (caveat)."),
                        encoded("EAW art. 2(1)", "12 months for prosecution (from the offences' penalties); four months for a sentence "
                                + "(assessment EAW_SENTENCE_AT_LEAST_FOUR_MONTHS), by ProceedingsStage.ENFORCEMENT."),
                        encoded("EAW art. 2(2)", "See Dual criminality."),
                        notEncoded("EAW art. 2(4)", "Surrender may be made subject to double criminality for other offences: the ground of "
                                + "Art 4(1) (`eaw.4.1`)."),
                        encoded("EAW art. 3(1)"),
                        encoded("EAW art. 3(2)"),
                        encoded("EAW art. 3(3)"),
                        encoded("EAW art. 4(1)"),
                        encoded("EAW art. 4(2)"),
                        encoded("EAW art. 4(3)"),
                        encoded("EAW art. 4(4)"),
                        encoded("EAW art. 4(5)"),
                        encoded("EAW art. 4(6)", "Only for a warrant to execute a sentence."),
                        encoded("EAW art. 4(7)(a)"),
                        encoded("EAW art. 4(7)(b)"),
                        encoded("EAW art. 4a", "Only for a warrant to execute a sentence; the reference gives no paragraph numbers."),
                        encoded("EAW art. 5(2)", "A condition where the executing law requires the guarantee (assessment)."),
                        encoded("EAW art. 5(3)", "A condition for a warrant for prosecution."),
                        encoded("EAW art. 8(1)", "Contents of the warrant (text read on lexparency.org, not in the legal reference): (a) the "
                                + "requested person's identity and nationality, (b) the issuing judicial authority (named), (d) the offence's "
                                + "legal classification (its provision), (e) the circumstances (the facts summary), (f) the penalty. (c) "
                                + "evidence of an enforceable decision and (g) other consequences have no field in the request model and are "
                                + "not checked."),
                        encoded("EAW art. 8(2)", "Translation into a language of the executing Member State or one it declared it accepts."),
                        encoded("EAW art. 15(2)", "DEFICIENT: supplementary information (caveat: general knowledge)."),
                        notEncoded("EAW art. 17(1)", "Urgency: in the statement of `eaw.17.2`."),
                        encoded("EAW art. 17(2)", "10 days from consent (DeadlineEvent.CONSENT_TO_SURRENDER), extendable by 30 (Art 17(4))."),
                        encoded("EAW art. 17(3)", "60 days from arrest (DeadlineEvent.ARREST), extendable by 30 (Art 17(4))."),
                        notEncoded("EAW art. 17(4)", "The 30-day extension of `eaw.17.2` and `eaw.17.3`."),
                        notEncoded("EAW art. 17(6)", "Reasons for any refusal: the engine gives them for every refusal outcome "
                                + "(Decision.refusalReasons())."),
                        encoded("EAW art. 20(1)", "Privileges and immunities not yet waived (EAW_PRIVILEGE_NOT_WAIVED): the art. 17 time "
                                + "limits do not run (exceptions disapplying them); 20(2), who asks for the waiver, in the statement. Caveat: "
                                + "wording not re-read in the Official Journal in this pass."),
                        encoded("EAW art. 21", "Speciality rules of a third State's extradition still protecting the person "
                                + "(EAW_EXTRADITION_SPECIALITY): the art. 17 time limits do not run until they cease. Caveat as for art. 20."),
                        encoded("EAW art. 23(2)", "10 days from the final decision to surrender; 23(3) and 23(5) in the statement."),
                        notEncoded("EAW art. 23(3)", "A new date after force majeure, and release on expiry (23(5)): in the statement of "
                                + "`eaw.23.2`; no event for 'new date agreed'."),
                        encoded("EAW art. 23(4)"),
                        encoded("EAW art. 24", "Postponed or conditional surrender (caveat: general knowledge).")));
    }
}
