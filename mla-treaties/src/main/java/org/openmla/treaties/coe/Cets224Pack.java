package org.openmla.treaties.coe;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.dataCategory;
import static org.openmla.core.rules.Conditions.measureOfType;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.requestedStateDeclared;
import static org.openmla.treaties.coe.CoeConditions.bound;
import static org.openmla.treaties.coe.CoeConditions.dataCategoryDetermined;
import static org.openmla.treaties.coe.CoeConditions.sentVia;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.Caveat;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;

/**
 * The pack {@code CETS224}: the Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation
 * and disclosure of electronic evidence (CETS 224), as far as the legal reference is sure of it.
 *
 * <p>The Protocol was not in force in the reference's snapshot, so the pack has no effective date of its own: the
 * request-level scope rule asks whether it is in force and binds both States on the law date
 * ({@link CoeAssessments#BOUND_BY_CETS224}, answered from party data). Of its tools only the titles of arts. 7 and 8
 * and the reservation to art. 7 are verified; the pack encodes the data categories those titles name and the
 * reservation, and nothing of the procedures, timeframes or safeguards the reference reports from general knowledge.
 */
final class Cets224Pack {
    private Cets224Pack() {}

    static final String ID = "CETS224";
    static final String VERSION = "1.0.0";

    static final Instrument CETS224 = new Instrument("CETS224",
            "Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence "
                    + "(CETS No. 224)",
            Optional.of(LocalDate.of(2022, 5, 12)), Optional.empty());

    /** Measures that order the production of stored computer data, the subject of arts. 7 and 8. */
    private static final MeasureType[] STORED_DATA_ORDERS = {MeasureType.ACCESS_TO_STORED_DATA, MeasureType.SUBSCRIBER_IDENTIFICATION,
        MeasureType.PRODUCTION_ORDER};

    static RulePack pack() {
        Condition electronic = measureOfType(STORED_DATA_ORDERS);
        Condition directOrder = allOf(electronic, sentVia(TransmissionChannel.SERVICE_PROVIDER));
        Condition orderGivenEffect = allOf(electronic, not(sentVia(TransmissionChannel.SERVICE_PROVIDER)));
        return RulePack.builder(ID, VERSION)
                .title("Second Additional Protocol to the Convention on Cybercrime (CETS 224): disclosure of subscriber information and "
                        + "expedited production of subscriber information and traffic data")
                .instrument(CETS224)
                .rule(Rule.builder("cets224.16", "CETS224 art. 16").scope()
                        .statement("The Protocol governs the request only if it is in force and binds both States on the law date; it was "
                                + "opened for signature on 12 May 2022 and, in the legal reference's snapshot, had not entered into force.")
                        .when(bound(CoeAssessments.BOUND_BY_CETS224, "CETS 224"))
                        .caveat(Caveat.Kind.UNVERIFIED, "the legal reference believes art. 16 governs entry into force (five ratifications) but has "
                                + "not read its text")
                        .build())
                .rule(Rule.builder("cets224.2", "CETS224 art. 2").scope().perMeasure()
                        .statement("Of the Protocol's tools, this pack encodes the orders for stored computer data of arts. 7 and 8; other "
                                + "measures (preservation, real-time collection, hearings, joint teams) are outside it.")
                        .when(electronic)
                        .caveat(Caveat.Kind.UNVERIFIED, "only the title of art. 2 (scope) is verified; the limitation to arts. 7 and 8 is the pack's, "
                                + "as the legal reference is not sure of the other tools")
                        .build())
                .rule(Rule.builder("cets224.7", "CETS224 art. 7").scope().perMeasure()
                        .statement("An order sent directly to a service provider in the territory of another Party falls under art. 7 "
                                + "(disclosure of subscriber information) only for subscriber information.")
                        .appliesWhen(directOrder)
                        .when(allOf(dataCategoryDetermined(), dataCategory(DataCategory.SUBSCRIBER)))
                        .caveat(Caveat.Kind.UNVERIFIED, "only the title of art. 7 is verified; that its orders go directly to service providers is "
                                + "reported by the legal reference from general knowledge")
                        .build())
                .rule(Rule.builder("cets224.7.9.a", "CETS224 art. 7(9)(a)").scope().perMeasure()
                        .statement("A Party that reserved the right not to apply art. 7 (art. 7(9)(a)) need not let orders under art. 7 "
                                + "reach service providers in its territory.")
                        .appliesWhen(directOrder)
                        .when(not(requestedStateDeclared(CoeDeclarations.CETS224_ART7_9_A)))
                        .build())
                .rule(Rule.builder("cets224.8", "CETS224 art. 8").scope().perMeasure()
                        .statement("Orders from another Party that the requested Party gives effect to under art. 8 concern the expedited "
                                + "production of subscriber information and traffic data only, not content data.")
                        .appliesWhen(orderGivenEffect)
                        .when(allOf(dataCategoryDetermined(),
                                dataCategory(DataCategory.SUBSCRIBER, DataCategory.TRAFFIC, DataCategory.IP_IDENTIFICATION)))
                        .caveat(Caveat.Kind.INTERPRETATION, "only the title of art. 8 is verified; orders for stored data not sent directly to a "
                                + "service provider are read as orders given effect under art. 8, and identifying IP data as traffic data")
                        .build())
                .assessment(CoeAssessments.BOUND_BY_CETS224)
                .build();
    }

    /** @return the assessments the pack's rules ask for */
    static List<AssessmentKey> assessments() {
        return List.of(CoeAssessments.BOUND_BY_CETS224);
    }
}
