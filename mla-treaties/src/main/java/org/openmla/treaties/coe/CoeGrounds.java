package org.openmla.treaties.coe;

import java.util.List;
import org.openmla.core.rules.RefusalGround;

/**
 * Refusal grounds the Council of Europe packs name, beyond {@link org.openmla.core.rules.StandardGrounds}. Some are
 * grounds the instruments provide; others are grounds they forbid ({@code NOT_A_GROUND} rules), named so that an
 * officer's proposal to refuse on them is caught.
 */
public final class CoeGrounds {
    private CoeGrounds() {}

    public static final RefusalGround LEGAL_PERSON_LIABILITY = RefusalGround.of("LEGAL_PERSON_LIABILITY",
            "The request relates to acts for which a legal person may be held liable in the requesting State.");
    public static final RefusalGround NOT_EXTRADITABLE_OFFENCE = RefusalGround.of("NOT_EXTRADITABLE_OFFENCE",
            "The offence is not an extraditable offence in the requested State.");
    public static final RefusalGround INCONSISTENT_WITH_REQUESTED_LAW = RefusalGround.of("INCONSISTENT_WITH_REQUESTED_LAW",
            "Execution is not consistent with the law of the requested State.");
    public static final RefusalGround TAX_TYPE_MISMATCH = RefusalGround.of("TAX_TYPE_MISMATCH",
            "The law of the requested State does not impose the same kind of tax or duty, or has no tax, duty, customs or exchange "
                    + "regulation of the same kind.");
    public static final RefusalGround LACK_OF_AUTHENTICATION = RefusalGround.of("LACK_OF_AUTHENTICATION",
            "Evidence or documents are not authenticated.");
    public static final RefusalGround LACK_OF_TRANSLATION = RefusalGround.of("LACK_OF_TRANSLATION",
            "The request or annexed documents are not translated.");
    public static final RefusalGround NO_CONSENT_TO_TRANSFER = RefusalGround.of("NO_CONSENT_TO_TRANSFER",
            "The person in custody does not consent to the transfer.");
    public static final RefusalGround PRESENCE_NEEDED_DOMESTICALLY = RefusalGround.of("PRESENCE_NEEDED_DOMESTICALLY",
            "The presence of the person in custody is necessary at criminal proceedings pending in the requested State.");
    public static final RefusalGround DETENTION_PROLONGED = RefusalGround.of("DETENTION_PROLONGED",
            "The transfer is liable to prolong the detention of the person in custody.");
    public static final RefusalGround OVERRIDING_GROUNDS_AGAINST_TRANSFER = RefusalGround.of("OVERRIDING_GROUNDS_AGAINST_TRANSFER",
            "There are other overriding grounds for not transferring the person in custody.");
    public static final RefusalGround MEASURE_BY_AGREEMENT_ONLY = RefusalGround.of("MEASURE_BY_AGREEMENT_ONLY",
            "The instrument leaves the measure to agreement between the States or to the requested State's decision in each case.");
    public static final RefusalGround PERSONAL_DATA_PROTECTION = RefusalGround.of("PERSONAL_DATA_PROTECTION",
            "Protected personal data would go to a State that does not ensure the protection the requested State requires.");
    public static final RefusalGround OFFENCE_CLASSIFICATION = RefusalGround.of("OFFENCE_CLASSIFICATION",
            "The law of the requested State places the offence in a different category or denominates it differently.");
    public static final RefusalGround REQUESTED_STATE_LAW = RefusalGround.of("REQUESTED_STATE_LAW",
            "A ground for refusal provided by the law of the requested State.");

    /** @return every ground, in declaration order */
    public static List<RefusalGround> all() {
        return List.of(LEGAL_PERSON_LIABILITY, NOT_EXTRADITABLE_OFFENCE, INCONSISTENT_WITH_REQUESTED_LAW, TAX_TYPE_MISMATCH,
                LACK_OF_AUTHENTICATION, LACK_OF_TRANSLATION, NO_CONSENT_TO_TRANSFER, PRESENCE_NEEDED_DOMESTICALLY, DETENTION_PROLONGED,
                OVERRIDING_GROUNDS_AGAINST_TRANSFER, MEASURE_BY_AGREEMENT_ONLY, PERSONAL_DATA_PROTECTION, OFFENCE_CLASSIFICATION,
                REQUESTED_STATE_LAW);
    }
}
