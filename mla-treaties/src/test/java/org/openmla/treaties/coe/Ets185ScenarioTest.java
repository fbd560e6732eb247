package org.openmla.treaties.coe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.RefusalCheck.Answer.FORBIDDEN;
import static org.openmla.treaties.coe.CoeAssessments.*;
import static org.openmla.treaties.coe.CoeFixtures.*;
import static org.openmla.treaties.coe.Scenario.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.Verdict;

/** Scenarios for the ETS185 pack, written from chapter III of the Convention on Cybercrime. */
class Ets185ScenarioTest {

    static Scenario budapest(String name) {
        return scenario(name).pack("ETS185").request(ets185Request()).assessing(ets185Cleared());
    }

    static MlaRequest.Builder with(Measure... measures) {
        MlaRequest.Builder b = ets185Request().clearMeasures();
        for (Measure m : measures) {
            b.measure(m);
        }
        return b;
    }

    static Stream<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        Measure storedContent = electronic(MeasureType.ACCESS_TO_STORED_DATA, DataCategory.CONTENT);

        // ---- preservation where no treaty applies ----
        s.add(budapest("absent a treaty, expedited preservation of traffic data is granted for at least sixty days, under art. 28 conditions")
                .expect(Outcome.GRANT_WITH_CONDITIONS)
                .condition("ETS185 art. 29(7)").condition("ETS185 art. 28(2)(a)").condition("ETS185 art. 28(2)(b)")
                .duty("ETS185 art. 27(6)").duty("ETS185 art. 27(7)")
                .finding("ets185.29.3", Verdict.TRUE).finding("ets185.27.2", Verdict.TRUE)
                .then(d -> assertThat(d.openQuestions()).isEmpty()));
        s.add(budapest("where an MLA treaty binds the two States, arts. 27 and 28 give way to it")
                .assess(StandardAssessments.MLA_TREATY_BINDS, true).assess(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false)
                .expect(Outcome.GRANT_WITH_CONDITIONS).condition("ETS185 art. 29(7)").noCondition("ETS185 art. 28(2)(b)")
                .finding("ets185.27.4.a", Verdict.NOT_APPLICABLE).finding("ets185.27.2", Verdict.NOT_APPLICABLE));
        s.add(budapest("States bound by a treaty may agree to apply arts. 27 and 28 instead")
                .assess(StandardAssessments.MLA_TREATY_BINDS, true).assess(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, true)
                .expect(Outcome.GRANT_WITH_CONDITIONS).condition("ETS185 art. 28(2)(b)"));
        s.add(budapest("while it is unknown whether a treaty binds, a political refusal of access to stored data waits")
                .request(with(storedContent)).unassessed(StandardAssessments.MLA_TREATY_BINDS)
                .assess(StandardAssessments.POLITICAL_OFFENCE, true)
                .expect(Outcome.PENDING_ASSESSMENT).asks(StandardAssessments.MLA_TREATY_BINDS));
        Scenario political = budapest("preservation for an offence the requested State considers political may be refused")
                .assess(StandardAssessments.POLITICAL_OFFENCE, true);
        s.add(political.expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 29(5)(a)", "ETS185 art. 27(4)(a)"));
        s.add(political.variant("under a treaty, preservation may still be refused for a political offence (art. 29(5)(a))",
                v -> v.assess(StandardAssessments.MLA_TREATY_BINDS, true).assess(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false)
                        .expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 29(5)(a)")));
        s.add(budapest("preservation prejudicing the requested State's essential interests may be refused")
                .assess(StandardAssessments.MLA_TREATY_BINDS, true).assess(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false)
                .assess(StandardAssessments.ESSENTIAL_INTERESTS, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 29(5)(b)"));
        s.add(budapest("absent a treaty, any request prejudicing essential interests may be refused (art. 27(4)(b))")
                .request(with(storedContent)).assess(StandardAssessments.ESSENTIAL_INTERESTS, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 27(4)(b)"));

        // ---- dual criminality ----
        s.add(budapest("dual criminality is not a condition of preservation")
                .assess(StandardAssessments.DUAL_CRIMINALITY, false).proposing(StandardGrounds.DUAL_CRIMINALITY)
                .expect(Outcome.GRANT_WITH_CONDITIONS).refusal(StandardGrounds.DUAL_CRIMINALITY, FORBIDDEN, "ETS185 art. 29(3)"));
        Scenario reserved = budapest("under an art. 29(4) reservation, preservation for a non-Convention offence may be refused where dual "
                + "criminality will fail at disclosure")
                .request(ets185Request().clearOffences().offence(drugTrafficking()))
                .requestedDeclared(CoeDeclarations.ETS185_ART29_4)
                .assess(BUDAPEST_OFFENCE, false).assess(StandardAssessments.DUAL_CRIMINALITY, false);
        s.add(reserved.expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 29(4)").finding("ets185.29.3", Verdict.NOT_APPLICABLE));
        s.add(reserved.variant("an art. 29(4) reservation never reaches the offences of arts. 2 to 11",
                v -> v.assess(BUDAPEST_OFFENCE, true).proposing(StandardGrounds.DUAL_CRIMINALITY)
                        .expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets185.29.4", Verdict.NOT_APPLICABLE)
                        .refusal(StandardGrounds.DUAL_CRIMINALITY, FORBIDDEN, "ETS185 art. 29(3)")));
        s.add(reserved.variant("until the offence is classed, an art. 29(4) refusal waits",
                v -> v.unassessed(BUDAPEST_OFFENCE).expect(Outcome.PENDING_ASSESSMENT).asks(BUDAPEST_OFFENCE)));
        Scenario dc = budapest("absent a treaty, a requested State whose law requires dual criminality may refuse access to stored data")
                .request(with(storedContent)).assess(REQUESTED_LAW_REQUIRES_DUAL_CRIMINALITY, true)
                .assess(StandardAssessments.DUAL_CRIMINALITY, false).proposing(CoeGrounds.OFFENCE_CLASSIFICATION);
        s.add(dc.expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 25(4)")
                .refusal(CoeGrounds.OFFENCE_CLASSIFICATION, FORBIDDEN, "ETS185 art. 25(5)"));
        s.add(dc.variant("dual criminality is judged on the conduct: met though the requested State names the offence differently",
                v -> v.assess(StandardAssessments.DUAL_CRIMINALITY, true).expect(Outcome.GRANT_WITH_CONDITIONS)
                        .finding("ets185.25.4.dc", Verdict.FALSE).finding("ets185.25.5", Verdict.TRUE)));
        s.add(budapest("absent a treaty, a ground of the requested State's law may be invoked against access to stored data")
                .request(with(storedContent)).assess(REFUSAL_GROUND_UNDER_REQUESTED_LAW, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 25(4)"));
        s.add(budapest("under a treaty, access to stored data is governed by the treaty, not by the art. 25(4) fallback to domestic law")
                .request(with(storedContent)).assess(StandardAssessments.MLA_TREATY_BINDS, true)
                .assess(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false).assess(REFUSAL_GROUND_UNDER_REQUESTED_LAW, true)
                .expect(Outcome.GRANT).finding("ets185.25.4.domestic", Verdict.NOT_APPLICABLE));
        s.add(budapest("the fiscal character of a Convention offence is no ground for refusal")
                .proposing(StandardGrounds.FISCAL_OFFENCE)
                .expect(Outcome.GRANT_WITH_CONDITIONS).refusal(StandardGrounds.FISCAL_OFFENCE, FORBIDDEN, "ETS185 art. 25(4)"));

        // ---- art. 27: postponement, confidentiality, channels ----
        s.add(budapest("absent a treaty, action prejudicing a domestic investigation may be postponed, with reasons")
                .request(with(storedContent)).assess(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, true)
                .expect(Outcome.POSTPONE).determinedBy("ETS185 art. 27(5)").duty("ETS185 art. 27(7)"));
        s.add(budapest("absent a treaty, the requesting State may ask that the request be kept confidential")
                .request(ets185Request().confidentialityRequested(true))
                .expect(Outcome.GRANT_WITH_CONDITIONS).condition("ETS185 art. 27(8)"));
        Scenario directSent = budapest("absent a treaty and urgency, requests go between central authorities")
                .request(ets185Request().transmission(Transmission.written(TransmissionChannel.DIRECT_JUDICIAL)));
        s.add(directSent.expect(Outcome.DEFICIENT).determinedBy("ETS185 art. 27(2)"));
        s.add(directSent.variant("in urgency, requests may go directly between judicial authorities",
                v -> v.request(ets185Request().transmission(Transmission.written(TransmissionChannel.DIRECT_JUDICIAL)).urgent("Logs expire"))
                        .expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets185.27.9", Verdict.TRUE)));
        s.add(directSent.variant("a State that declared under art. 27(9)(e) takes urgent requests only through its central authority",
                v -> v.request(ets185Request().transmission(Transmission.written(TransmissionChannel.INTERPOL)).urgent("Logs expire"))
                        .requestedDeclared(CoeDeclarations.ETS185_ART27_9_E)
                        .expect(Outcome.DEFICIENT).determinedBy("ETS185 art. 27(9)")));

        // ---- art. 29(2) contents, 29(6) ----
        s.add(budapest("a preservation request that does not announce the follow-up request is deficient")
                .assess(PRESERVATION_FOLLOW_UP_STATED, false).expect(Outcome.DEFICIENT).determinedBy("ETS185 art. 29(2)(f)"));
        s.add(budapest("a preservation request without the offence's facts is deficient")
                .request(ets185Request().factsSummary(null)).expect(Outcome.DEFICIENT).determinedBy("ETS185 art. 29(2)(b)"));
        s.add(budapest("a preservation request without the authority seeking it is deficient")
                .request(MlaRequest.builder("ETS185-2026-2", BR, JP).legalBasis("ETS185").factsSummary("Facts.").purpose("Logs expire.")
                        .offence(illegalAccess()).transmission(Transmission.written(TransmissionChannel.CENTRAL_AUTHORITY))
                        .measure(preservation(DataCategory.TRAFFIC)))
                .expect(Outcome.DEFICIENT).determinedBy("ETS185 art. 29(2)(a)"));
        s.add(budapest("a preservation request that does not say why preservation is necessary is deficient")
                .request(ets185Request().purpose(null)).expect(Outcome.DEFICIENT).determinedBy("ETS185 art. 29(2)(e)"));
        Scenario vague = budapest("a preservation request that neither specifies the data nor gives the custodian it knows is deficient")
                .request(with(Measure.builder(MeasureType.EXPEDITED_PRESERVATION).dataCategory(DataCategory.TRAFFIC).build()))
                .assess(CUSTODIAN_INFORMATION_UNAVAILABLE, false);
        s.add(vague.expect(Outcome.DEFICIENT).determinedBy("ETS185 art. 29(2)(c)", "ETS185 art. 29(2)(d)"));
        s.add(vague.variant("where no information on the custodian is available, only the unspecified data make it deficient",
                v -> v.assess(CUSTODIAN_INFORMATION_UNAVAILABLE, true).expect(Outcome.DEFICIENT).determinedBy("ETS185 art. 29(2)(c)")));
        s.add(budapest("where preservation would not secure the data, the requested State informs the requesting State, which decides")
                .assess(PRESERVATION_INSUFFICIENT_OR_PREJUDICIAL, true)
                .expect(Outcome.GRANT_WITH_CONDITIONS).duty("ETS185 art. 29(6)"));

        // ---- art. 30 ----
        Scenario disclosure = budapest("while preserving traffic data, the requested State discloses enough of it to identify a foreign provider")
                .request(ets185Request().measure(electronic(MeasureType.EXPEDITED_DISCLOSURE_OF_TRAFFIC_DATA, null)))
                .assess(StandardAssessments.MLA_TREATY_BINDS, true).assess(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false);
        s.add(disclosure.expect(Outcome.GRANT_WITH_CONDITIONS).finding("ets185.30.1", 1, Verdict.TRUE));
        s.add(disclosure.variant("disclosure of preserved traffic data may be withheld for a political offence",
                v -> v.assess(StandardAssessments.POLITICAL_OFFENCE, true).expect(Outcome.MAY_REFUSE)
                        .determinedBy("ETS185 art. 29(5)(a)", "ETS185 art. 30(2)(a)")));
        s.add(disclosure.variant("disclosure of preserved traffic data may be withheld to protect essential interests",
                v -> v.assess(StandardAssessments.ESSENTIAL_INTERESTS, true).expect(Outcome.MAY_REFUSE)
                        .determinedBy("ETS185 art. 29(5)(b)", "ETS185 art. 30(2)(b)")));
        s.add(budapest("expedited disclosure of traffic data arises only in the execution of a preservation request")
                .request(with(electronic(MeasureType.EXPEDITED_DISCLOSURE_OF_TRAFFIC_DATA, null)))
                .assess(TRAFFIC_DATA_PRESERVED_UNDER_ART29, false)
                .expect(Outcome.NOT_APPLICABLE).determinedBy("ETS185 art. 30(1)"));

        // ---- arts. 33 and 34: the data category decides ----
        s.add(budapest("real-time collection of traffic data may be refused where it would not be available in a similar domestic case")
                .request(with(electronic(MeasureType.REAL_TIME_TRAFFIC_DATA, null))).assess(StandardAssessments.MEASURE_NOT_AVAILABLE, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 33(2)"));
        s.add(budapest("an interception of telecommunications limited to traffic data falls under art. 33")
                .request(with(electronic(MeasureType.INTERCEPTION_OF_TELECOMMUNICATIONS, DataCategory.TRAFFIC)))
                .assess(StandardAssessments.MEASURE_NOT_AVAILABLE, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 33(2)").finding("ets185.34", Verdict.NOT_APPLICABLE));
        s.add(budapest("interception of content data is given to the extent treaties and domestic law permit")
                .request(with(electronic(MeasureType.INTERCEPTION_OF_CONTENT, null))).assess(StandardAssessments.MEASURE_NOT_AVAILABLE, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 34"));
        s.add(budapest("an interception of telecommunications whose data category is not stated is treated as interception of content")
                .request(with(electronic(MeasureType.INTERCEPTION_OF_TELECOMMUNICATIONS, null)))
                .assess(StandardAssessments.MEASURE_NOT_AVAILABLE, true)
                .expect(Outcome.MAY_REFUSE).determinedBy("ETS185 art. 34").finding("ets185.33", Verdict.NOT_APPLICABLE));

        // ---- scope and time ----
        Scenario noCyber = budapest("a request with no electronic evidence about an offence unrelated to computers is outside the Convention")
                .request(ets185Request().clearOffences().offence(drugTrafficking()).clearMeasures().measure(MeasureType.TAKING_EVIDENCE))
                .assess(CYBERCRIME_OR_ELECTRONIC_EVIDENCE, false);
        s.add(noCyber.expect(Outcome.NOT_APPLICABLE).determinedBy("ETS185 art. 23"));
        s.add(noCyber.variant("whether such a request concerns electronic evidence is asked, not assumed",
                v -> v.unassessed(CYBERCRIME_OR_ELECTRONIC_EVIDENCE).expect(Outcome.PENDING_ASSESSMENT).asks(CYBERCRIME_OR_ELECTRONIC_EVIDENCE)));
        s.add(budapest("before the Convention entered into force on 1 July 2004 it governs nothing")
                .onLawDate(LocalDate.of(2004, 6, 30))
                .expect(Outcome.NOT_APPLICABLE)
                .then(d -> assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("2004-07-01"))));
        return s.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario_holds(Scenario scenario) {
        scenario.verify(ENGINE);
    }

    @Test
    void every_rule_of_the_pack_fires_in_some_scenario() {
        PackCoverage.assertEveryRuleFires("ETS185", scenarios().toList());
    }
}
