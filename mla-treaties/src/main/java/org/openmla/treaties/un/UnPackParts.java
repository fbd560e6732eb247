package org.openmla.treaties.un;

import java.util.List;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;

/**
 * What the UN packs share beyond {@link ConventionMlaArticle}: the pack version of UNTOC and UNCAC, and the assessments
 * and grounds the shared convention article uses.
 */
final class UnPackParts {
    private UnPackParts() {}

    /** Pack version of UNTOC and UNCAC: 1.1.0 encodes spontaneous information (paragraphs 4-5) and paragraph 29(a). */
    static final String VERSION = "1.1.0";

    /** Declares the assessments a pack's rules may ask. */
    static void declare(RulePack.Builder b, AssessmentKey... keys) {
        for (AssessmentKey k : keys) {
            b.assessment(k);
        }
    }

    /** Declares the assessments and grounds of the convention article shared by UNTOC and UNCAC. */
    static void declareCommon(RulePack.Builder b) {
        declare(b, StandardAssessments.MLA_TREATY_BINDS, StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS,
                UnAssessments.OTHER_ASSISTANCE_CONTRARY_TO_LAW, StandardAssessments.DUAL_CRIMINALITY, StandardAssessments.DETAINED_PERSON_CONSENT,
                UnAssessments.TRANSFER_AGREED_BY_BOTH_STATES, UnAssessments.ORAL_REQUEST_AGREED, UnAssessments.LANGUAGE_ACCEPTABLE,
                UnAssessments.AUTHENTICITY_ESTABLISHED, UnAssessments.PERSON_DETAILS_NOT_POSSIBLE, UnAssessments.ADDITIONAL_INFORMATION_NEEDED,
                UnAssessments.VIDEOCONFERENCE_NOT_POSSIBLE, UnAssessments.REQUEST_NOT_IN_CONFORMITY, StandardAssessments.ESSENTIAL_INTERESTS,
                StandardAssessments.DOMESTIC_PROHIBITION, StandardAssessments.CONTRARY_TO_MLA_LEGAL_SYSTEM, StandardAssessments.FISCAL_OFFENCE,
                StandardAssessments.INTERFERES_WITH_PROCEEDINGS, UnAssessments.SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES,
                UnAssessments.RECORDS_NOT_PUBLICLY_AVAILABLE, StandardAssessments.CONSULTATION_HELD,
                StandardAssessments.CONSULTATION_CONDITIONS_ACCEPTED, UnAssessments.INFORMATION_ON_CRIMINAL_MATTERS,
                UnAssessments.EXCULPATORY_DISCLOSURE);
        for (RefusalGround g : List.of(StandardGrounds.BANK_SECRECY, StandardGrounds.DUAL_CRIMINALITY, UnGrounds.VIDEOCONFERENCE_NOT_POSSIBLE,
                StandardGrounds.NON_CONFORMITY, StandardGrounds.ESSENTIAL_INTERESTS, StandardGrounds.DOMESTIC_PROHIBITION,
                StandardGrounds.CONTRARY_TO_MLA_LEGAL_SYSTEM, StandardGrounds.FISCAL_OFFENCE, UnGrounds.NON_PUBLIC_GOVERNMENT_RECORDS)) {
            b.ground(g);
        }
    }
}
