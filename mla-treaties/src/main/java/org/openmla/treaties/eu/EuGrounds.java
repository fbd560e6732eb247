package org.openmla.treaties.eu;

import java.util.List;
import org.openmla.core.rules.RefusalGround;

/**
 * Grounds for refusal (non-recognition, non-execution, refusal to surrender) that the EU packs name besides the
 * {@link org.openmla.core.rules.StandardGrounds standard ones}. Hosts use the ids to propose a refusal on a ground;
 * the engine answers whether the instrument provides it. Constants only; immutable.
 */
public final class EuGrounds {
    private EuGrounds() {}

    public static final RefusalGround NATIONAL_SECURITY = RefusalGround.of("NATIONAL_SECURITY",
            "Execution would harm essential national security interests, jeopardise the source of information or involve the use of "
                    + "classified information relating to specific intelligence activities.");
    public static final RefusalGround TERRITORIALITY = RefusalGround.of("TERRITORIALITY",
            "The offence was committed, wholly or partly, on the territory of the executing State, or outside the issuing State in "
                    + "circumstances the instrument lists.");
    public static final RefusalGround FUNDAMENTAL_RIGHTS = RefusalGround.of("FUNDAMENTAL_RIGHTS",
            "Execution would be incompatible with the executing State's obligations under Article 6 TEU and the Charter of Fundamental Rights.");
    public static final RefusalGround MEASURE_RESTRICTED_BY_OFFENCE = RefusalGround.of("MEASURE_RESTRICTED_BY_OFFENCE",
            "The executing State's law restricts the measure to a list or category of offences, or to a penalty threshold, that "
                    + "does not include the offence.");
    public static final RefusalGround NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE = RefusalGround.of("NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE",
            "The measure would not be authorised in a similar domestic case.");
    public static final RefusalGround NO_CONSENT = RefusalGround.of("NO_CONSENT",
            "The person whose consent the measure requires does not consent.");
    public static final RefusalGround PROLONGED_DETENTION = RefusalGround.of("PROLONGED_DETENTION",
            "The transfer is liable to prolong the detention of the person in custody.");
    public static final RefusalGround CONTRARY_TO_FUNDAMENTAL_PRINCIPLES = RefusalGround.of("CONTRARY_TO_FUNDAMENTAL_PRINCIPLES",
            "Execution would be contrary to the fundamental principles of the law of the executing State.");
    public static final RefusalGround NO_AGREEMENT_ON_ARRANGEMENTS = RefusalGround.of("NO_AGREEMENT_ON_ARRANGEMENTS",
            "No agreement could be reached on the arrangements for the measure.");
    public static final RefusalGround AMNESTY = RefusalGround.of("AMNESTY",
            "The offence is covered by an amnesty in the executing State, which had jurisdiction to prosecute it.");
    public static final RefusalGround AGE_OF_CRIMINAL_RESPONSIBILITY = RefusalGround.of("AGE_OF_CRIMINAL_RESPONSIBILITY",
            "Owing to his or her age, the person may not be held criminally responsible under the law of the executing State.");
    public static final RefusalGround PROSECUTION_IN_EXECUTING_STATE = RefusalGround.of("PROSECUTION_IN_EXECUTING_STATE",
            "The person is being prosecuted in the executing State for the same act.");
    public static final RefusalGround PROCEEDINGS_NOT_BROUGHT_OR_HALTED = RefusalGround.of("PROCEEDINGS_NOT_BROUGHT_OR_HALTED",
            "The executing State decided not to prosecute or to halt proceedings for the offence, or a final judgment in a Member "
                    + "State prevents further proceedings.");
    public static final RefusalGround STATUTE_BARRED = RefusalGround.of("STATUTE_BARRED",
            "Prosecution or punishment is statute-barred under the law of the executing State, which had jurisdiction.");
    public static final RefusalGround FINAL_JUDGMENT_IN_THIRD_STATE = RefusalGround.of("FINAL_JUDGMENT_IN_THIRD_STATE",
            "The person has been finally judged by a third State for the same acts and the sentence has been served, is being "
                    + "served or can no longer be executed.");
    public static final RefusalGround SENTENCE_EXECUTED_IN_EXECUTING_STATE = RefusalGround.of("SENTENCE_EXECUTED_IN_EXECUTING_STATE",
            "The executing State undertakes to execute the sentence itself, the person staying in, being a national of or residing in it.");
    public static final RefusalGround TRIAL_IN_ABSENTIA = RefusalGround.of("TRIAL_IN_ABSENTIA",
            "The person did not appear in person at the trial resulting in the decision, and none of the guarantees listed is given.");

    /** @return every ground of this class, in declaration order */
    /** e-Evidence Regulation art. 16(4)(a), 16(5)(a). */
    public static final RefusalGround NOT_ISSUED_BY_ISSUING_AUTHORITY = RefusalGround.of("NOT_ISSUED_BY_ISSUING_AUTHORITY",
            "The order was not issued or validated by an issuing authority as the instrument provides.");
    /** e-Evidence Regulation art. 16(4)(b). */
    public static final RefusalGround OFFENCE_OUTSIDE_ISSUING_CONDITIONS = RefusalGround.of("OFFENCE_OUTSIDE_ISSUING_CONDITIONS",
            "The order was not issued for an offence for which the instrument allows it.");
    /** e-Evidence Regulation art. 16(4)(c), 16(5)(b). */
    public static final RefusalGround ADDRESSEE_COULD_NOT_COMPLY = RefusalGround.of("ADDRESSEE_COULD_NOT_COMPLY",
            "The addressee could not comply because of a de facto impossibility not attributable to it, or because the certificate contains "
                    + "manifest errors.");
    /** e-Evidence Regulation art. 16(4)(d), 16(5)(c). */
    public static final RefusalGround DATA_NOT_STORED = RefusalGround.of("DATA_NOT_STORED",
            "The order concerns data not stored by or on behalf of the service provider when it received the certificate.");
    /** e-Evidence Regulation art. 16(4)(e), 16(5)(d). */
    public static final RefusalGround SERVICE_NOT_COVERED = RefusalGround.of("SERVICE_NOT_COVERED",
            "The service is not covered by the instrument.");

    public static List<RefusalGround> all() {
        return List.of(NATIONAL_SECURITY, TERRITORIALITY, FUNDAMENTAL_RIGHTS, MEASURE_RESTRICTED_BY_OFFENCE, NOT_AUTHORISED_IN_SIMILAR_DOMESTIC_CASE,
                NO_CONSENT, PROLONGED_DETENTION, CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, NO_AGREEMENT_ON_ARRANGEMENTS, AMNESTY,
                AGE_OF_CRIMINAL_RESPONSIBILITY, PROSECUTION_IN_EXECUTING_STATE, PROCEEDINGS_NOT_BROUGHT_OR_HALTED, STATUTE_BARRED,
                FINAL_JUDGMENT_IN_THIRD_STATE, SENTENCE_EXECUTED_IN_EXECUTING_STATE, TRIAL_IN_ABSENTIA, NOT_ISSUED_BY_ISSUING_AUTHORITY,
                OFFENCE_OUTSIDE_ISSUING_CONDITIONS, ADDRESSEE_COULD_NOT_COMPLY, DATA_NOT_STORED, SERVICE_NOT_COVERED);
    }
}
