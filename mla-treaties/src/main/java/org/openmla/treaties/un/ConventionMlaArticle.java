package org.openmla.treaties.un;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.chosen;
import static org.openmla.core.rules.Conditions.confidentialityRequested;
import static org.openmla.core.rules.Conditions.hasConductingAuthority;
import static org.openmla.core.rules.Conditions.hasFactsSummary;
import static org.openmla.core.rules.Conditions.hasMeasures;
import static org.openmla.core.rules.Conditions.hasPurpose;
import static org.openmla.core.rules.Conditions.hasRequestingAuthority;
import static org.openmla.core.rules.Conditions.hasSubjectMatter;
import static org.openmla.core.rules.Conditions.inAcceptedLanguage;
import static org.openmla.core.rules.Conditions.madeOrally;
import static org.openmla.core.rules.Conditions.measureDescribed;
import static org.openmla.core.rules.Conditions.measureInFamily;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.named;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.onlyMeasuresOfType;
import static org.openmla.core.rules.Conditions.request;
import static org.openmla.core.rules.Conditions.requestedStateDeclared;
import static org.openmla.core.rules.Conditions.spontaneousInformation;
import static org.openmla.core.rules.Conditions.transmittedVia;
import static org.openmla.core.rules.Conditions.urgent;
import static org.openmla.core.rules.Conditions.useRestricted;
import static org.openmla.core.rules.Conditions.writtenOrConfirmedInWriting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;

/**
 * The rules common to the "mini-treaty" articles of the UN conventions, UNTOC art. 18 and UNCAC art. 46, which match
 * paragraph by paragraph (legal reference section 3: 46(8) and 46(21)-(29) mirror 18; 46(7) has the same layering),
 * built once and parameterised by instrument and article, so neither pack copies the other. What differs — scope
 * (paragraph 1), the purposes of paragraph 3(j)-(k), dual criminality (paragraph 9) — each pack adds itself.
 *
 * <p>Paragraphs 9 to 29 apply only where no treaty of mutual legal assistance binds the two States, or where they agreed
 * to apply them instead (paragraph 7): every rule for those paragraphs carries {@link #residual()} as its
 * {@code appliesWhen}, so a decision shows them as not applicable, with that reason, when a treaty governs. Paragraph 8
 * (bank secrecy) lies outside 9 to 29 and applies always.
 *
 * <p>Information one State transmits without a prior request (paragraphs 4 and 5) is a communication of its own kind
 * ({@link org.openmla.core.model.CommunicationKind#SPONTANEOUS_INFORMATION}): the packs cover it, paragraphs 4 and 5
 * apply to it, and paragraphs 9 to 29, which concern requests, do not.
 */
final class ConventionMlaArticle {

    /** The forms of assistance of paragraph 3(a)-(h), and those the article provides for elsewhere (10, 18). */
    static final Set<MeasureType> PURPOSES_A_TO_H = EnumSet.of(
            MeasureType.TAKING_EVIDENCE, // (a)
            MeasureType.SERVICE_OF_DOCUMENTS, // (b)
            MeasureType.SEARCH_AND_SEIZURE, MeasureType.FREEZING, // (c)
            MeasureType.EXAMINATION_OF_OBJECTS_AND_SITES, // (d)
            MeasureType.PROVISION_OF_INFORMATION, MeasureType.INFORMATION_ALREADY_HELD, MeasureType.DATABASE_INFORMATION, // (e)
            MeasureType.PUBLIC_RECORDS, MeasureType.JUDICIAL_RECORDS, MeasureType.BANK_AND_BUSINESS_RECORDS,
            MeasureType.BANK_ACCOUNT_INFORMATION, MeasureType.BANKING_TRANSACTION_INFORMATION, // (f)
            MeasureType.TRACING_PROCEEDS, // (g)
            MeasureType.FACILITATING_VOLUNTARY_APPEARANCE, // (h)
            MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, // paragraph 10
            MeasureType.VIDEOCONFERENCE_HEARING); // paragraph 18

    /** Measures that concern bank and financial records, for paragraph 8. */
    static final MeasureType[] BANK_MEASURES = {MeasureType.BANK_AND_BUSINESS_RECORDS, MeasureType.BANK_ACCOUNT_INFORMATION,
            MeasureType.BANKING_TRANSACTION_INFORMATION, MeasureType.MONITORING_OF_BANKING_TRANSACTIONS};

    private final String instrument;
    private final String article;
    private final String prefix;
    private final Condition residual;

    /**
     * @param instrument {@code UNTOC} or {@code UNCAC}
     * @param article {@code 18} or {@code 46}
     */
    ConventionMlaArticle(String instrument, String article) {
        this.instrument = instrument;
        this.article = article;
        this.prefix = instrument.toLowerCase(java.util.Locale.ROOT) + "." + article;
        this.residual = named("paragraphs 9 to 29 are in play: the communication is a request (not information sent without one, "
                + "paragraphs 4-5), and no treaty of mutual legal assistance binds the two States, or they agreed to apply these paragraphs "
                + "instead (" + cite("7") + ")", allOf(not(spontaneousInformation()),
                        anyOf(not(assessed(StandardAssessments.MLA_TREATY_BINDS)), assessed(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS))));
    }

    /** @return the citation of a paragraph and points, e.g. {@code cite("21", "b")} is {@code UNTOC art. 18(21)(b)} */
    String cite(String... points) {
        StringBuilder sb = new StringBuilder(instrument).append(" art. ").append(article);
        for (String p : points) {
            sb.append('(').append(p).append(')');
        }
        return sb.toString();
    }

    /** @return a rule id, e.g. {@code id("21", "b")} is {@code untoc.18.21.b} */
    String id(String... parts) {
        return prefix + "." + String.join(".", parts);
    }

    /** @return a declaration id, e.g. {@code UNTOC.18.13.DIPLOMATIC_CHANNEL} */
    String declaration(String paragraph, String name) {
        return instrument + "." + article + "." + paragraph + "." + name;
    }

    /** @return the condition that puts paragraphs 9 to 29 in play (paragraph 7) */
    Condition residual() {
        return residual;
    }

    private Condition residualAnd(Condition c) {
        return allOf(residual, c);
    }

    // ---- paragraph 3 ----

    /**
     * The purposes of paragraph 3: surrender is never assistance; a measure not among the listed purposes is "any other
     * type of assistance", owed only if not contrary to the requested State's law (3(i)).
     *
     * @param listed the measures the article lists (paragraph 3 and, for UNCAC, (j)-(k))
     * @param listedText the listed points in words, e.g. {@code (a)-(h)}
     * @return the rules
     */
    List<Rule> purposes(Set<MeasureType> listed, String listedText) {
        Set<MeasureType> copy = EnumSet.copyOf(listed);
        Condition isListed = Conditions.measure("the measure is a purpose listed in " + cite("3") + listedText, m -> copy.contains(m.type()));
        return List.of(
                Rule.builder(id("3"), cite("3")).scope().perMeasure()
                        .statement("Assistance under the article may be requested for the purposes listed in paragraph 3: taking evidence, service, "
                                + "search, seizure and freezing, examination, information, documents and records, tracing, voluntary appearance and any "
                                + "other assistance not contrary to the requested State's law. Surrender and arrest with a view to extradition are not "
                                + "mutual legal assistance.")
                        .when(not(measureInFamily(MeasureFamily.SURRENDER))).build(),
                Rule.builder(id("3", "i"), cite("3", "i")).scope().perMeasure()
                        .statement("A measure that is not among the purposes listed in paragraph 3" + listedText + " is 'any other type of "
                                + "assistance', which may be requested only if it is not contrary to the domestic law of the requested State. "
                                + "A prohibition that concerns only the offence in question does not take the measure outside the article: "
                                + "it is the ground of paragraph 21(c).")
                        .appliesWhen(allOf(not(isListed), not(measureInFamily(MeasureFamily.SURRENDER))))
                        .when(not(assessed(UnAssessments.OTHER_ASSISTANCE_CONTRARY_TO_LAW))).build());
    }

    // ---- paragraphs 4 and 5 ----

    /**
     * Paragraphs 4 and 5: information transmitted without a prior request, and the confidentiality and restrictions on use
     * the sending State may ask for, which bind the receiving State save for exculpatory information.
     *
     * @return the rules
     */
    List<Rule> spontaneousTransmission() {
        Condition spontaneous = spontaneousInformation();
        Condition restricted = anyOf(confidentialityRequested(), useRestricted());
        String exculpatory = " This does not prevent the receiving State from disclosing in its proceedings information that is "
                + "exculpatory to an accused person (" + cite("5") + ", last sentence).";
        return List.of(
                Rule.builder(id("4"), cite("4")).scope()
                        .statement("Without prejudice to domestic law, the competent authorities of a State Party may, without a prior request, "
                                + "transmit information relating to criminal matters to a competent authority of another State Party where they "
                                + "believe that it could assist in undertaking or successfully concluding inquiries and criminal proceedings, or "
                                + "could result in a request under the Convention. The transmission is without prejudice to inquiries and criminal "
                                + "proceedings in the sending State (paragraph 5).")
                        .appliesWhen(spontaneous).when(assessed(UnAssessments.INFORMATION_ON_CRIMINAL_MATTERS)).build(),
                Rule.builder(id("5", "confidentiality"), cite("5")).condition()
                        .statement("The sending State has asked that the information remain confidential, even temporarily: the receiving "
                                + "authorities shall comply." + exculpatory)
                        .appliesWhen(spontaneous).when(confidentialityRequested()).build(),
                Rule.builder(id("5", "use"), cite("5")).condition()
                        .statement("The sending State has placed restrictions on the use of the information: the receiving authorities shall "
                                + "comply with them." + exculpatory)
                        .appliesWhen(spontaneous).when(useRestricted()).build(),
                Rule.builder(id("5", "exculpatory"), cite("5")).condition()
                        .statement("The receiving State may disclose, in its proceedings, information that is exculpatory to an accused person, "
                                + "although it is confidential or restricted in use: it shall notify the sending State before disclosing it and, "
                                + "if asked, consult it; where notice in advance is not possible in an exceptional case, it shall inform the "
                                + "sending State of the disclosure without delay.")
                        .appliesWhen(allOf(spontaneous, restricted)).when(chosen(UnAssessments.EXCULPATORY_DISCLOSURE)).build());
    }

    // ---- paragraph 8 ----

    /** @return paragraph 8: bank secrecy is no ground, whatever treaty governs */
    Rule bankSecrecy() {
        return Rule.builder(id("8"), cite("8")).notAGround(StandardGrounds.BANK_SECRECY)
                .statement("States Parties shall not decline to render mutual legal assistance under the article on the ground of bank secrecy. "
                        + "Paragraph 8 lies outside paragraphs 9 to 29, so it applies even where a treaty of mutual legal assistance binds the "
                        + "two States (paragraph 7). A court order to lift secrecy may still be needed as a matter of procedure (paragraph 17).")
                .when(measureOfType(BANK_MEASURES)).build();
    }

    // ---- paragraphs 10 to 12 ----

    /** @return paragraphs 10 to 12: transfer of detained persons */
    List<Rule> transferOfDetainedPersons() {
        Condition transfer = residualAnd(measureOfType(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON));
        return List.of(
                Rule.builder(id("10", "a"), cite("10", "a")).precondition().perMeasure()
                        .statement("A person detained or serving a sentence may be transferred to give evidence or other assistance only if the "
                                + "person freely gives his or her informed consent; without it the transfer cannot take place.")
                        .appliesWhen(transfer).when(assessed(StandardAssessments.DETAINED_PERSON_CONSENT)).build(),
                Rule.builder(id("10", "b"), cite("10", "b")).precondition().perMeasure()
                        .statement("The transfer also requires that the competent authorities of both States agree, subject to such conditions as "
                                + "they deem appropriate.")
                        .appliesWhen(transfer).when(assessed(UnAssessments.TRANSFER_AGREED_BY_BOTH_STATES)).build(),
                Rule.builder(id("11"), cite("11")).condition().perMeasure()
                        .statement("The State to which the person is transferred shall keep the person in custody unless the sending State "
                                + "requests or authorises otherwise, shall return the person without delay as agreed, shall not require extradition "
                                + "proceedings for the return, and the person receives credit for the time spent in its custody.")
                        .appliesWhen(transfer).when(always()).build(),
                Rule.builder(id("12"), cite("12")).condition().perMeasure()
                        .statement("Unless the sending State agrees, the transferred person shall not be prosecuted, detained, punished or "
                                + "otherwise restricted in liberty in the receiving State for acts, omissions or convictions before departure.")
                        .appliesWhen(transfer).when(always()).build());
    }

    // ---- paragraph 13 ----

    /** @return paragraph 13: the channel of transmission */
    Rule channels() {
        Condition recorded = request("the channel of transmission is recorded", r -> r.transmission().isPresent());
        return Rule.builder(id("13"), cite("13")).formalRequirement()
                .statement("Requests shall be transmitted to the central authority designated by the requested State, or through diplomatic "
                        + "channels (which a State may require), and, in urgent circumstances where the States agree, through INTERPOL. A request "
                        + "sent otherwise should be sent again through a proper channel.")
                .appliesWhen(residualAnd(recorded))
                .when(anyOf(
                        allOf(transmittedVia(TransmissionChannel.CENTRAL_AUTHORITY), not(requestedStateDeclared(declaration("13", "DIPLOMATIC_CHANNEL")))),
                        transmittedVia(TransmissionChannel.DIPLOMATIC),
                        allOf(transmittedVia(TransmissionChannel.INTERPOL), urgent(), requestedStateDeclared(declaration("13", "INTERPOL")))))
                .build();
    }

    // ---- paragraph 14 ----

    /** @return paragraph 14: form, oral urgent requests and their written confirmation, language, authenticity */
    List<Rule> formAndLanguage() {
        return List.of(
                Rule.builder(id("14", "oral"), cite("14")).formalRequirement()
                        .statement("A request may be made orally only in urgent circumstances and where the States agree; otherwise requests are "
                                + "made in writing or by any means capable of producing a written record.")
                        .appliesWhen(residualAnd(madeOrally()))
                        .when(allOf(urgent(), anyOf(requestedStateDeclared(declaration("14", "ORAL_REQUESTS")),
                                assessed(UnAssessments.ORAL_REQUEST_AGREED)))).build(),
                Rule.builder(id("14", "confirmation"), cite("14")).formalRequirement()
                        .statement("An oral request shall be confirmed in writing forthwith; until it is, the request is incomplete. (The article "
                                + "sets no number of days: 'forthwith'.)")
                        .appliesWhen(residualAnd(madeOrally())).when(writtenOrConfirmedInWriting()).build(),
                Rule.builder(id("14", "language"), cite("14")).formalRequirement()
                        .statement("The request shall be in a language acceptable to the requested State, as notified to the Secretary-General of "
                                + "the United Nations.")
                        .appliesWhen(residual).when(anyOf(inAcceptedLanguage(), assessed(UnAssessments.LANGUAGE_ACCEPTABLE))).build(),
                Rule.builder(id("14", "authenticity"), cite("14")).formalRequirement()
                        .statement("The request shall be made under conditions allowing the requested State to establish its authenticity.")
                        .appliesWhen(residual).when(assessed(UnAssessments.AUTHENTICITY_ESTABLISHED)).build());
    }

    // ---- paragraphs 15 and 16 ----

    /** @return paragraph 15(a)-(f): the contents of a request; a missing element makes it deficient (more information, paragraph 16) */
    List<Rule> contents() {
        String more = " Where it is missing, the requested State asks for it (paragraph 16) rather than refusing.";
        return List.of(
                Rule.builder(id("15", "a"), cite("15", "a")).formalRequirement()
                        .statement("The request shall contain the identity of the authority making it." + more)
                        .appliesWhen(residual).when(hasRequestingAuthority()).build(),
                Rule.builder(id("15", "b"), cite("15", "b")).formalRequirement()
                        .statement("The request shall contain the subject matter and nature of the investigation, prosecution or judicial "
                                + "proceeding, and the name and functions of the authority conducting it." + more)
                        .appliesWhen(residual).when(allOf(hasSubjectMatter(), hasConductingAuthority())).build(),
                Rule.builder(id("15", "c"), cite("15", "c")).formalRequirement()
                        .statement("The request shall contain a summary of the relevant facts, except where it is for the service of judicial "
                                + "documents." + more)
                        .appliesWhen(residualAnd(not(onlyMeasuresOfType(MeasureType.SERVICE_OF_DOCUMENTS)))).when(hasFactsSummary()).build(),
                Rule.builder(id("15", "d"), cite("15", "d")).formalRequirement()
                        .statement("The request shall contain a description of the assistance sought and details of any particular procedure the "
                                + "requesting State wishes to be followed." + more)
                        .appliesWhen(residual).when(allOf(hasMeasures(), measureDescribed())).build(),
                Rule.builder(id("15", "e"), cite("15", "e")).formalRequirement()
                        .statement("Where possible, the request shall contain the identity, location and nationality of any person concerned." + more)
                        .appliesWhen(residual)
                        .when(anyOf(Conditions.everyPersonIdentified(), assessed(UnAssessments.PERSON_DETAILS_NOT_POSSIBLE))).build(),
                Rule.builder(id("15", "f"), cite("15", "f")).formalRequirement()
                        .statement("The request shall state the purpose for which the evidence, information or action is sought." + more)
                        .appliesWhen(residual).when(hasPurpose()).build());
    }

    /** @return paragraph 16: more information the requested State needs */
    Rule additionalInformation() {
        return Rule.builder(id("16"), cite("16")).formalRequirement()
                .statement("The requested State may request additional information when it appears necessary for the execution of the request "
                        + "under its domestic law or when it can facilitate execution: until it is given, the request is deficient, not refused.")
                .appliesWhen(residual).when(not(assessed(UnAssessments.ADDITIONAL_INFORMATION_NEEDED))).build();
    }

    // ---- paragraphs 18 to 20 ----

    /** @return paragraph 18: hearing by video conference, which the requested State may permit */
    Rule videoConference() {
        return Rule.builder(id("18"), cite("18")).discretionaryRefusal(UnGrounds.VIDEOCONFERENCE_NOT_POSSIBLE).perMeasure()
                .statement("Wherever possible and consistent with fundamental principles of its domestic law, the requested State may permit a "
                        + "witness or expert on its territory to be heard by video conference where appearance in person in the requesting State "
                        + "is not possible or desirable; it may decline where that is not possible or not consistent with those principles.")
                .appliesWhen(residualAnd(measureOfType(MeasureType.VIDEOCONFERENCE_HEARING)))
                .when(assessed(UnAssessments.VIDEOCONFERENCE_NOT_POSSIBLE)).build();
    }

    /** @return paragraph 19: use limitation */
    Rule useLimitation() {
        return Rule.builder(id("19"), cite("19")).condition()
                .statement("The requesting State shall not transmit or use the information or evidence furnished for investigations, "
                        + "prosecutions or proceedings other than those stated in the request without the requested State's prior consent. It may "
                        + "disclose exculpatory information in its proceedings, after notifying the requested State (and consulting if asked), or "
                        + "without delay afterwards where advance notice is impossible.")
                .appliesWhen(residual).when(always()).build();
    }

    /** @return paragraph 20: confidentiality, where the requesting State asks for it */
    Rule confidentiality() {
        return Rule.builder(id("20"), cite("20")).condition()
                .statement("The requesting State has required that the requested State keep the fact and substance of the request confidential, "
                        + "except as necessary to execute it; if the requested State cannot comply, it shall promptly inform the requesting State.")
                .appliesWhen(residual).when(confidentialityRequested()).build();
    }

    // ---- paragraphs 21 to 29 ----

    /** @return paragraph 21(a)-(d): the discretionary grounds for refusal */
    List<Rule> refusalGrounds() {
        return List.of(
                Rule.builder(id("21", "a"), cite("21", "a")).discretionaryRefusal(StandardGrounds.NON_CONFORMITY)
                        .statement("Assistance may be refused if the request is not made in conformity with the article. Before refusing, the "
                                + "requested State consults the requesting State (paragraph 26); it may also ask for additional information "
                                + "(paragraph 16), which the article allows but does not require.")
                        .appliesWhen(residual).when(assessed(UnAssessments.REQUEST_NOT_IN_CONFORMITY)).build(),
                Rule.builder(id("21", "b"), cite("21", "b")).discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                        .statement("Assistance may be refused if the requested State considers that execution is likely to prejudice its "
                                + "sovereignty, security, ordre public or other essential interests.")
                        .appliesWhen(residual).when(assessed(StandardAssessments.ESSENTIAL_INTERESTS)).build(),
                Rule.builder(id("21", "c"), cite("21", "c")).discretionaryRefusal(StandardGrounds.DOMESTIC_PROHIBITION).perMeasure()
                        .statement("Assistance may be refused if the requested State's authorities would be prohibited by its domestic law from "
                                + "carrying out the action requested with regard to a similar offence under their own jurisdiction. This is an "
                                + "offence-specific bar, and a ground the requested State may invoke; an action its law does not allow at all "
                                + "is outside the article (paragraph 3(i)).")
                        .appliesWhen(residual).when(assessed(StandardAssessments.DOMESTIC_PROHIBITION)).build(),
                Rule.builder(id("21", "d"), cite("21", "d")).discretionaryRefusal(StandardGrounds.CONTRARY_TO_MLA_LEGAL_SYSTEM)
                        .statement("Assistance may be refused if granting the request would be contrary to the requested State's legal system "
                                + "relating to mutual legal assistance.")
                        .appliesWhen(residual).when(assessed(StandardAssessments.CONTRARY_TO_MLA_LEGAL_SYSTEM)).build());
    }

    /** @return paragraph 22: fiscal matters are no ground on their own */
    Rule fiscalMatters() {
        Condition fiscal = anyOf(Conditions.anyOffence("an offence is indicated as a tax, customs or exchange offence",
                o -> o.category().isPresent() && o.category().get().isFiscal()), assessed(StandardAssessments.FISCAL_OFFENCE));
        return Rule.builder(id("22"), cite("22")).notAGround(StandardGrounds.FISCAL_OFFENCE)
                .statement("States Parties may not refuse a request on the sole ground that the offence is also considered to involve fiscal "
                        + "matters.")
                .when(allOf(residual, fiscal)).build();
    }

    /** @return paragraph 25: postponement */
    Rule postponement() {
        return Rule.builder(id("25"), cite("25")).postponement()
                .statement("The requested State may postpone assistance on the ground that it interferes with an ongoing investigation, "
                        + "prosecution or judicial proceeding — after consulting the requesting State (paragraph 26).")
                .appliesWhen(residual).when(assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)).build();
    }

    /** @return paragraph 26: consultation before refusing under 21 or postponing under 25 */
    Rule consultation() {
        return Rule.builder(id("26"), cite("26")).consultation()
                .statement("Before refusing under paragraph 21 or postponing under paragraph 25, the requested State shall consult the requesting "
                        + "State to consider whether assistance may be granted subject to terms and conditions; if the requesting State accepts "
                        + "them, it shall comply with them.")
                .appliesWhen(residual)
                .when(allOf(anyOf(assessed(UnAssessments.REQUEST_NOT_IN_CONFORMITY), assessed(StandardAssessments.ESSENTIAL_INTERESTS),
                        assessed(StandardAssessments.DOMESTIC_PROHIBITION), assessed(StandardAssessments.CONTRARY_TO_MLA_LEGAL_SYSTEM),
                        assessed(StandardAssessments.INTERFERES_WITH_PROCEEDINGS)), not(chosen(StandardAssessments.CONSULTATION_HELD))))
                .build();
    }

    /** @return paragraph 26, its result: terms and conditions the requesting State accepted bind it */
    Rule consultationTerms() {
        return Rule.builder(id("26", "terms"), cite("26")).condition()
                .statement("The consultation ended with the requesting State accepting assistance subject to terms and conditions: it "
                        + "shall comply with them.")
                .appliesWhen(residual).when(chosen(StandardAssessments.CONSULTATION_CONDITIONS_ACCEPTED)).build();
    }

    /** @return paragraph 27: safe conduct of a witness, expert or other person who appears voluntarily */
    Rule safeConduct() {
        return Rule.builder(id("27"), cite("27")).condition().perMeasure()
                .statement("A witness, expert or other person who consents to give evidence or assist in the requesting State shall not be "
                        + "prosecuted, detained, punished or restricted in liberty there for acts, omissions or convictions before leaving the "
                        + "requested State. Safe conduct ends when the person, having had for fifteen consecutive days (or an agreed period) after "
                        + "being officially told that presence is no longer required an opportunity to leave, stays voluntarily or returns.")
                .appliesWhen(residualAnd(measureOfType(MeasureType.FACILITATING_VOLUNTARY_APPEARANCE))).when(always()).build();
    }

    /** @return paragraph 28: costs, and consultation where they are substantial or extraordinary */
    Rule costs() {
        return Rule.builder(id("28"), cite("28")).consultation()
                .statement("The requested State bears the ordinary costs of execution unless otherwise agreed. Where expenses of a substantial or "
                        + "extraordinary nature are or will be required, the States shall consult to determine the terms and conditions of "
                        + "execution and how the costs are borne.")
                .appliesWhen(residual).when(assessed(UnAssessments.SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES)).build();
    }

    /** @return paragraph 29(a): government records available to the public shall be provided */
    Rule publicRecordsOwed() {
        return Rule.builder(id("29", "a"), cite("29", "a")).notAGround(UnGrounds.NON_PUBLIC_GOVERNMENT_RECORDS).perMeasure()
                .statement("The requested State shall provide copies of government records, documents or information in its possession that "
                        + "are available to the general public under its domestic law: for such records the discretion of paragraph 29(b) "
                        + "does not arise, and it is no ground for refusal.")
                .when(residualAnd(allOf(measureOfType(MeasureType.PUBLIC_RECORDS), not(assessed(UnAssessments.RECORDS_NOT_PUBLICLY_AVAILABLE)))))
                .build();
    }

    /** @return paragraph 29(b): government records not available to the public may be provided */
    Rule publicRecords() {
        return Rule.builder(id("29", "b"), cite("29", "b")).discretionaryRefusal(UnGrounds.NON_PUBLIC_GOVERNMENT_RECORDS).perMeasure()
                .statement("Government records, documents or information in the requested State's possession that are not available to the "
                        + "general public under its domestic law it may provide at its discretion, in whole, in part or on conditions it deems "
                        + "appropriate; it may also decline (publicly available ones it shall provide: paragraph 29(a)).")
                .appliesWhen(residualAnd(measureOfType(MeasureType.PUBLIC_RECORDS)))
                .when(assessed(UnAssessments.RECORDS_NOT_PUBLICLY_AVAILABLE)).build();
    }

    /**
     * Assembles the common rules in paragraph order around the pack's own: scope (1), purposes (3) and dual criminality
     * (9) are given by the pack.
     *
     * @param scope the pack's scope rules (paragraph 1, with art. 3)
     * @param purposes the pack's purpose rules (paragraph 3)
     * @param dualCriminality the pack's dual criminality rules (paragraph 9, and related articles)
     * @return every rule, in paragraph order
     */
    List<Rule> rules(List<Rule> scope, List<Rule> purposes, List<Rule> dualCriminality) {
        List<Rule> all = new ArrayList<>(scope);
        all.addAll(spontaneousTransmission());
        all.addAll(purposes);
        all.add(bankSecrecy());
        all.addAll(dualCriminality);
        all.addAll(transferOfDetainedPersons());
        all.add(channels());
        all.addAll(formAndLanguage());
        all.addAll(contents());
        all.add(additionalInformation());
        all.add(videoConference());
        all.add(useLimitation());
        all.add(confidentiality());
        all.addAll(refusalGrounds());
        all.add(fiscalMatters());
        all.add(postponement());
        all.add(consultation());
        all.add(consultationTerms());
        all.add(safeConduct());
        all.add(costs());
        all.add(publicRecordsOwed());
        all.add(publicRecords());
        return List.copyOf(all);
    }
}
