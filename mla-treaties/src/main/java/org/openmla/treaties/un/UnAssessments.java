package org.openmla.treaties.un;

import java.util.List;
import org.openmla.core.rules.AssessmentKey;

/**
 * The assessments the UN packs ask for beyond {@link org.openmla.core.rules.StandardAssessments}: facts that need a
 * person's judgement, asked from the requested State's point of view. Keys shared by UNTOC and UNCAC are answered once
 * for both. A {@code true} answer means the situation the question describes exists.
 */
public final class UnAssessments {
    private UnAssessments() {}

    // ---- scope ----

    /** UNTOC art. 3(1), 3(2), 2(a) and 18(1): transnational offence involving an organized criminal group. */
    public static final AssessmentKey TRANSNATIONAL_ORGANISED_CRIME = AssessmentKey.of("TRANSNATIONAL_ORGANISED_CRIME",
            "Is the offence transnational in nature (committed in more than one State; or in one State with substantial preparation, planning, "
                    + "direction or control, or substantial effects, in another; or involving an organized criminal group active in more than one "
                    + "State: UNTOC art. 3(2)) and does it involve an organized criminal group (a structured group of three or more persons acting "
                    + "in concert to obtain a financial or other material benefit: art. 2(a)) — or does the requesting State have reasonable grounds "
                    + "to suspect so, including that victims, witnesses, proceeds, instrumentalities or evidence are in the requested State "
                    + "(art. 18(1))?");
    /** UNTOC art. 3(1)(a): an offence under arts. 5, 6, 8 or 23. */
    public static final AssessmentKey UNTOC_CONVENTION_OFFENCE = AssessmentKey.of("UNTOC_CONVENTION_OFFENCE",
            "Is the offence one established in accordance with UNTOC art. 5 (participation in an organized criminal group), 6 (laundering of "
                    + "proceeds of crime), 8 (corruption of public officials) or 23 (obstruction of justice)?");
    /** UNCAC art. 3(1) and 46(1): an offence established in accordance with UNCAC. */
    public static final AssessmentKey UNCAC_CONVENTION_OFFENCE = AssessmentKey.of("UNCAC_CONVENTION_OFFENCE",
            "Is the offence one established in accordance with UNCAC (chapter III: e.g. bribery, embezzlement, trading in influence, abuse of "
                    + "functions, illicit enrichment, laundering, concealment, obstruction of justice), or do the proceedings concern the freezing, "
                    + "seizure, confiscation or return of the proceeds of such an offence (art. 3(1))?");

    // ---- form and contents ----

    /** Art. 18(14) / 46(14): authenticity. */
    public static final AssessmentKey AUTHENTICITY_ESTABLISHED = AssessmentKey.of("AUTHENTICITY_ESTABLISHED",
            "Was the request made under conditions that allow the requested State to establish its authenticity?");
    /** Art. 18(14) / 46(14): language, where the notified languages do not settle it. */
    public static final AssessmentKey LANGUAGE_ACCEPTABLE = AssessmentKey.of("LANGUAGE_ACCEPTABLE",
            "Is the request in a language acceptable to the requested State (where its notified languages are not known, or it accepts this "
                    + "language in the case at hand)?");
    /** Art. 18(14) / 46(14): agreement to an oral request. */
    public static final AssessmentKey ORAL_REQUEST_AGREED = AssessmentKey.of("ORAL_REQUEST_AGREED",
            "Have the two States agreed that this request may be made orally in urgent circumstances?");
    /** Art. 18(15)(e) / 46(15)(e): "where possible". */
    public static final AssessmentKey PERSON_DETAILS_NOT_POSSIBLE = AssessmentKey.of("PERSON_DETAILS_NOT_POSSIBLE",
            "Is it not possible for the requesting State to give the identity, location and nationality of the persons concerned?");
    /** Art. 18(16) / 46(16): additional information. */
    public static final AssessmentKey ADDITIONAL_INFORMATION_NEEDED = AssessmentKey.of("ADDITIONAL_INFORMATION_NEEDED",
            "Does the requested State need additional information to execute the request under its domestic law, or would it facilitate execution?");

    // ---- grounds and preconditions ----

    /**
     * Art. 18(3)(i) / 46(3)(i): assistance of a kind the paragraph does not list, owed only if not contrary to the requested
     * State's law. A bar that concerns the offence in question is paragraph 21(c) ({@code DOMESTIC_PROHIBITION}), not this.
     */
    public static final AssessmentKey OTHER_ASSISTANCE_CONTRARY_TO_LAW = AssessmentKey.of("OTHER_ASSISTANCE_CONTRARY_TO_LAW",
            "Is this kind of assistance, which paragraph 3 does not list, contrary to the requested State's domestic law as such, whatever the "
                    + "offence (its law does not allow such an action at all)?");

    /** Art. 18(21)(a) / 46(21)(a): non-conformity; consultation (paragraph 26) comes before a refusal. */
    public static final AssessmentKey REQUEST_NOT_IN_CONFORMITY = AssessmentKey.of("REQUEST_NOT_IN_CONFORMITY",
            "Does the requested State consider that the request is not made in conformity with the article?");
    /** Art. 18(10)(b) / 46(10)(b): agreement of both competent authorities. */
    public static final AssessmentKey TRANSFER_AGREED_BY_BOTH_STATES = AssessmentKey.of("TRANSFER_AGREED_BY_BOTH_STATES",
            "Have the competent authorities of both States agreed to the transfer of the detained person, on the conditions they deem appropriate?");
    /** Art. 18(18) / 46(18): video conference. */
    public static final AssessmentKey VIDEOCONFERENCE_NOT_POSSIBLE = AssessmentKey.of("VIDEOCONFERENCE_NOT_POSSIBLE",
            "Is a hearing by video conference not possible, or not consistent with the fundamental principles of the requested State's domestic law?");
    /** Art. 18(29) / 46(29): non-public government records. */
    public static final AssessmentKey RECORDS_NOT_PUBLICLY_AVAILABLE = AssessmentKey.of("RECORDS_NOT_PUBLICLY_AVAILABLE",
            "Are the government records, documents or information sought not available to the general public under the requested State's law?");
    /** Art. 18(28) / 46(28): costs. */
    public static final AssessmentKey SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES = AssessmentKey.of("SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES",
            "Are or will expenses of a substantial or extraordinary nature be required to fulfil the request?");

    // ---- UNCAC art. 46(9)(b) ----

    /** UNCAC art. 46(9)(b): de minimis. */
    public static final AssessmentKey DE_MINIMIS_MATTER = AssessmentKey.of("DE_MINIMIS_MATTER",
            "Does the request involve matters of a de minimis nature?");
    /** UNCAC art. 46(9)(b): available under other provisions. */
    public static final AssessmentKey AVAILABLE_UNDER_OTHER_PROVISIONS = AssessmentKey.of("AVAILABLE_UNDER_OTHER_PROVISIONS",
            "Is the cooperation or assistance sought available under other provisions of UNCAC?");
    /** UNCAC art. 46(9)(b): basic concepts of the legal system. */
    public static final AssessmentKey INCONSISTENT_WITH_BASIC_CONCEPTS = AssessmentKey.of("INCONSISTENT_WITH_BASIC_CONCEPTS",
            "Would rendering this assistance, which involves no coercive action, be inconsistent with the basic concepts of the requested "
                    + "State's legal system?");

    // ---- UN Model Treaty ----

    /** UN Model Treaty art. 1(1). */
    public static final AssessmentKey OFFENCE_WITHIN_REQUESTING_JURISDICTION = AssessmentKey.of("OFFENCE_WITHIN_REQUESTING_JURISDICTION",
            "Does the punishment of the offence, at the time of the request, fall within the jurisdiction of the judicial authorities of the "
                    + "requesting State?");
    /** UN Model Treaty art. 4(1)(d), first limb. */
    public static final AssessmentKey OFFENCE_PROCEEDINGS_IN_REQUESTED_STATE = AssessmentKey.of("OFFENCE_PROCEEDINGS_IN_REQUESTED_STATE",
            "Is the offence the subject of an investigation or prosecution in the requested State?");
    /** UN Model Treaty art. 4(1)(f), where the offence category does not settle it. */
    public static final AssessmentKey MILITARY_OFFENCE = AssessmentKey.of("MILITARY_OFFENCE",
            "Is the offence an offence under military law that is not also an offence under ordinary criminal law?");


    // ---- spontaneous information ----

    /** Art. 18(4) / 46(4): what spontaneously transmitted information must be. */
    public static final AssessmentKey INFORMATION_ON_CRIMINAL_MATTERS = AssessmentKey.of("INFORMATION_ON_CRIMINAL_MATTERS",
            "Does the information transmitted without a prior request relate to criminal matters, such that it could assist the receiving "
                    + "authorities in undertaking or concluding inquiries and criminal proceedings, or lead to a request under the Convention?");
    /** Art. 18(5) / 46(5): the receiving State's own choice, so "no" unless the host says otherwise. */
    public static final AssessmentKey EXCULPATORY_DISCLOSURE = AssessmentKey.of("EXCULPATORY_DISCLOSURE",
            "Does the receiving State intend to disclose, in its proceedings, information received without a prior request that is "
                    + "exculpatory to an accused person, although the sending State asked for confidentiality or restricted its use?");

    /** @return every key, in declaration order */
    public static List<AssessmentKey> all() {
        return List.of(TRANSNATIONAL_ORGANISED_CRIME, UNTOC_CONVENTION_OFFENCE, UNCAC_CONVENTION_OFFENCE, AUTHENTICITY_ESTABLISHED,
                LANGUAGE_ACCEPTABLE, ORAL_REQUEST_AGREED, PERSON_DETAILS_NOT_POSSIBLE, ADDITIONAL_INFORMATION_NEEDED, OTHER_ASSISTANCE_CONTRARY_TO_LAW,
                REQUEST_NOT_IN_CONFORMITY,
                TRANSFER_AGREED_BY_BOTH_STATES, VIDEOCONFERENCE_NOT_POSSIBLE, RECORDS_NOT_PUBLICLY_AVAILABLE, SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES,
                DE_MINIMIS_MATTER, AVAILABLE_UNDER_OTHER_PROVISIONS, INCONSISTENT_WITH_BASIC_CONCEPTS, OFFENCE_WITHIN_REQUESTING_JURISDICTION,
                OFFENCE_PROCEEDINGS_IN_REQUESTED_STATE, MILITARY_OFFENCE, INFORMATION_ON_CRIMINAL_MATTERS, EXCULPATORY_DISCLOSURE);
    }
}
