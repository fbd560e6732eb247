package org.openmla.treaties.eu;

import static org.openmla.treaties.eu.EuAssessments.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.testkit.fixtures.PackFixture;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.PackScenarios;

/**
 * The EU packs' baselines for the Java tests that YAML scenarios cannot express: the scenario tables' requests (read
 * from {@code src/test/resources/scenarios/eio}, {@code eevidence} and {@code eaw}) and the assessments that clear
 * them, as in those tables' defaults.
 */
final class EuFixtures {
    private EuFixtures() {}

    static final LocalDate LAW_DATE = LocalDate.of(2026, 10, 1);
    static final Instant AT = Instant.parse("2026-09-30T09:00:00Z");

    /** @return the answers as an officer's assessments of the whole request */
    static List<Assessment> answers(Map<AssessmentKey, Boolean> answers) {
        return answers.entrySet().stream().map(e -> Assessment.of(e.getKey(), e.getValue(), "officer-7", AT, null)).toList();
    }

    /** @return a fixture stage for the pack and the request, with these answers */
    static PackFixture.Given given(String packId, MlaRequest request, Map<AssessmentKey, Boolean> answers) {
        PackFixture.Given g = PackFixture.forPacks(BuiltInPacks.registry(), packId).given(request);
        for (Map.Entry<AssessmentKey, Boolean> a : answers.entrySet()) {
            g = g.assessing(a.getKey(), a.getValue());
        }
        return g;
    }

    /** @return a Dutch public prosecutor's EIO to Belgium for the search of business premises (fraud, six years) */
    static MlaRequest eio() {
        return PackScenarios.request("eio/requests/search-of-business-premises.json");
    }

    /** @return a German investigating judge's production order for content data, to a provider established in the Netherlands */
    static MlaRequest productionOrder() {
        return PackScenarios.request("eevidence/requests/production-order-for-content-data.json");
    }

    /** @return a French investigating judge's warrant to Spain for arrest and surrender for prosecution (drug trafficking, ten years) */
    static MlaRequest warrant() {
        return PackScenarios.request("eaw/requests/warrant-for-prosecution.json");
    }

    /** @return every question of the EIO pack answered so that nothing stands in the way of execution */
    static Map<AssessmentKey, Boolean> eioCleared() {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>();
        m.put(EIO_FORM_DEFECTIVE, false);
        m.put(EIO_LANGUAGE_ACCEPTED, true);
        m.put(EIO_ISSUING_CONDITIONS_DOUBTED, false);
        m.put(StandardAssessments.MEASURE_NOT_AVAILABLE, false);
        m.put(EIO_SUBSTITUTE_MEASURE_AVAILABLE, true);
        m.put(EIO_LESS_INTRUSIVE_MEASURE, false);
        m.put(EIO_NON_COERCIVE_MEASURE, false);
        m.put(StandardAssessments.IMMUNITY_OR_PRIVILEGE, false);
        m.put(PRESS_FREEDOM_RULES, false);
        m.put(EIO_NATIONAL_SECURITY, false);
        m.put(EIO_NON_CRIMINAL_PROCEEDINGS, false);
        m.put(NOT_AUTHORISED_DOMESTICALLY, false);
        m.put(StandardAssessments.NE_BIS_IN_IDEM, false);
        m.put(EIO_NE_BIS_IN_IDEM_SAFEGUARD, false);
        m.put(EIO_TERRITORIALITY, false);
        m.put(StandardAssessments.DUAL_CRIMINALITY, true);
        m.put(FUNDAMENTAL_RIGHTS_INCOMPATIBLE, false);
        m.put(EIO_MEASURE_RESTRICTED, false);
        m.put(EIO_PREJUDICE_TO_INVESTIGATION, false);
        m.put(EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS, false);
        m.put(EIO_EXCEPTIONALLY_HIGH_COSTS, false);
        m.put(StandardAssessments.DETAINED_PERSON_CONSENT, true);
        m.put(EIO_TRANSFER_PROLONGS_DETENTION, false);
        m.put(EIO_HEARD_PERSON_CONSENTS, true);
        m.put(EIO_CONTRARY_TO_FUNDAMENTAL_PRINCIPLES, false);
        m.put(EIO_MEASURE_PARTICULARS_STATED, true);
        m.put(EIO_NON_BANK_INSTITUTION, false);
        m.put(EIO_NO_AGREEMENT_ON_ARRANGEMENTS, false);
        m.put(EIO_INTERCEPTION_NOTIFICATION, false);
        return m;
    }

    /** @return every question of the e-Evidence pack answered so that nothing stands in the way */
    static Map<AssessmentKey, Boolean> eevidenceCleared() {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>();
        m.put(StandardAssessments.IMMUNITY_OR_PRIVILEGE, false);
        m.put(PRESS_FREEDOM_RULES, false);
        m.put(EEV_MANIFEST_BREACH, false);
        m.put(StandardAssessments.NE_BIS_IN_IDEM, false);
        m.put(StandardAssessments.DUAL_CRIMINALITY, true);
        m.put(EEV_VALIDATION_NOT_OBTAINABLE, false);
        m.put(EEV_SENTENCE_EXECUTION, true);
        m.put(EEV_LISTED_OFFENCE, false);
        m.put(EEV_SOLE_PURPOSE_IDENTIFICATION, false);
        m.put(EEV_NOTIFICATION_LANGUAGE_ACCEPTED, true);
        return m;
    }

    /** @return every question of the EAW pack answered so that nothing stands in the way */
    static Map<AssessmentKey, Boolean> eawCleared() {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>();
        m.put(EAW_SENTENCE_AT_LEAST_FOUR_MONTHS, true);
        m.put(EAW_LANGUAGE_ACCEPTED, true);
        m.put(EAW_INFORMATION_INSUFFICIENT, false);
        m.put(EAW_AMNESTY, false);
        m.put(EAW_FINALLY_JUDGED_IN_MEMBER_STATE, false);
        m.put(EAW_UNDER_AGE, false);
        m.put(StandardAssessments.DUAL_CRIMINALITY, true);
        m.put(EAW_PROSECUTED_IN_EXECUTING_STATE, false);
        m.put(EAW_NOT_PROSECUTED_OR_HALTED, false);
        m.put(EAW_STATUTE_BARRED, false);
        m.put(EAW_FINALLY_JUDGED_IN_THIRD_STATE, false);
        m.put(EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY, false);
        m.put(EAW_COMMITTED_IN_EXECUTING_STATE, false);
        m.put(EAW_EXTRATERRITORIAL_NOT_PROSECUTABLE, false);
        m.put(EAW_TRIAL_IN_ABSENTIA, false);
        m.put(EuAssessments.EAW_SYSTEMIC_DEFICIENCIES_DETENTION, false);
        m.put(EuAssessments.EAW_SYSTEMIC_DEFICIENCIES_INDEPENDENCE, false);
        m.put(EAW_LIFE_SENTENCE_REVIEW_REQUIRED, false);
        m.put(EAW_RETURN_REQUIRED, false);
        m.put(EAW_HUMANITARIAN_REASONS, false);
        m.put(EAW_DOMESTIC_PROCEEDINGS_OR_SENTENCE, false);
        return m;
    }
}
