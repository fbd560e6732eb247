package org.openmla.treaties.un;

import static org.openmla.core.rules.Outcome.DEFICIENT;
import static org.openmla.core.rules.Outcome.GRANT;
import static org.openmla.core.rules.Outcome.GRANT_WITH_CONDITIONS;
import static org.openmla.core.rules.Outcome.MAY_REFUSE;
import static org.openmla.core.rules.Outcome.MUST_REFUSE;
import static org.openmla.core.rules.Outcome.NOT_APPLICABLE;
import static org.openmla.core.rules.Outcome.PENDING_ASSESSMENT;
import static org.openmla.core.rules.Outcome.POSTPONE;
import static org.openmla.core.rules.Verdict.FALSE;
import static org.openmla.core.rules.Verdict.TRUE;
import static org.openmla.treaties.scenario.Scenario.scenario;
import static org.openmla.treaties.un.UnFixtures.addMeasure;
import static org.openmla.treaties.un.UnFixtures.alsoOffence;
import static org.openmla.treaties.un.UnFixtures.madeOrally;
import static org.openmla.treaties.un.UnFixtures.onlyMeasure;
import static org.openmla.treaties.un.UnFixtures.sentVia;
import static org.openmla.treaties.un.UnFixtures.urgent;
import static org.openmla.treaties.un.UnFixtures.withoutRequestingAuthority;

import java.time.LocalDate;
import java.util.List;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.Verdict;
import org.openmla.treaties.scenario.Scenario;
import org.openmla.treaties.un.UnFixtures.Art;

/**
 * The scenarios for the paragraphs UNTOC art. 18 and UNCAC art. 46 share (legal reference section 3: 46(8), 46(10)-(29)
 * mirror 18), written once from the treaty text and run against both packs: one table, two instruments.
 */
final class CommonParagraphScenarios {
    private CommonParagraphScenarios() {}

    static List<Scenario> table(Art a) {
        return List.of(
                // ---- paragraph 7: layering ----
                scenario("where a treaty of mutual legal assistance binds the States, paragraphs 9 to 29 give way to it, yet bank secrecy "
                        + "still may not be invoked").cites(a.cite("7"))
                        .assessing(StandardAssessments.MLA_TREATY_BINDS, true)
                        .assessing(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false)
                        .assessing(StandardAssessments.ESSENTIAL_INTERESTS, true)
                        .proposing(StandardGrounds.BANK_SECRECY).proposing(StandardGrounds.ESSENTIAL_INTERESTS)
                        .expect(GRANT)
                        .expectFinding(a.id("8"), TRUE)
                        .expectFinding(a.id("21", "b"), Verdict.NOT_APPLICABLE)
                        .expectFinding(a.id("19"), Verdict.NOT_APPLICABLE)
                        .expectNotApplicableBecause("it applies only when paragraphs 9 to 29 are in play: no treaty of mutual legal assistance "
                                + "binds the two States, or they agreed to apply these paragraphs instead (" + a.cite("7") + ")")
                        .expectRefusalCheck(StandardGrounds.BANK_SECRECY, RefusalCheck.Answer.FORBIDDEN)
                        .expectRefusalCheck(StandardGrounds.ESSENTIAL_INTERESTS, RefusalCheck.Answer.NOT_PROVIDED),
                scenario("States bound by a treaty who agreed to apply paragraphs 9 to 29 instead are held to them").cites(a.cite("7"))
                        .assessing(StandardAssessments.MLA_TREATY_BINDS, true)
                        .assessing(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, true)
                        .assessing(StandardAssessments.ESSENTIAL_INTERESTS, true)
                        .expect(MAY_REFUSE).expectFinding(a.id("21", "b"), TRUE),
                scenario("while it is unknown whether a treaty binds the States, a ground under paragraph 21 cannot yet be relied on")
                        .cites(a.cite("7"))
                        .notAssessing(StandardAssessments.MLA_TREATY_BINDS)
                        .assessing(StandardAssessments.ESSENTIAL_INTERESTS, true)
                        .expect(PENDING_ASSESSMENT).expectOpenQuestion(StandardAssessments.MLA_TREATY_BINDS)
                        .expectFinding(a.id("21", "b"), Verdict.UNKNOWN),

                // ---- paragraph 8 ----
                scenario("bank secrecy is never a ground for refusal").cites(a.cite("8"))
                        .proposing(StandardGrounds.BANK_SECRECY)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("8"), TRUE)
                        .expectRefusalCheck(StandardGrounds.BANK_SECRECY, RefusalCheck.Answer.FORBIDDEN),

                // ---- paragraph 3 ----
                scenario("surrender of a person is extradition, not mutual legal assistance").cites(a.cite("3"))
                        .given(addMeasure(MeasureType.SURRENDER))
                        .expect(NOT_APPLICABLE).expectMeasures(GRANT_WITH_CONDITIONS, GRANT_WITH_CONDITIONS, NOT_APPLICABLE)
                        .expectFinding(a.id("3"), 0, TRUE).expectFinding(a.id("3"), 2, FALSE),
                scenario("interception is 'other assistance', not available where contrary to the requested State's law").cites(a.cite("3", "i"))
                        .given(addMeasure(MeasureType.INTERCEPTION_OF_TELECOMMUNICATIONS))
                        .assessingMeasure(2, StandardAssessments.MEASURE_NOT_AVAILABLE, true)
                        .expectMeasures(GRANT_WITH_CONDITIONS, GRANT_WITH_CONDITIONS, NOT_APPLICABLE)
                        .expectFinding(a.id("3", "i"), 2, FALSE).expectFinding(a.id("3", "i"), 0, Verdict.NOT_APPLICABLE),
                scenario("interception not contrary to the requested State's law may be requested as 'other assistance'").cites(a.cite("3", "i"))
                        .given(addMeasure(MeasureType.INTERCEPTION_OF_TELECOMMUNICATIONS))
                        .assessingMeasure(2, StandardAssessments.MEASURE_NOT_AVAILABLE, false)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("3", "i"), 2, TRUE),

                // ---- paragraphs 10 to 12 ----
                scenario("a detained person who does not consent cannot be transferred").cites(a.cite("10", "a"))
                        .given(onlyMeasure(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, PersonRole.DETAINED_PERSON))
                        .assessing(StandardAssessments.DETAINED_PERSON_CONSENT, false)
                        .assessing(UnAssessments.TRANSFER_AGREED_BY_BOTH_STATES, true)
                        .expect(MUST_REFUSE).expectFinding(a.id("10", "a"), 0, FALSE),
                scenario("a transfer needs the agreement of both States' competent authorities").cites(a.cite("10", "b"))
                        .given(onlyMeasure(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, PersonRole.DETAINED_PERSON))
                        .assessing(StandardAssessments.DETAINED_PERSON_CONSENT, true)
                        .assessing(UnAssessments.TRANSFER_AGREED_BY_BOTH_STATES, false)
                        .expect(MUST_REFUSE).expectFinding(a.id("10", "b"), 0, FALSE),
                scenario("a consented and agreed transfer goes ahead on custody, return and safe-conduct terms").cites(a.cite("11"))
                        .given(onlyMeasure(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, PersonRole.DETAINED_PERSON))
                        .assessing(StandardAssessments.DETAINED_PERSON_CONSENT, true)
                        .assessing(UnAssessments.TRANSFER_AGREED_BY_BOTH_STATES, true)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("10", "a"), 0, TRUE).expectFinding(a.id("10", "b"), 0, TRUE)
                        .expectCondition(a.id("11")).expectCondition(a.id("12")),
                scenario("a transferred person may not be prosecuted in the receiving State for earlier acts unless the sending State agrees")
                        .cites(a.cite("12"))
                        .given(onlyMeasure(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, PersonRole.DETAINED_PERSON))
                        .assessing(StandardAssessments.DETAINED_PERSON_CONSENT, true)
                        .assessing(UnAssessments.TRANSFER_AGREED_BY_BOTH_STATES, true)
                        .expectFinding(a.id("12"), 0, TRUE),

                // ---- paragraph 13 ----
                scenario("a request sent directly between judicial authorities is not sent through a channel the article provides")
                        .cites(a.cite("13")).given(sentVia(TransmissionChannel.DIRECT_JUDICIAL))
                        .expect(DEFICIENT).expectFinding(a.id("13"), FALSE),
                scenario("a State that requires the diplomatic channel need not accept a request sent to its central authority")
                        .cites(a.cite("13")).requestedStateDeclares(a.declaration("13", "DIPLOMATIC_CHANNEL"))
                        .expect(DEFICIENT).expectFinding(a.id("13"), FALSE),
                scenario("a request through diplomatic channels reaches a State that requires them").cites(a.cite("13"))
                        .requestedStateDeclares(a.declaration("13", "DIPLOMATIC_CHANNEL")).given(sentVia(TransmissionChannel.DIPLOMATIC))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("13"), TRUE),
                scenario("in urgent circumstances, where the States agree, INTERPOL is a proper channel").cites(a.cite("13"))
                        .requestedStateDeclares(a.declaration("13", "INTERPOL")).given(sentVia(TransmissionChannel.INTERPOL)).given(urgent())
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("13"), TRUE),
                scenario("INTERPOL is no proper channel for a request that is not urgent").cites(a.cite("13"))
                        .requestedStateDeclares(a.declaration("13", "INTERPOL")).given(sentVia(TransmissionChannel.INTERPOL))
                        .expect(DEFICIENT).expectFinding(a.id("13"), FALSE),

                // ---- paragraph 14 ----
                scenario("an urgent oral request the States agreed to must still be confirmed in writing forthwith").cites(a.cite("14"))
                        .given(madeOrally(null)).given(urgent()).assessing(UnAssessments.ORAL_REQUEST_AGREED, true)
                        .expect(DEFICIENT).expectFinding(a.id("14", "oral"), TRUE).expectFinding(a.id("14", "confirmation"), FALSE),
                scenario("an urgent oral request, agreed by declaration and confirmed in writing, is in proper form").cites(a.cite("14"))
                        .given(madeOrally(LocalDate.of(2026, 2, 21))).given(urgent())
                        .requestedStateDeclares(a.declaration("14", "ORAL_REQUESTS"))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("14", "oral"), TRUE).expectFinding(a.id("14", "confirmation"), TRUE),
                scenario("a request that is not urgent may not be made orally").cites(a.cite("14"))
                        .given(madeOrally(LocalDate.of(2026, 2, 21))).assessing(UnAssessments.ORAL_REQUEST_AGREED, true)
                        .expect(DEFICIENT).expectFinding(a.id("14", "oral"), FALSE),
                scenario("a request in a language the requested State does not accept is deficient").cites(a.cite("14"))
                        .given(b -> b.language(LanguageCode.of("fr"))).assessing(UnAssessments.LANGUAGE_ACCEPTABLE, false)
                        .expect(DEFICIENT).expectFinding(a.id("14", "language"), FALSE),
                scenario("where the accepted languages are not known, a person must say whether the language is acceptable").cites(a.cite("14"))
                        .requestedStateAccepts()
                        .expect(PENDING_ASSESSMENT).expectOpenQuestion(UnAssessments.LANGUAGE_ACCEPTABLE)
                        .expectFinding(a.id("14", "language"), Verdict.UNKNOWN),
                scenario("the requested State may accept a language it has not notified").cites(a.cite("14"))
                        .given(b -> b.language(LanguageCode.of("fr"))).assessing(UnAssessments.LANGUAGE_ACCEPTABLE, true)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("14", "language"), TRUE),
                scenario("a request whose authenticity cannot be established is deficient").cites(a.cite("14"))
                        .assessing(UnAssessments.AUTHENTICITY_ESTABLISHED, false)
                        .expect(DEFICIENT).expectFinding(a.id("14", "authenticity"), FALSE),

                // ---- paragraphs 15 and 16 ----
                scenario("a request that does not identify the authority making it is deficient").cites(a.cite("15", "a"))
                        .given(withoutRequestingAuthority())
                        .expect(DEFICIENT).expectFinding(a.id("15", "a"), FALSE),
                scenario("a request that does not state the subject matter of the proceedings is deficient").cites(a.cite("15", "b"))
                        .given(b -> b.proceedings(Proceedings.unknown()))
                        .expect(DEFICIENT).expectFinding(a.id("15", "b"), FALSE),
                scenario("a request without a summary of the facts is deficient, not refused").cites(a.cite("15", "c"))
                        .given(b -> b.factsSummary(null))
                        .expect(DEFICIENT).expectFinding(a.id("15", "c"), FALSE),
                scenario("a request for service of documents needs no summary of the facts").cites(a.cite("15", "c"))
                        .given(b -> b.factsSummary(null).clearMeasures()
                                .measure(Measure.builder(MeasureType.SERVICE_OF_DOCUMENTS).target(MeasureTarget.person("p1")).build()))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("15", "c"), Verdict.NOT_APPLICABLE),
                scenario("a request that does not describe the assistance sought is deficient").cites(a.cite("15", "d"))
                        .given(b -> b.clearMeasures().measure(Measure.of(MeasureType.TAKING_EVIDENCE)))
                        .expect(DEFICIENT).expectFinding(a.id("15", "d"), FALSE),
                scenario("where possible, the persons concerned must be identified").cites(a.cite("15", "e"))
                        .given(b -> b.person(Person.builder("p9", PersonRole.WITNESS).build()))
                        .assessing(UnAssessments.PERSON_DETAILS_NOT_POSSIBLE, false)
                        .expect(DEFICIENT).expectFinding(a.id("15", "e"), FALSE),
                scenario("a person who cannot yet be identified does not make the request deficient").cites(a.cite("15", "e"))
                        .given(b -> b.person(Person.builder("p9", PersonRole.WITNESS).build()))
                        .assessing(UnAssessments.PERSON_DETAILS_NOT_POSSIBLE, true)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("15", "e"), TRUE),
                scenario("a request that does not state its purpose is deficient").cites(a.cite("15", "f"))
                        .given(b -> b.purpose(null))
                        .expect(DEFICIENT).expectFinding(a.id("15", "f"), FALSE),
                scenario("where the requested State needs more information to execute, it asks for it").cites(a.cite("16"))
                        .assessing(UnAssessments.ADDITIONAL_INFORMATION_NEEDED, true)
                        .expect(DEFICIENT).expectFinding(a.id("16"), FALSE),

                // ---- paragraphs 18 to 20 ----
                scenario("a hearing by video conference may be declined where it is not possible").cites(a.cite("18"))
                        .given(addMeasure(MeasureType.VIDEOCONFERENCE_HEARING))
                        .assessing(UnAssessments.VIDEOCONFERENCE_NOT_POSSIBLE, true)
                        .expect(MAY_REFUSE).expectMeasures(GRANT_WITH_CONDITIONS, GRANT_WITH_CONDITIONS, MAY_REFUSE)
                        .expectFinding(a.id("18"), 2, TRUE),
                scenario("evidence furnished may be used only for the proceedings stated in the request").cites(a.cite("19"))
                        .expect(GRANT_WITH_CONDITIONS).expectCondition(a.id("19")),
                scenario("where the requesting State asks for confidentiality, it attaches to the assistance").cites(a.cite("20"))
                        .given(b -> b.confidentialityRequested(true))
                        .expect(GRANT_WITH_CONDITIONS).expectCondition(a.id("20")),

                // ---- paragraphs 21 to 23 and 26 ----
                scenario("a request not in conformity with the article may be refused, after consultation").cites(a.cite("21", "a"))
                        .assessing(UnAssessments.REQUEST_NOT_IN_CONFORMITY, true)
                        .expect(MAY_REFUSE).expectFinding(a.id("21", "a"), TRUE).expectConsultation(a.id("26")),
                scenario("prejudice to essential interests is a discretionary ground, stated in the reasons for refusal").cites(a.cite("21", "b"))
                        .assessing(StandardAssessments.ESSENTIAL_INTERESTS, true)
                        .expect(MAY_REFUSE).expectFinding(a.id("21", "b"), TRUE).expectConsultation(a.id("26"))
                        .expectReasonCiting(a.cite("21", "b")),
                scenario("reasons are given for any refusal").cites(a.cite("23"))
                        .assessing(StandardAssessments.CONTRARY_TO_MLA_LEGAL_SYSTEM, true)
                        .assessing(StandardAssessments.DOMESTIC_PROHIBITION, true)
                        .expect(MAY_REFUSE).expectReasonCiting(a.cite("21", "c")).expectReasonCiting(a.cite("21", "d")),
                scenario("an action domestic law would prohibit in a similar domestic case may be refused").cites(a.cite("21", "c"))
                        .assessing(StandardAssessments.DOMESTIC_PROHIBITION, true)
                        .expect(MAY_REFUSE).expectFinding(a.id("21", "c"), TRUE).expectConsultation(a.id("26")),
                scenario("a request contrary to the requested State's MLA legal system may be refused").cites(a.cite("21", "d"))
                        .assessing(StandardAssessments.CONTRARY_TO_MLA_LEGAL_SYSTEM, true)
                        .expect(MAY_REFUSE).expectFinding(a.id("21", "d"), TRUE).expectConsultation(a.id("26")),
                scenario("that the offence also involves fiscal matters is no ground on its own").cites(a.cite("22"))
                        .given(alsoOffence(OffenceCategory.TAX_OFFENCE, 6)).proposing(StandardGrounds.FISCAL_OFFENCE)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("22"), TRUE)
                        .expectRefusalCheck(StandardGrounds.FISCAL_OFFENCE, RefusalCheck.Answer.FORBIDDEN),
                scenario("the article lists no political-offence ground").cites(a.cite("21"))
                        .proposing(StandardGrounds.POLITICAL_OFFENCE)
                        .expectRefusalCheck(StandardGrounds.POLITICAL_OFFENCE, RefusalCheck.Answer.NOT_PROVIDED),

                // ---- paragraphs 25 to 29 ----
                scenario("execution that interferes with an ongoing investigation may be postponed, after consultation").cites(a.cite("25"))
                        .assessing(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, true)
                        .expect(POSTPONE).expectFinding(a.id("25"), TRUE).expectConsultation(a.id("26")),
                scenario("nothing to refuse or postpone: no consultation is needed").cites(a.cite("26"))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("26"), FALSE),
                scenario("a witness who comes voluntarily has safe conduct").cites(a.cite("27"))
                        .given(onlyMeasure(MeasureType.FACILITATING_VOLUNTARY_APPEARANCE, PersonRole.WITNESS))
                        .expect(GRANT_WITH_CONDITIONS).expectCondition(a.id("27")),
                scenario("extraordinary expenses call for consultation on terms and costs").cites(a.cite("28"))
                        .assessing(UnAssessments.SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES, true)
                        .expect(GRANT_WITH_CONDITIONS).expectConsultation(a.id("28")),
                scenario("government records that are not public may be withheld at discretion").cites(a.cite("29", "b"))
                        .given(addMeasure(MeasureType.PUBLIC_RECORDS)).assessing(UnAssessments.RECORDS_NOT_PUBLICLY_AVAILABLE, true)
                        .expect(MAY_REFUSE).expectFinding(a.id("29", "b"), 2, TRUE),
                scenario("publicly available government records shall be provided").cites(a.cite("29", "a"))
                        .given(addMeasure(MeasureType.PUBLIC_RECORDS)).assessing(UnAssessments.RECORDS_NOT_PUBLICLY_AVAILABLE, false)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding(a.id("29", "b"), 2, FALSE));
    }
}
