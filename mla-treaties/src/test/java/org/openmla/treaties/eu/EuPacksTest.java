package org.openmla.treaties.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.testkit.MlaAssertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.decision.Verdict;
import org.openmla.treaties.BuiltInPacks;

/**
 * What the EU packs' scenario tables ({@link EuScenariosTest}) cannot say: which rules carry a caveat and that
 * decisions show it, the events the deadlines run between, why a pack governs nothing before it applies, and how a
 * decision explains that dual criminality is not verified for a listed offence.
 */
class EuPacksTest {

    static CompiledRulePack pack(String id) {
        return BuiltInPacks.registry().get(id);
    }

    static DeadlineSpec deadline(String packId, String ruleId) {
        return pack(packId).rule(ruleId).flatMap(Rule::deadline).orElseThrow();
    }

    @Test
    void every_rule_cites_its_instrument_and_only_unverified_items_carry_a_caveat() {
        assertThat(pack("EIO").rules()).allSatisfy(r -> assertThat(r.citation().instrument()).isEqualTo("EIO"));
        assertThat(pack("EIO").rules()).filteredOn(r -> r.caveat().isPresent()).extracting(Rule::id)
                .containsExactlyInAnyOrder("eio.34.1.united-kingdom", "eio.34.1.ireland", "eio.11.1.d.safeguard");
        assertThat(pack("EEVIDENCE").rules()).allSatisfy(r -> assertThat(r.citation().instrument()).isEqualTo("EEVIDENCE"));
        assertThat(pack("EEVIDENCE").rules()).filteredOn(r -> r.caveat().isPresent()).extracting(Rule::id)
                .containsExactlyInAnyOrder("eev.3.16.denmark", "eev.3.16.ireland");
        assertThat(pack("EAW").rules()).allSatisfy(r -> assertThat(r.citation().instrument()).isEqualTo("EAW"));
        assertThat(pack("EAW").rules()).filteredOn(r -> r.caveat().isPresent()).extracting(Rule::id)
                .containsExactlyInAnyOrder("eaw.1.1", "eaw.1.1.measures", "eaw.15.2", "eaw.2.2.items-20-32", "eaw.1.3.detention",
                        "eaw.1.3.detention.not-discounted", "eaw.1.3.fair-trial", "eaw.24", "eaw.20.consent", "eaw.20.arrest", "eaw.21.consent",
                        "eaw.21.arrest");
    }

    @Test
    void the_eio_entered_into_force_in_2014_and_replaces_the_conventions_from_22_may_2017() {
        assertThat(pack("EIO").instruments().get(0).inForce()).contains(LocalDate.of(2017, 5, 22));
        assertThat(pack("EIO").definition().effectiveFrom()).contains(LocalDate.of(2017, 5, 22));
        assertThat(org.openmla.treaties.internal.docs.DocumentationResource.load("EIO").coverage()).anySatisfy(c -> {
            assertThat(c.provision()).hasToString("EIO art. 38");
            assertThat(c.notEncodedBecause()).hasValueSatisfying(t -> assertThat(t).contains("21 May 2014", "not its entry into force"));
        });
        assertThat(pack("EIO").rules()).filteredOn(r -> r.id().startsWith("eio.30.")).extracting(r -> r.citation().toString())
                .containsExactlyInAnyOrder("EIO art. 30(3)", "EIO art. 30(5)");
    }

    @Test
    void the_e_evidence_regulation_applies_from_18_august_2026_and_the_eaw_application_date_is_not_encoded() {
        assertThat(pack("EEVIDENCE").definition().effectiveFrom()).contains(LocalDate.of(2026, 8, 18));
        assertThat(pack("EAW").definition().effectiveFrom()).isEmpty();
    }

    @Test
    void the_deadlines_run_between_the_events_the_instruments_name_and_may_be_extended_as_they_allow() {
        assertThat(deadline("EIO", "eio.12.3")).satisfies(d -> {
            assertThat(d.runsFrom()).isEqualTo(DeadlineEvent.RECEIPT);
            assertThat(d.metBy()).isEqualTo(DeadlineEvent.DECISION);
            assertThat(d.maxExtension()).contains(TimeLimit.days(30));
        });
        assertThat(deadline("EEVIDENCE", "eev.12.1").metBy()).isEqualTo(DeadlineEvent.DECISION);
        assertThat(deadline("EEVIDENCE", "eev.11.1").maxExtension()).contains(TimeLimit.days(30));
        assertThat(deadline("EAW", "eaw.17.3")).satisfies(d -> {
            assertThat(d.runsFrom()).isEqualTo(DeadlineEvent.ARREST);
            assertThat(d.maxExtension()).contains(TimeLimit.days(30));
        });
        assertThat(deadline("EAW", "eaw.17.2").runsFrom()).isEqualTo(DeadlineEvent.CONSENT_TO_SURRENDER);
    }

    @Test
    void before_the_directive_and_the_regulation_apply_the_decision_notes_the_date() {
        Decision eio = EuFixtures.given("EIO", EuFixtures.eio(), EuFixtures.eioCleared()).whenEvaluatedOn(LocalDate.of(2017, 5, 21))
                .expectOutcome(Outcome.NOT_APPLICABLE).decision();
        Decision eev = EuFixtures.given("EEVIDENCE", EuFixtures.productionOrder(), EuFixtures.eevidenceCleared())
                .whenEvaluatedOn(LocalDate.of(2026, 8, 17)).expectOutcome(Outcome.NOT_APPLICABLE).decision();

        assertThat(eio.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("2017-05-22"));
        assertThat(eev.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("2026-08-18"));
    }

    @Test
    void a_decision_on_the_participation_of_ireland_shows_that_it_is_unverified() {
        MlaRequest fromIreland = MlaRequest.builder("EIO-2026-19", Jurisdiction.of("IE"), Jurisdiction.of("FR"))
                .requestingAuthority(Authority.of("Director of Public Prosecutions", AuthorityKind.PROSECUTOR)).build();
        MlaRequest base = EuFixtures.productionOrder();
        MlaRequest.Builder toIreland = MlaRequest.builder(base.id().value(), base.requestingState(), Jurisdiction.of("IE"))
                .requestingAuthority(base.requestingParty().authority().orElseThrow()).dateIssued(base.dateIssued().orElseThrow())
                .proceedings(base.proceedings()).factsSummary(base.factsSummary().orElseThrow());
        base.offences().forEach(toIreland::offence);
        base.measures().forEach(toIreland::measure);

        Decision eio = EuFixtures.given("EIO", fromIreland, EuFixtures.eioCleared()).whenEvaluatedOn(EuFixtures.LAW_DATE).decision();
        Decision eev = EuFixtures.given("EEVIDENCE", toIreland.build(), EuFixtures.eevidenceCleared()).whenEvaluatedOn(EuFixtures.LAW_DATE).decision();

        assertThat(eio).isNotApplicable().isDeterminedBy("eio.34.1.ireland");
        assertThat(eio.finding("eio.34.1.ireland").orElseThrow().caveat()).isPresent();
        assertThat(eev).isGranted().hasFinding("eev.3.16.ireland", Verdict.TRUE);
        assertThat(eev.finding("eev.3.16.ireland").orElseThrow().caveat()).isPresent();
    }

    @Test
    void a_warrant_decided_on_an_unverified_provision_shows_its_caveat() {
        MlaRequest rape = EuFixtures.warrant().toBuilder().clearOffences().offence(Offence.builder().description("Offence")
                .statutoryProvision("Code pénal art. 222-23").maxPenalty(Penalty.imprisonmentYears(8)).category(OffenceCategory.RAPE).build()).build();

        Decision listed = EuFixtures.given("EAW", rape, EuFixtures.eawCleared()).assessing(StandardAssessments.DUAL_CRIMINALITY.id(), true)
                .whenEvaluatedOn(EuFixtures.LAW_DATE).decision();
        Decision rights = EuFixtures.given("EAW", EuFixtures.warrant(), EuFixtures.eawCleared())
                .assessing(EuAssessments.EAW_SYSTEMIC_DEFICIENCIES_INDEPENDENCE, true).assessing(EuAssessments.EAW_INDIVIDUAL_RISK_FAIR_TRIAL, true)
                .whenEvaluatedOn(EuFixtures.LAW_DATE).decision();

        assertThat(listed).isGranted().hasFinding("eaw.2.2.items-20-32", Verdict.TRUE);
        assertThat(listed.finding("eaw.2.2.items-20-32").orElseThrow().caveat()).isPresent();
        assertThat(rights).mustBeRefused().isDeterminedBy("EAW art. 1(3)");
        assertThat(rights.finding("eaw.1.3.fair-trial").orElseThrow().caveat()).isPresent();
    }

    static Map<AssessmentKey, Boolean> withoutDualCriminality(Map<AssessmentKey, Boolean> answers) {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>(answers);
        m.remove(StandardAssessments.DUAL_CRIMINALITY);
        return m;
    }

    @Test
    void for_annex_d_fraud_punishable_by_six_years_the_decision_says_why_dual_criminality_is_not_verified() {
        Decision d = EuFixtures.given("EIO", EuFixtures.eio(), withoutDualCriminality(EuFixtures.eioCleared())).whenEvaluatedOn(EuFixtures.LAW_DATE)
                .decision();

        assertThat(d).isGrantedWithConditions().hasNoOpenQuestions();
        Finding dc = d.finding("eio.11.1.g").orElseThrow();
        assertThat(dc.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(dc.exceptedBy()).contains("eio.11.1.g.annex-d");
        assertThat(dc.reason()).hasValueSatisfying(r -> assertThat(r).contains("EIO art. 11(1)(g)").contains("Annex D"));
        Finding exception = d.finding("eio.11.1.g.annex-d").orElseThrow();
        assertThat(exception.verdict()).isEqualTo(Verdict.TRUE);
        assertThat(exception.facts()).anySatisfy(f -> assertThat(f.label()).contains("Annex D").contains("three years"));
        assertThat(d.explain()).contains("excepted by EIO art. 11(1)(g)");
    }

    @Test
    void for_an_annex_iv_offence_the_decision_says_why_dual_criminality_is_not_verified() {
        Decision d = EuFixtures.given("EEVIDENCE", EuFixtures.productionOrder(), withoutDualCriminality(EuFixtures.eevidenceCleared()))
                .whenEvaluatedOn(EuFixtures.LAW_DATE).decision();

        assertThat(d).isGranted().hasNoOpenQuestions();
        assertThat(d.finding("eev.12.1.d")).hasValueSatisfying(f -> assertThat(f.reason()).hasValueSatisfying(r -> assertThat(r).contains("Annex IV")));
    }
}
