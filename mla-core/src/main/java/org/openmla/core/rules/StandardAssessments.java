package org.openmla.core.rules;

import java.util.List;

/**
 * Assessments that many instruments depend on. Each is asked from the point of view of the requested (executing)
 * State; a {@code true} answer means the situation described exists.
 */
public final class StandardAssessments {
    private StandardAssessments() {}

    public static final AssessmentKey POLITICAL_OFFENCE = AssessmentKey.of("POLITICAL_OFFENCE",
            "Does the requested State regard the offence as a political offence or an offence connected with a political offence?");
    public static final AssessmentKey FISCAL_OFFENCE = AssessmentKey.of("FISCAL_OFFENCE",
            "Does the requested State regard the offence as a fiscal offence (taxes, duties, customs, exchange)?");
    public static final AssessmentKey ESSENTIAL_INTERESTS = AssessmentKey.of("ESSENTIAL_INTERESTS",
            "Is execution likely to prejudice the sovereignty, security, ordre public or other essential interests of the requested State?");
    public static final AssessmentKey DUAL_CRIMINALITY = AssessmentKey.of("DUAL_CRIMINALITY",
            "Would the conduct underlying the offence also be an offence under the law of the requested State?");
    public static final AssessmentKey NE_BIS_IN_IDEM = AssessmentKey.of("NE_BIS_IN_IDEM",
            "Would execution be contrary to the principle of ne bis in idem (the person already finally judged for the same acts)?");
    public static final AssessmentKey DISCRIMINATORY_PURPOSE = AssessmentKey.of("DISCRIMINATORY_PURPOSE",
            "Are there substantial grounds to believe the request is made to prosecute or punish a person on account of sex, race, religion, "
                    + "nationality, ethnic origin or political opinions, or that the person's position may be prejudiced for any of these reasons?");
    public static final AssessmentKey IMMUNITY_OR_PRIVILEGE = AssessmentKey.of("IMMUNITY_OR_PRIVILEGE",
            "Does an immunity or privilege under the law of the requested State make execution impossible?");
    public static final AssessmentKey INTERFERES_WITH_PROCEEDINGS = AssessmentKey.of("INTERFERES_WITH_PROCEEDINGS",
            "Would execution interfere with an ongoing investigation, prosecution or judicial proceeding in the requested State?");
    public static final AssessmentKey MEASURE_NOT_AVAILABLE = AssessmentKey.of("MEASURE_NOT_AVAILABLE",
            "Is the measure unavailable under the law of the requested State, or unavailable in a similar domestic case?");
    public static final AssessmentKey DOMESTIC_PROHIBITION = AssessmentKey.of("DOMESTIC_PROHIBITION",
            "Would the authorities of the requested State be prohibited by its law from carrying out the action for a similar offence under their own jurisdiction?");
    public static final AssessmentKey CONTRARY_TO_MLA_LEGAL_SYSTEM = AssessmentKey.of("CONTRARY_TO_MLA_LEGAL_SYSTEM",
            "Would granting the request be contrary to the legal system of the requested State relating to mutual legal assistance?");
    public static final AssessmentKey DETAINED_PERSON_CONSENT = AssessmentKey.of("DETAINED_PERSON_CONSENT",
            "Has the detained person freely given informed consent to the transfer or hearing?");
    public static final AssessmentKey MLA_TREATY_BINDS = AssessmentKey.of("MLA_TREATY_BINDS",
            "Are the requesting and requested States bound by another treaty on mutual legal assistance that governs this request?");
    public static final AssessmentKey AGREED_TO_APPLY_CONVENTION_PROVISIONS = AssessmentKey.of("AGREED_TO_APPLY_CONVENTION_PROVISIONS",
            "Have the two States agreed to apply the convention's mutual legal assistance provisions instead of their treaty?");
    public static final AssessmentKey DEATH_PENALTY_ASSURANCE_REFUSED = AssessmentKey.of("DEATH_PENALTY_ASSURANCE_REFUSED",
            "Where the death penalty may be imposed, has the requesting State failed to give sufficient assurance that it will not be imposed or carried out?");

    // ---- facts an officer knows about the case (answered from the file, not judged) ----

    /** A consultation the instrument requires before refusing or postponing has taken place (e.g. UNTOC 18(26), EIO 11(4)). */
    public static final AssessmentKey CONSULTATION_HELD = AssessmentKey.of("CONSULTATION_HELD",
            "Has the requested (executing) State already consulted the requesting (issuing) State on the refusal or postponement it "
                    + "considers, as the instrument requires?");
    /** The consultation's result: assistance on terms and conditions the requesting State accepted (e.g. UNTOC 18(26)). */
    public static final AssessmentKey CONSULTATION_CONDITIONS_ACCEPTED = AssessmentKey.of("CONSULTATION_CONDITIONS_ACCEPTED",
            "Did the consultation end with the requesting State accepting that assistance be granted on terms and conditions?");
    /** A waiver of the immunity or privilege has been requested (e.g. EIO 11(5)). */
    public static final AssessmentKey IMMUNITY_WAIVER_REQUESTED = AssessmentKey.of("IMMUNITY_WAIVER_REQUESTED",
            "Has the authority with the power to waive the immunity or privilege been asked to waive it?");
    /** The requested waiver was refused, so the immunity or privilege still stands. */
    public static final AssessmentKey IMMUNITY_WAIVER_REFUSED = AssessmentKey.of("IMMUNITY_WAIVER_REFUSED",
            "Was the requested waiver of the immunity or privilege refused?");
    /** An assurance (e.g. that the death penalty will not be imposed or carried out) was given and accepted as a condition. */
    public static final AssessmentKey ASSURANCE_ACCEPTED = AssessmentKey.of("ASSURANCE_ACCEPTED",
            "Has the requesting State given an assurance, such as that the death penalty will not be imposed or carried out, and has the "
                    + "requested State accepted it as a condition of the assistance?");
    /**
     * Whether executing this measure involves coercion: for a measure whose type the catalogue does not settle (a voluntary
     * interview and a compelled hearing are both {@code TAKING_EVIDENCE}). Absent, the type's default applies
     * ({@code MeasureType.isCoercive()}); read by {@code Conditions.coerciveMeasure()}.
     */
    public static final AssessmentKey MEASURE_COERCIVE = AssessmentKey.of("MEASURE_COERCIVE",
            "Does executing this measure involve coercion (compelling a person, or searching or seizing without consent)?");
    /**
     * Whether the issuing authority itself indicated the offence's list category in the form (EIO Annex A / Annex D, the
     * e-Evidence certificate / Annex IV, the EAW). Absent, the request's offence category is taken as the issuer's
     * indication; false says the category is the requested side's own classification, so no list exception applies.
     */
    public static final AssessmentKey LIST_CATEGORY_INDICATED = AssessmentKey.of("LIST_CATEGORY_INDICATED",
            "Did the issuing authority itself indicate (tick) the offence's category of the EU list in the form?");

    /**
     * The keys that record facts an officer knows from the case file, rather than judgements: consultation held and its
     * result, a waiver of immunity requested and refused, an assurance accepted, whether a measure is coercive, whether
     * the issuer indicated the list category. Hosts and the command line ({@code --fact}) may treat them apart.
     *
     * @return the fact keys, in declaration order
     */
    public static List<AssessmentKey> facts() {
        return List.of(CONSULTATION_HELD, CONSULTATION_CONDITIONS_ACCEPTED, IMMUNITY_WAIVER_REQUESTED, IMMUNITY_WAIVER_REFUSED,
                ASSURANCE_ACCEPTED, MEASURE_COERCIVE, LIST_CATEGORY_INDICATED);
    }

    /** @return every standard key, in declaration order */
    public static List<AssessmentKey> all() {
        return List.of(POLITICAL_OFFENCE, FISCAL_OFFENCE, ESSENTIAL_INTERESTS, DUAL_CRIMINALITY, NE_BIS_IN_IDEM,
                DISCRIMINATORY_PURPOSE, IMMUNITY_OR_PRIVILEGE, INTERFERES_WITH_PROCEEDINGS, MEASURE_NOT_AVAILABLE,
                DOMESTIC_PROHIBITION, CONTRARY_TO_MLA_LEGAL_SYSTEM, DETAINED_PERSON_CONSENT, MLA_TREATY_BINDS,
                AGREED_TO_APPLY_CONVENTION_PROVISIONS, DEATH_PENALTY_ASSURANCE_REFUSED, CONSULTATION_HELD, CONSULTATION_CONDITIONS_ACCEPTED,
                IMMUNITY_WAIVER_REQUESTED, IMMUNITY_WAIVER_REFUSED, ASSURANCE_ACCEPTED, MEASURE_COERCIVE, LIST_CATEGORY_INDICATED);
    }
}
