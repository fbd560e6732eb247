package org.openmla.treaties.coe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.testkit.MlaAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.Transmission;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.testkit.fixtures.PackFixture;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.PackScenarios;

/**
 * What the Council of Europe scenario tables ({@link CoeScenariosTest}) cannot say: why a pack governs nothing (the
 * decision's legal-basis notes) and that a decision resting on an unverified provision shows its caveat.
 */
class CoeDecisionsTest {

    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);

    static PackFixture.Given given(String packId, MlaRequest request, Map<AssessmentKey, Boolean> assessments) {
        PackFixture.Given g = PackFixture.forPacks(BuiltInPacks.registry(), packId).given(request);
        for (Map.Entry<AssessmentKey, Boolean> a : assessments.entrySet()) {
            g = g.assessing(a.getKey(), a.getValue());
        }
        return g;
    }

    @Test
    void administrative_proceedings_outside_ets30_are_noted_as_the_reason_the_pack_governs_nothing() {
        Decision d = given("ETS30", CoeFixtures.ets30Request().requestingAuthority(Authority.of("Competition Authority", AuthorityKind.OTHER)).build(),
                CoeFixtures.ets30Cleared())
                .assessing(CoeAssessments.BOUND_BY_ETS182, false).assessing(CoeAssessments.ADMINISTRATIVE_PROCEEDINGS, true)
                .whenEvaluatedOn(LAW_DATE).expectOutcome(Outcome.NOT_APPLICABLE).expectDeterminedBy("ETS30 art. 1(1)").decision();

        assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.packId()).isEqualTo("ETS30"));
    }

    @Test
    void before_the_budapest_convention_entered_into_force_the_decision_notes_the_date() {
        Decision d = given("ETS185", CoeFixtures.ets185Request().build(), CoeFixtures.ets185Cleared())
                .whenEvaluatedOn(LocalDate.of(2004, 6, 30)).expectOutcome(Outcome.NOT_APPLICABLE).decision();

        assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("2004-07-01"));
    }

    @Test
    void a_refusal_of_a_transfer_for_want_of_consent_rests_on_art_11_as_replaced_by_ets182_art_3_without_a_caveat() {
        MlaRequest transfer = CoeFixtures.ets30Request()
                .person(Person.builder("d1", PersonRole.DETAINED_PERSON).name("Test Detainee").nationality(CoeFixtures.NO).location("Oslo prison").build())
                .clearMeasures().measure(CoeFixtures.measure(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, "d1")).build();

        Decision d = given("ETS30", transfer, CoeFixtures.ets30Cleared())
                .assessing(CoeAssessments.TRANSFER_FROM_REQUESTING_STATE, false).assessing(StandardAssessments.DETAINED_PERSON_CONSENT, false)
                .assessing(CoeAssessments.PRESENCE_NEEDED_IN_DOMESTIC_PROCEEDINGS, false).assessing(CoeAssessments.TRANSFER_PROLONGS_DETENTION, false)
                .assessing(CoeAssessments.OVERRIDING_GROUNDS_AGAINST_TRANSFER, false)
                .whenEvaluatedOn(LAW_DATE).expectOutcome(Outcome.MAY_REFUSE).expectDeterminedBy("ETS30 art. 11(1)(a)").decision();

        assertThat(d.finding("ets30.11.1.a").orElseThrow().caveat()).isEmpty();
        assertThat(d.explain()).contains("other than for standing trial");
    }

    @Test
    void an_urgent_request_through_interpol_is_accepted_under_art_15_7_as_replaced_by_ets182_art_4() {
        MlaRequest viaInterpol = CoeFixtures.ets30Request().transmission(Transmission.written(TransmissionChannel.INTERPOL))
                .urgent("Suspect about to flee").build();

        Decision d = given("ETS30", viaInterpol, CoeFixtures.ets30Cleared()).whenEvaluatedOn(LAW_DATE).decision();

        assertThat(d).isGrantedWithConditions().hasFinding("ets182.4.15.7", org.openmla.core.decision.Verdict.TRUE);
        assertThat(d.finding("ets182.4.15.7").orElseThrow().caveat()).isEmpty();
    }

    @Test
    void a_protocol_not_in_force_between_the_states_governs_nothing_on_an_unverified_reading_and_says_so() {
        MlaRequest order = PackScenarios.request("cets224/requests/subscriber-information-order.json");

        Decision d = given("CETS224", order, Map.of(CoeAssessments.BOUND_BY_CETS224, false)).whenEvaluatedOn(LAW_DATE).decision();

        assertThat(d).isNotApplicable().isDeterminedBy("CETS224 art. 16");
        assertThat(d.finding("cets224.16").orElseThrow().caveat()).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(org.openmla.core.rules.Caveat.Kind.UNVERIFIED));
    }
}
