package org.openmla.treaties.coe;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.Jurisdiction;
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
import org.openmla.core.model.TargetKind;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardAssessments;

/**
 * Requests and baselines for the Java tests of the Council of Europe packs (the scenario tables use the same requests,
 * as JSON under {@code src/test/resources/scenarios/ets30} and {@code ets185}). The State pairs are illustrative: which
 * instruments bind them is set by each test's assessments and declarations, not by real party data.
 */
final class CoeFixtures {
    private CoeFixtures() {}

    static final RulesEngine ENGINE = RulesEngine.of(RulePackRegistry.builder().registerAll(CoePacks.all()).build());

    static final Jurisdiction NL = Jurisdiction.of("NL");
    static final Jurisdiction NO = Jurisdiction.of("NO");
    static final Jurisdiction JP = Jurisdiction.of("JP");
    static final Jurisdiction BR = Jurisdiction.of("BR");

    static Offence drugTrafficking() {
        return Offence.builder().description("Importing cocaine").statutoryProvision("Opiumwet art. 2")
                .maxPenalty(Penalty.imprisonmentYears(12)).category(OffenceCategory.DRUG_TRAFFICKING).build();
    }

    static Offence illegalAccess() {
        return Offence.builder().description("Illegal access to a computer system").statutoryProvision("Sr art. 138ab")
                .maxPenalty(Penalty.imprisonmentYears(4)).category(OffenceCategory.COMPUTER_RELATED_CRIME).build();
    }

    static Person suspect() {
        return Person.builder("p1", PersonRole.SUSPECT).name("Test Suspect").nationality(NL).location("Test Street 1, Oslo").build();
    }

    static Person witness() {
        return Person.builder("w1", PersonRole.WITNESS).name("Test Witness").nationality(NO).location("Test Road 2, Oslo").build();
    }

    /** A complete ETS 30 request from a Dutch prosecutor to Norway for the hearing of a witness. */
    static MlaRequest.Builder ets30Request() {
        return MlaRequest.builder("ETS30-2026-1", NL, NO)
                .requestingAuthority(Authority.of("Public Prosecutor's Office Rotterdam", AuthorityKind.PROSECUTOR))
                .legalBasis("ETS30")
                .dateIssued(LocalDate.of(2026, 2, 20))
                .proceedings(Proceedings.of(ProceedingsStage.INVESTIGATION, "Investigation into cocaine imports"))
                .factsSummary("Containers of cocaine were imported through the port.")
                .purpose("To hear a witness who saw the containers being unloaded.")
                .offence(drugTrafficking())
                .person(suspect())
                .person(witness())
                .transmission(Transmission.written(TransmissionChannel.CENTRAL_AUTHORITY))
                .measure(Measure.builder(MeasureType.TAKING_EVIDENCE).target(MeasureTarget.person("w1")).build());
    }

    static Measure measure(MeasureType type, String personRef) {
        return Measure.builder(type).target(MeasureTarget.person(personRef)).build();
    }

    /** ETS 30: both Protocols bind, no terrorism convention does, and the officer found nothing standing in the way. */
    static Map<AssessmentKey, Boolean> ets30Cleared() {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>();
        m.put(CoeAssessments.BOUND_BY_ETS99, true);
        m.put(CoeAssessments.BOUND_BY_ETS182, true);
        m.put(CoeAssessments.BOUND_BY_ETS90, false);
        m.put(CoeAssessments.BOUND_BY_ICSFT, false);
        m.put(CoeAssessments.BOUND_BY_ETS185, false);
        m.put(StandardAssessments.POLITICAL_OFFENCE, false);
        m.put(StandardAssessments.FISCAL_OFFENCE, false);
        m.put(StandardAssessments.ESSENTIAL_INTERESTS, false);
        m.put(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false);
        m.put(StandardAssessments.DUAL_CRIMINALITY, true);
        m.put(CoeAssessments.EXTRADITABLE_OFFENCE, true);
        m.put(CoeAssessments.CONSISTENT_WITH_REQUESTED_LAW, true);
        m.put(CoeAssessments.PROPERTY_NEEDED_FOR_DOMESTIC_PROCEEDINGS, false);
        m.put(CoeAssessments.PERSONAL_DATA_PROTECTION_NOT_ENSURED, false);
        return m;
    }

    /** A complete Budapest request from Brazil to Japan for the expedited preservation of traffic data. */
    static MlaRequest.Builder ets185Request() {
        return MlaRequest.builder("ETS185-2026-1", BR, JP)
                .requestingAuthority(Authority.of("Federal Prosecution Service", AuthorityKind.PROSECUTOR))
                .legalBasis("ETS185")
                .dateIssued(LocalDate.of(2026, 2, 20))
                .proceedings(Proceedings.of(ProceedingsStage.INVESTIGATION, "Intrusion into a hospital network"))
                .factsSummary("The hospital's servers were accessed from an address hosted in the requested State.")
                .purpose("The logs identify the intruder and are deleted after 30 days.")
                .offence(illegalAccess())
                .transmission(Transmission.written(TransmissionChannel.CENTRAL_AUTHORITY))
                .measure(preservation(DataCategory.TRAFFIC));
    }

    static Measure preservation(DataCategory category) {
        return Measure.builder(MeasureType.EXPEDITED_PRESERVATION).dataCategory(category).description("Connection logs of one account")
                .target(TargetKind.SERVICE_PROVIDER, "Hosting company").build();
    }

    static Measure electronic(MeasureType type, DataCategory category) {
        Measure.Builder b = Measure.builder(type).description("Data of one account").target(TargetKind.DATA_IDENTIFIER, "account-1");
        return (category == null ? b : b.dataCategory(category)).build();
    }

    /** Budapest: no treaty binds, the offence is a Convention offence, and nothing stands in the way. */
    static Map<AssessmentKey, Boolean> ets185Cleared() {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>();
        m.put(StandardAssessments.MLA_TREATY_BINDS, false);
        m.put(StandardAssessments.POLITICAL_OFFENCE, false);
        m.put(StandardAssessments.ESSENTIAL_INTERESTS, false);
        m.put(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false);
        m.put(StandardAssessments.DUAL_CRIMINALITY, true);
        m.put(StandardAssessments.MEASURE_NOT_AVAILABLE, false);
        m.put(CoeAssessments.BUDAPEST_OFFENCE, true);
        m.put(CoeAssessments.REFUSAL_GROUND_UNDER_REQUESTED_LAW, false);
        m.put(CoeAssessments.REQUESTED_LAW_REQUIRES_DUAL_CRIMINALITY, false);
        m.put(CoeAssessments.PRESERVATION_FOLLOW_UP_STATED, true);
        m.put(CoeAssessments.PRESERVATION_INSUFFICIENT_OR_PREJUDICIAL, false);
        return m;
    }
}
