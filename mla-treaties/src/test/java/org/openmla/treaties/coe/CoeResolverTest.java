package org.openmla.treaties.coe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.testkit.MlaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.PackRef;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.parties.InstrumentParties;
import org.openmla.treaties.parties.Party;
import org.openmla.treaties.parties.PartyData;
import org.openmla.treaties.parties.StateDeclaration;
import org.openmla.treaties.resolver.LegalBasisFinding;
import org.openmla.treaties.resolver.LegalBasisResolution;
import org.openmla.treaties.resolver.LegalBasisResolver;
import org.openmla.treaties.resolver.PreparedEvaluation;
import org.openmla.treaties.resolver.RelationshipFinding;

/** The resolver with the Council of Europe family: which instrument applies, and what the system can answer from party data. */
class CoeResolverTest {

    static final LocalDate DATE = LocalDate.of(2026, 3, 1);
    static final Jurisdiction IT = Jurisdiction.of("IT");
    static final Jurisdiction NO = Jurisdiction.of("NO");
    static final Jurisdiction CL = Jurisdiction.of("CL");
    static final RulesEngine ENGINE = RulesEngine.of(BuiltInPacks.registry());

    /** A made-up date for host test data: these tests concern the resolver's logic, not when a State joined. */
    static final String MADE_UP = "2010-01-01";

    final LegalBasisResolver resolver = BuiltInPacks.resolver();

    static Party party(String state, String inForce, String... declarations) {
        Party.Builder b = Party.builder(Jurisdiction.of(state), "made-up host test data").inForce(LocalDate.parse(inForce));
        for (String d : declarations) {
            b.declaration(new StateDeclaration(d, java.util.Optional.empty(), java.util.Optional.empty(), "host test data"));
        }
        return b.build();
    }

    static MlaRequest.Builder request(Jurisdiction from, Jurisdiction to, String... bases) {
        MlaRequest base = CoeFixtures.ets30Request().build();
        MlaRequest.Builder b = MlaRequest.builder("RES-1", from, to).requestingAuthority(base.requestingParty().authority().orElseThrow())
                .proceedings(base.proceedings()).factsSummary(base.factsSummary().orElseThrow()).purpose(base.purpose().orElseThrow())
                .transmission(base.transmission().orElseThrow());
        base.offences().forEach(b::offence);
        base.persons().forEach(b::person);
        base.measures().forEach(b::measure);
        for (String basis : bases) {
            b.legalBasis(basis);
        }
        return b;
    }

    @Test
    void between_two_verified_parties_ets30_applies_and_the_protocol_questions_stay_open() {
        LegalBasisResolution r = resolver.resolve(IT, NO, DATE);

        assertThat(r.applies("ETS30")).isTrue();
        assertThat(r.applicable("ETS30").orElseThrow().packId()).contains("ETS30");
        assertThat(r.systemAssessment(CoeAssessments.BOUND_BY_ETS99.id())).as("no ETS 99 party is verified").isEmpty();
        assertThat(r.relationships("ETS30")).extracting(RelationshipFinding::effect).contains(RelationshipFinding.Effect.UNDETERMINED);
    }

    @Test
    void before_ets30_entered_into_force_for_chile_it_does_not_apply_between_chile_and_norway() {
        assertThat(resolver.resolve(CL, NO, LocalDate.of(2011, 8, 1)).applies("ETS30")).isFalse();
        assertThat(resolver.resolve(CL, NO, DATE).applies("ETS30")).isTrue();
        assertThat(resolver.resolve(NO, CL, DATE).requestedProfile().declarations()).contains(CoeDeclarations.ETS30_ART15_6);
    }

    @Test
    void a_request_claiming_ets30_between_verified_parties_is_evaluated_with_chiles_declarations() {
        MlaRequest req = request(NO, CL, "ETS30").clearMeasures().measure(CoeFixtures.measure(org.openmla.core.model.MeasureType.SERVICE_OF_DOCUMENTS, "p1"))
                .build();
        PreparedEvaluation p = resolver.prepare(req, DATE, List.of());

        assertThat(p.check().validClaims()).containsExactly("ETS30");
        Evaluation e = p.evaluation().orElseThrow();
        assertThat(e.packs()).extracting(Evaluation.PackSelector::id).containsExactly("ETS30");
        assertThat(e.requestedState().declarations()).contains(CoeDeclarations.ETS30_ART7_3, CoeDeclarations.ETS30_ART15_6);

        Decision d = ENGINE.evaluate(e);
        assertThat(d.finding("ets30.7.3").orElseThrow().verdict()).isNotEqualTo(org.openmla.core.decision.Verdict.NOT_APPLICABLE);
        assertThat(d.finding("ets30.15.6").orElseThrow().verdict()).isNotEqualTo(org.openmla.core.decision.Verdict.NOT_APPLICABLE);
        assertThat(d.openQuestions()).extracting(q -> q.key())
                .contains(CoeAssessments.BOUND_BY_ETS182.id(), CoeAssessments.SUMMONS_LEAD_TIME_RESPECTED.id());
    }

    @Test
    void with_a_host_record_of_the_protocols_the_system_answers_whether_they_bind() {
        PartyData host = BuiltInPacks.partyData().withParty("ETS182", party("IT", MADE_UP)).withParty("ETS182", party("NO", MADE_UP))
                .withParty("ETS99", party("IT", MADE_UP));
        LegalBasisResolution r = resolver.withPartyData(host).resolve(IT, NO, DATE);

        assertThat(r.systemAssessment(CoeAssessments.BOUND_BY_ETS182.id())).hasValueSatisfying(a -> {
            assertThat(a.value()).isTrue();
            assertThat(a.assessedBy()).isEqualTo("system:resolver");
        });
        assertThat(r.systemAssessment(CoeAssessments.BOUND_BY_ETS99.id())).as("Norway's ETS 99 status is not recorded").isEmpty();
        assertThat(r.applicable("ETS30").orElseThrow().relationships()).anySatisfy(f -> {
            assertThat(f.effect()).isEqualTo(RelationshipFinding.Effect.PROVISIONS_APPLY);
            assertThat(f.byInstruments()).containsExactly("ETS182");
        });
        assertThat(r.packIds()).as("the protocols are encoded by the ETS30 pack").contains("ETS30").doesNotContain("ETS182", "ETS99");
    }

    @Test
    void a_request_claiming_ets182_is_evaluated_with_the_ets30_pack() {
        PartyData host = BuiltInPacks.partyData().withParty("ETS182", party("IT", MADE_UP)).withParty("ETS182", party("NO", MADE_UP));
        PreparedEvaluation p = resolver.withPartyData(host).prepare(request(IT, NO, "ETS182").build(), DATE, List.of());

        assertThat(p.check().validClaims()).containsExactly("ETS182");
        assertThat(p.evaluation().orElseThrow().packs()).extracting(Evaluation.PackSelector::id).containsExactly("ETS30");
        assertThat(p.evaluation().orElseThrow().assessments()).anySatisfy(a -> {
            assertThat(a.key()).isEqualTo(CoeAssessments.BOUND_BY_ETS182.id());
            assertThat(a.value()).isTrue();
        });
    }

    @Test
    void ets30_is_a_treaty_of_mutual_assistance_so_budapest_arts_27_and_28_give_way_and_the_decision_says_so() {
        PartyData host = BuiltInPacks.partyData()
                .withParty("ETS185", party("IT", MADE_UP)).withParty("ETS185", party("NO", MADE_UP));
        MlaRequest req = request(IT, NO, "ETS185", "ETS30").clearMeasures()
                .measure(CoeFixtures.electronic(org.openmla.core.model.MeasureType.ACCESS_TO_STORED_DATA,
                        org.openmla.core.model.DataCategory.CONTENT)).build();
        PreparedEvaluation p = resolver.withPartyData(host).prepare(req, DATE, List.of());

        assertThat(p.resolution().systemAssessment(StandardAssessments.MLA_TREATY_BINDS.id())).hasValueSatisfying(a -> assertThat(a.value()).isTrue());
        assertThat(p.resolution().applicable("ETS185").orElseThrow().displacedProvisions()).singleElement()
                .satisfies(f -> assertThat(f.byInstruments()).containsExactly("ETS30"));
        Evaluation e = p.evaluation().orElseThrow();
        assertThat(e.packs()).extracting(Evaluation.PackSelector::id).containsExactlyInAnyOrder("ETS185", "ETS30");

        Decision d = ENGINE.evaluate(e.toBuilder().assessment(assess(StandardAssessments.POLITICAL_OFFENCE, true))
                .assessment(assess(CoeAssessments.ETS90_OFFENCE, false)).assessment(assess(CoeAssessments.ICSFT_OFFENCE, false)).build());
        assertThat(d.packs()).extracting(PackRef::id).containsExactlyInAnyOrder("ETS185", "ETS30");
        assertThat(d).hasFinding("ETS185 art. 27(4)(a)", org.openmla.core.decision.Verdict.NOT_APPLICABLE)
                .hasFinding("ets30.2.a.political", org.openmla.core.decision.Verdict.TRUE);
        assertThat(d.determiningFindings()).extracting(f -> f.packId()).contains("ETS30");
    }

    @Test
    void the_ets30_pack_and_the_un_conventions_side_by_side_each_decision_names_the_packs_applied() {
        PartyData host = BuiltInPacks.partyData()
                .withParty("UNTOC", party("IT", MADE_UP)).withParty("UNTOC", party("NO", MADE_UP));
        MlaRequest req = request(IT, NO, "UNTOC", "ETS30").build();
        PreparedEvaluation p = resolver.withPartyData(host).prepare(req, DATE, List.of());

        assertThat(p.resolution().applicable().get(0).instrumentId()).as("the MLA treaty comes first").isEqualTo("ETS30");
        assertThat(p.resolution().applicable("UNTOC").orElseThrow().displacedProvisions()).singleElement()
                .satisfies(f -> assertThat(f.byInstruments()).containsExactly("ETS30"));
        Decision d = ENGINE.evaluate(p.evaluation().orElseThrow());
        assertThat(d.packs()).extracting(PackRef::id).containsExactlyInAnyOrder("UNTOC", "ETS30");
        assertThat(d.findings()).filteredOn(f -> f.packId().equals("UNTOC") && f.citation().toString().equals("UNTOC art. 18(21)(a)"))
                .allSatisfy(f -> assertThat(f.verdict()).isEqualTo(org.openmla.core.decision.Verdict.NOT_APPLICABLE));
    }

    @Test
    void a_claim_of_the_budapest_second_protocol_is_reported_as_not_binding_and_its_pack_answers_not_applicable() {
        PartyData host = BuiltInPacks.partyData()
                .withParty("ETS185", party("JP", MADE_UP)).withParty("ETS185", party("RS", MADE_UP));
        LegalBasisResolver local = resolver.withPartyData(host);
        MlaRequest req = MlaRequest.builder("RES-2", Jurisdiction.of("JP"), Jurisdiction.of("RS")).legalBasis("CETS224")
                .measure(CoeFixtures.electronic(org.openmla.core.model.MeasureType.SUBSCRIBER_IDENTIFICATION,
                        org.openmla.core.model.DataCategory.SUBSCRIBER)).build();
        PreparedEvaluation p = local.prepare(req, DATE, List.of());

        assertThat(p.check().findings()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.NOT_BOTH_BOUND));
        Assessment bound = p.resolution().systemAssessment(CoeAssessments.BOUND_BY_CETS224.id()).orElseThrow();
        assertThat(bound.value()).isFalse();

        Decision d = ENGINE.evaluate(Evaluation.of(req).pack("CETS224").lawDate(DATE).assessment(bound).build());
        assertThat(d).isNotApplicable();
        assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.citations()).extracting(Object::toString)
                .containsExactly("CETS224 art. 16"));
    }

    @Test
    void where_the_partial_ets30_list_omits_both_states_whether_an_mla_treaty_displaces_untoc_18_9_to_29_is_left_open() {
        // Australia and Canada: both in the UNTOC data, neither in the partial ETS 30 list (which names every Council
        // of Europe member State but not every non-member Party), and not bound by the EIO, so nothing else settles
        // whether an MLA treaty binds them.
        Jurisdiction ch = Jurisdiction.of("AU");
        Jurisdiction at = Jurisdiction.of("CA");

        LegalBasisResolution shipped = resolver.resolve(ch, at, DATE);
        assertThat(shipped.uncertain()).contains("ETS30");
        assertThat(shipped.systemAssessment(StandardAssessments.MLA_TREATY_BINDS.id())).as("never guessed").isEmpty();
        assertThat(shipped.relationships("UNTOC")).extracting(RelationshipFinding::effect).containsExactly(RelationshipFinding.Effect.UNDETERMINED);

        PartyData host = BuiltInPacks.partyData().withParty("ETS30", party("AU", MADE_UP)).withParty("ETS30", party("CA", MADE_UP));
        LegalBasisResolution known = resolver.withPartyData(host).resolve(ch, at, DATE);
        assertThat(known.systemAssessment(StandardAssessments.MLA_TREATY_BINDS.id())).hasValueSatisfying(a -> assertThat(a.value()).isTrue());
        assertThat(known.applicable("UNTOC").orElseThrow().displacedProvisions()).singleElement()
                .satisfies(f -> assertThat(f.byInstruments()).containsExactly("ETS30"));
    }

    @Test
    void without_party_data_for_the_terrorism_conventions_the_system_leaves_them_to_the_host() {
        LegalBasisResolution r = resolver.resolve(IT, NO, DATE);

        assertThat(r.systemAssessment(CoeAssessments.BOUND_BY_ETS90.id())).isEmpty();
        assertThat(r.systemAssessment(CoeAssessments.BOUND_BY_ICSFT.id())).isEmpty();
        assertThat(BuiltInPacks.partyData().instrument("ETS90")).isEmpty();
    }

    @Test
    void the_party_data_of_the_protocols_are_documented_as_partial() {
        InstrumentParties ets182 = BuiltInPacks.partyData().instrument("ETS182").orElseThrow();
        assertThat(ets182.notes()).anySatisfy(n -> assertThat(n).contains("PARTIAL", "UNKNOWN"));
    }

    static Assessment assess(org.openmla.core.rules.AssessmentKey key, boolean value) {
        return Assessment.of(key, value, "officer-1", java.time.Instant.parse("2026-03-02T10:00:00Z"), null);
    }
}
