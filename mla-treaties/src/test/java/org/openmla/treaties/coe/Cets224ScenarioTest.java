package org.openmla.treaties.coe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.treaties.coe.CoeFixtures.ENGINE;
import static org.openmla.treaties.coe.CoeFixtures.JP;
import static org.openmla.treaties.coe.CoeFixtures.electronic;
import static org.openmla.treaties.coe.CoeFixtures.illegalAccess;
import static org.openmla.treaties.coe.Scenario.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.Outcome;
import org.openmla.core.rules.Verdict;

/** Scenarios for the CETS224 pack: in-force status, the data categories of arts. 7 and 8, and the art. 7 reservation. */
class Cets224ScenarioTest {

    static final Jurisdiction RS = Jurisdiction.of("RS");

    static MlaRequest.Builder order(Jurisdiction from, Jurisdiction to, TransmissionChannel channel, Measure... measures) {
        MlaRequest.Builder b = MlaRequest.builder("CETS224-2026-1", from, to)
                .requestingAuthority(Authority.of("District Public Prosecutor's Office", AuthorityKind.PROSECUTOR))
                .legalBasis("CETS224").dateIssued(LocalDate.of(2026, 2, 20))
                .factsSummary("A ransom demand was sent from an account of a provider established in the other State.")
                .purpose("To identify the holder of the account.").offence(illegalAccess())
                .transmission(Transmission.written(channel));
        for (Measure m : measures) {
            b.measure(m);
        }
        return b;
    }

    static Scenario protocol(String name, MlaRequest.Builder request) {
        return scenario(name).pack("CETS224").request(request).assess(CoeAssessments.BOUND_BY_CETS224, true);
    }

    static Measure subscriber() {
        return electronic(MeasureType.SUBSCRIBER_IDENTIFICATION, DataCategory.SUBSCRIBER);
    }

    static Stream<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        MlaRequest.Builder direct = order(JP, RS, TransmissionChannel.SERVICE_PROVIDER, subscriber());
        s.add(protocol("an order sent directly to a provider in Serbia for subscriber information falls under art. 7", direct)
                .expect(Outcome.GRANT).finding("cets224.7", Verdict.TRUE).finding("cets224.7.9.a", Verdict.TRUE));
        s.add(protocol("the Protocol governs nothing until it is in force for both States", direct)
                .assess(CoeAssessments.BOUND_BY_CETS224, false)
                .expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 16")
                .then(d -> assertThat(d.finding("cets224.16").orElseThrow().caveat()).hasValueSatisfying(c -> assertThat(c).startsWith("unverified"))));
        s.add(protocol("whether the Protocol is in force between the States is asked, never assumed", direct)
                .unassessed(CoeAssessments.BOUND_BY_CETS224)
                .expect(Outcome.PENDING_ASSESSMENT).asks(CoeAssessments.BOUND_BY_CETS224));
        s.add(protocol("an order sent directly to a provider for traffic data is outside art. 7",
                order(JP, RS, TransmissionChannel.SERVICE_PROVIDER, electronic(MeasureType.ACCESS_TO_STORED_DATA, DataCategory.TRAFFIC)))
                .expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 7"));
        s.add(protocol("an order sent directly to a provider for content data is outside art. 7",
                order(JP, RS, TransmissionChannel.SERVICE_PROVIDER, electronic(MeasureType.ACCESS_TO_STORED_DATA, DataCategory.CONTENT)))
                .expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 7"));
        s.add(protocol("a direct order that does not state which data it seeks is not treated as one for subscriber information",
                order(JP, RS, TransmissionChannel.SERVICE_PROVIDER, electronic(MeasureType.ACCESS_TO_STORED_DATA, null)))
                .expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 7"));
        s.add(protocol("an identifying IP address is not subscriber information for a direct order under art. 7",
                order(JP, RS, TransmissionChannel.SERVICE_PROVIDER, electronic(MeasureType.SUBSCRIBER_IDENTIFICATION, DataCategory.IP_IDENTIFICATION)))
                .expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 7"));
        Scenario toJapan = protocol("Japan reserved the right not to apply art. 7: a direct order to a provider in Japan is not available",
                order(RS, JP, TransmissionChannel.SERVICE_PROVIDER, subscriber()))
                .requestedDeclared(CoeDeclarations.CETS224_ART7_9_A);
        s.add(toJapan.expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 7(9)(a)"));
        s.add(toJapan.variant("Japan's art. 7 reservation leaves orders given effect under art. 8 untouched",
                v -> v.request(order(RS, JP, TransmissionChannel.CENTRAL_AUTHORITY, subscriber()))
                        .expect(Outcome.GRANT).finding("cets224.7.9.a", Verdict.NOT_APPLICABLE).finding("cets224.8", Verdict.TRUE)));
        s.add(protocol("an order for subscriber information that the requested State is asked to give effect to falls under art. 8",
                order(JP, RS, TransmissionChannel.CENTRAL_AUTHORITY, subscriber()))
                .expect(Outcome.GRANT).finding("cets224.8", Verdict.TRUE).finding("cets224.7", Verdict.NOT_APPLICABLE));
        s.add(protocol("an order for traffic data given effect under art. 8",
                order(JP, RS, TransmissionChannel.CENTRAL_AUTHORITY, electronic(MeasureType.ACCESS_TO_STORED_DATA, DataCategory.TRAFFIC)))
                .expect(Outcome.GRANT).finding("cets224.8", Verdict.TRUE));
        s.add(protocol("identifying IP data count as traffic data under art. 8",
                order(JP, RS, TransmissionChannel.CENTRAL_AUTHORITY, electronic(MeasureType.SUBSCRIBER_IDENTIFICATION, DataCategory.IP_IDENTIFICATION)))
                .expect(Outcome.GRANT).finding("cets224.8", Verdict.TRUE));
        s.add(protocol("art. 8 does not reach content data",
                order(JP, RS, TransmissionChannel.CENTRAL_AUTHORITY, electronic(MeasureType.ACCESS_TO_STORED_DATA, DataCategory.CONTENT)))
                .expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 8"));
        s.add(protocol("an order for subscriber information and one for content: only the first is under art. 8",
                order(JP, RS, TransmissionChannel.CENTRAL_AUTHORITY, subscriber(), electronic(MeasureType.ACCESS_TO_STORED_DATA, DataCategory.CONTENT)))
                .expect(Outcome.NOT_APPLICABLE).measures(Outcome.GRANT, Outcome.NOT_APPLICABLE)
                .then(d -> assertThat(d.partial()).isTrue()));
        s.add(protocol("real-time collection of traffic data is not among the Protocol's tools this pack encodes",
                order(JP, RS, TransmissionChannel.CENTRAL_AUTHORITY, electronic(MeasureType.REAL_TIME_TRAFFIC_DATA, null)))
                .expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 2"));
        s.add(protocol("a witness hearing is not among the Protocol's tools this pack encodes",
                order(JP, RS, TransmissionChannel.CENTRAL_AUTHORITY, Measure.of(MeasureType.TAKING_EVIDENCE)))
                .expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 2"));
        s.add(protocol("expedited preservation is not an order under art. 7 or 8",
                order(JP, RS, TransmissionChannel.SERVICE_PROVIDER, electronic(MeasureType.EXPEDITED_PRESERVATION, DataCategory.SUBSCRIBER)))
                .expect(Outcome.NOT_APPLICABLE).determinedBy("CETS224 art. 2"));
        return s.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario_holds(Scenario scenario) {
        scenario.verify(ENGINE);
    }

    @Test
    void every_rule_of_the_pack_fires_in_some_scenario() {
        PackCoverage.assertEveryRuleFires("CETS224", scenarios().toList());
    }
}
