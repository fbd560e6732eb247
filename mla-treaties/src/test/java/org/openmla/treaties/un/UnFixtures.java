package org.openmla.treaties.un;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.engine.StateProfile;

/**
 * The UNTOC baseline for the Java tests that YAML scenarios cannot express (resolver, bilateral extension, layering
 * reasons): Belgium asks the Netherlands for bank records and a witness hearing, and the assessments that clear it. The
 * same request is {@code src/test/resources/scenarios/untoc/requests/drug-trafficking-network.json}. Names in the
 * request are fictional test data.
 */
public final class UnFixtures {
    private UnFixtures() {}

    public static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    public static final Jurisdiction BE = Jurisdiction.of("BE");
    public static final Jurisdiction NL = Jurisdiction.of("NL");

    /** @return a UNTOC request: drug trafficking punishable by 20 years */
    public static MlaRequest.Builder untocRequest() {
        return MlaRequest.builder("UNTOC-2026-1", BE, NL)
                .requestingAuthority(Authority.of("Federal Prosecutor's Office", AuthorityKind.PROSECUTOR))
                .legalBasis("UNTOC")
                .dateIssued(LocalDate.of(2026, 2, 20))
                .proceedings(Proceedings.of(ProceedingsStage.INVESTIGATION, "Investigation into a criminal network active in several States"))
                .language(LanguageCode.of("en"))
                .transmission(Transmission.written(TransmissionChannel.CENTRAL_AUTHORITY))
                .factsSummary("Proceeds of the offences were paid into accounts held at a bank in the requested State.")
                .purpose("To trace the proceeds and to hear the bank's compliance officer as a witness.")
                .offence(Offence.builder().description("Trafficking in narcotic drugs").statutoryProvision("Drugs Act art. 2")
                        .maxPenalty(Penalty.imprisonmentYears(20)).category(OffenceCategory.DRUG_TRAFFICKING).build())
                .person(Person.builder("p1", PersonRole.SUSPECT).name("Test Suspect").build())
                .measure(Measure.builder(MeasureType.BANK_AND_BUSINESS_RECORDS).target(MeasureTarget.person("p1"))
                        .description("Account statements 2024-2025").build())
                .measure(Measure.builder(MeasureType.TAKING_EVIDENCE).description("Hear the compliance officer as a witness").build());
    }

    /** @return the requested State's profile: the Netherlands accepting requests in English */
    public static StateProfile requestedProfile() {
        return new StateProfile(NL, Set.of(), Set.of(LanguageCode.of("en")));
    }

    /** @return the assessments under which nothing in UNTOC art. 18 or UNCAC art. 46 stands in the way (transnationality aside) */
    public static Map<AssessmentKey, Boolean> clearedConvention() {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>();
        m.put(StandardAssessments.MLA_TREATY_BINDS, false);
        m.put(UnAssessments.AUTHENTICITY_ESTABLISHED, true);
        m.put(UnAssessments.ADDITIONAL_INFORMATION_NEEDED, false);
        m.put(UnAssessments.REQUEST_NOT_IN_CONFORMITY, false);
        m.put(StandardAssessments.ESSENTIAL_INTERESTS, false);
        m.put(StandardAssessments.DOMESTIC_PROHIBITION, false);
        m.put(StandardAssessments.CONTRARY_TO_MLA_LEGAL_SYSTEM, false);
        m.put(StandardAssessments.DUAL_CRIMINALITY, true);
        m.put(StandardAssessments.FISCAL_OFFENCE, false);
        m.put(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false);
        m.put(UnAssessments.SUBSTANTIAL_OR_EXTRAORDINARY_EXPENSES, false);
        return m;
    }

    /** @return the assessments under which nothing in the UN Model Treaty stands in the way */
    public static Map<AssessmentKey, Boolean> clearedModelTreaty() {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>();
        m.put(UnAssessments.OFFENCE_WITHIN_REQUESTING_JURISDICTION, true);
        m.put(StandardAssessments.ESSENTIAL_INTERESTS, false);
        m.put(StandardAssessments.POLITICAL_OFFENCE, false);
        m.put(StandardAssessments.DISCRIMINATORY_PURPOSE, false);
        m.put(StandardAssessments.NE_BIS_IN_IDEM, false);
        m.put(UnAssessments.OFFENCE_PROCEEDINGS_IN_REQUESTED_STATE, false);
        m.put(StandardAssessments.MEASURE_NOT_AVAILABLE, false);
        m.put(UnAssessments.MILITARY_OFFENCE, false);
        m.put(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false);
        m.put(UnAssessments.ADDITIONAL_INFORMATION_NEEDED, false);
        return m;
    }
}
