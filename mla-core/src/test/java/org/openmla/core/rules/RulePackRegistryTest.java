package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.not;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.decision.Verdict;

/** Packs are checked when built and compiled; extension replaces and disables by id; versions live side by side. */
class RulePackRegistryTest {

    static Rule ground(String id, String citation, RefusalGround g) {
        return Rule.builder(id, citation).discretionaryRefusal(g).statement("Ground " + id + ".").when(always()).build();
    }

    /** A bilateral treaty on top of the small pack: one rule replaced, one disabled, one added. */
    static RulePack bilateral() {
        return RulePack.builder("NL-BE", "1.0.0").extending("TESTLAND")
                .replace(Rule.builder("tl.4.2.a", "NLBE art. 3(1)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                        .statement("Assistance may be refused for a political offence, but not for an attack on a head of State.")
                        .when(assessed(StandardAssessments.POLITICAL_OFFENCE)).build())
                .disable("tl.6", "The bilateral treaty has no postponement clause.")
                .rule(Rule.builder("nlbe.4", "NLBE art. 4").mandatoryRefusal(StandardGrounds.DEATH_PENALTY)
                        .statement("Assistance shall be refused where the death penalty may be imposed and no assurance is given.")
                        .when(Conditions.deathPenaltyPossible().and(assessed(StandardAssessments.DEATH_PENALTY_ASSURANCE_REFUSED))).build())
                .build();
    }

    @Test
    void an_extending_pack_inherits_in_order_and_replaces_disables_and_adds_by_id() {
        RulePackRegistry registry = RulePackRegistry.of(SmallPack.pack(), bilateral());

        CompiledRulePack pack = registry.get("NL-BE");

        assertThat(pack.lineage()).containsExactly("NL-BE", "TESTLAND");
        assertThat(pack.rule("tl.4.2.a").orElseThrow().citation()).hasToString("NLBE art. 3(1)");
        assertThat(pack.origin("tl.4.2.a")).contains("NL-BE");
        assertThat(pack.origin("tl.3.a")).contains("TESTLAND");
        assertThat(pack.rule("tl.6")).isEmpty();
        assertThat(pack.disabledRules()).containsEntry("tl.6", "NL-BE: The bilateral treaty has no postponement clause.");
        assertThat(pack.disabledRule("tl.6").orElseThrow().citation()).hasToString("TESTLAND art. 6");
        assertThat(pack.rules()).extracting(Rule::id).endsWith("nlbe.4").startsWith("tl.1", "tl.3.a");
        assertThat(pack.rules()).hasSize(SmallPack.pack().rules().size());
        assertThat(pack.instruments()).extracting(Instrument::id).containsExactly("TESTLAND");
    }

    @Test
    void a_decision_under_the_extending_pack_cites_the_replacement() {
        RulesEngine engine = RulesEngine.of(RulePackRegistry.of(SmallPack.pack(), bilateral()));
        Evaluation e = RulesEngineTest.replace(RulesEngineTest.cleared(SmallPack.request().build()).build(),
                StandardAssessments.POLITICAL_OFFENCE, true).toBuilder().build();
        Evaluation onBilateral = new Evaluation(e.request(), java.util.List.of(new Evaluation.PackSelector("NL-BE", java.util.Optional.empty())),
                e.lawDate(), e.requestedState(), e.requestingState(), e.assessments(), e.proposedRefusals());

        Decision d = engine.evaluate(onBilateral);

        assertThat(d.outcome()).isEqualTo(Outcome.MAY_REFUSE);
        assertThat(d.determiningFindings()).extracting(Finding::cited).containsExactly("NLBE art. 3(1)");
        assertThat(d.determiningFindings()).extracting(Finding::packId).containsExactly("NL-BE");
        assertThat(d.finding("tl.6")).hasValueSatisfying(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
            assertThat(f.packId()).isEqualTo("TESTLAND");
            assertThat(f.reason()).contains("disabled by NL-BE: The bilateral treaty has no postponement clause.");
        });
    }

    @Test
    void versions_live_side_by_side_and_the_latest_is_the_default() {
        RulePack v1 = RulePack.builder("X", "1.9.0").rule(ground("x.1", "X art. 1", StandardGrounds.DE_MINIMIS)).build();
        RulePack v2 = RulePack.builder("X", "1.10.0").rule(ground("x.1", "X art. 1", StandardGrounds.DE_MINIMIS)).build();

        RulePackRegistry registry = RulePackRegistry.of(v2, v1);

        assertThat(registry.get("X").version()).isEqualTo("1.10.0");
        assertThat(registry.find("X", "1.9.0")).isPresent();
        assertThat(registry.allVersions()).extracting(CompiledRulePack::version).containsExactly("1.9.0", "1.10.0");
        assertThat(registry.packs()).hasSize(1);
    }

    @Test
    void a_pack_pinned_to_a_parent_version_keeps_its_rules_when_the_parent_moves_on_and_decisions_tell_them_apart() {
        RulePack base1 = RulePack.builder("BASE", "1.0.0").rule(ground("b.1", "BASE art. 1", StandardGrounds.DE_MINIMIS)).build();
        RulePack base2 = RulePack.builder("BASE", "2.0.0").rule(ground("b.1", "BASE art. 1", StandardGrounds.DE_MINIMIS))
                .rule(ground("b.2", "BASE art. 2", StandardGrounds.ESSENTIAL_INTERESTS)).build();
        RulePack pinned = RulePack.builder("CHILD", "1.0.0").extending("BASE", "1.0.0")
                .rule(Rule.builder("c.1", "CHILD art. 1").condition().statement("Use is limited.").when(always()).build()).build();
        RulePack floating = RulePack.builder("FLOAT", "1.0.0").extending("BASE")
                .rule(Rule.builder("fl.1", "FLOAT art. 1").condition().statement("Use is limited.").when(always()).build()).build();

        RulePackRegistry registry = RulePackRegistry.of(base1, base2, pinned, floating);

        assertThat(registry.get("CHILD").rules()).extracting(Rule::id).containsExactly("b.1", "c.1");
        assertThat(registry.get("CHILD").lineageVersions()).containsExactly(new PackRef("CHILD", "1.0.0"), new PackRef("BASE", "1.0.0"));
        assertThat(registry.get("FLOAT").rules()).extracting(Rule::id).containsExactly("b.1", "b.2", "fl.1");

        // the same child under a different parent version is a different input, so a different decision id
        RulePackRegistry older = RulePackRegistry.of(base1, RulePack.builder("FLOAT", "1.0.0").extending("BASE", "1.0.0")
                .rule(Rule.builder("fl.1", "FLOAT art. 1").condition().statement("Use is limited.").when(always()).build()).build());
        Evaluation e = Evaluation.of(SmallPack.request().build()).pack("FLOAT").lawDate(RulesEngineTest.LAW_DATE).build();
        assertThat(RulesEngine.of(registry).evaluate(e).decisionId()).isNotEqualTo(RulesEngine.of(older).evaluate(e).decisionId());
    }

    @Test
    void a_pinned_parent_version_that_is_not_registered_is_a_clear_error() {
        RulePack pinned = RulePack.builder("CHILD", "1.0.0").extending("TESTLAND", "0.9.0").disable("tl.6", "none").build();

        assertThatThrownBy(() -> RulePackRegistry.of(SmallPack.pack(), pinned))
                .isInstanceOf(RulePackException.class).hasMessageContaining("extends TESTLAND@0.9.0, which is not registered");
    }

    @Test
    void a_duplicate_pack_is_a_clear_error() {
        assertThatThrownBy(() -> RulePackRegistry.of(SmallPack.pack(), SmallPack.pack()))
                .isInstanceOf(RulePackException.class).hasMessageContaining("duplicate rule pack TESTLAND@1.0.0");
    }

    @Test
    void a_missing_parent_is_a_clear_error() {
        assertThatThrownBy(() -> RulePackRegistry.of(bilateral()))
                .isInstanceOf(RulePackException.class).hasMessageContaining("extends 'TESTLAND', which is not registered");
    }

    @Test
    void packs_that_extend_each_other_in_a_cycle_are_rejected() {
        RulePack a = RulePack.builder("A", "1.0").extending("B").rule(ground("a.1", "A art. 1", StandardGrounds.DE_MINIMIS)).build();
        RulePack b = RulePack.builder("B", "1.0").extending("A").rule(ground("b.1", "B art. 1", StandardGrounds.DE_MINIMIS)).build();

        assertThatThrownBy(() -> RulePackRegistry.of(a, b)).isInstanceOf(RulePackException.class).hasMessageContaining("cycle");
    }

    @Test
    void replacing_or_disabling_a_rule_the_parent_lacks_is_rejected() {
        RulePack replaces = RulePack.builder("R", "1.0").extending("TESTLAND").replace(ground("nope", "R art. 1", StandardGrounds.DE_MINIMIS)).build();
        RulePack disables = RulePack.builder("D", "1.0").extending("TESTLAND").disable("nope", "gone").build();

        assertThatThrownBy(() -> RulePackRegistry.of(SmallPack.pack(), replaces)).hasMessageContaining("replaces rule 'nope'");
        assertThatThrownBy(() -> RulePackRegistry.of(SmallPack.pack(), disables)).hasMessageContaining("disables rule 'nope'");
    }

    @Test
    void adding_a_rule_with_an_inherited_id_must_use_replace() {
        RulePack clash = RulePack.builder("C", "1.0").extending("TESTLAND").rule(ground("tl.6", "C art. 1", StandardGrounds.DE_MINIMIS)).build();

        assertThatThrownBy(() -> RulePackRegistry.of(SmallPack.pack(), clash)).hasMessageContaining("use replace()");
    }

    @Test
    void an_exception_to_a_missing_or_disabled_rule_is_rejected() {
        RulePack orphan = RulePack.builder("O", "1.0").extending("TESTLAND").disable("tl.4.2.a", "no political offence ground").build();

        assertThatThrownBy(() -> RulePackRegistry.of(SmallPack.pack(), orphan))
                .hasMessageContaining("tl.4.3").hasMessageContaining("(it is disabled)");
    }

    @Test
    void rules_excepting_each_other_in_a_cycle_are_rejected() {
        RulePack loop = RulePack.builder("L", "1.0")
                .rule(Rule.exception("l.1", "L art. 1").statement("One.")
                        .to("l.2", ExceptionEffect.DISAPPLY).when(always()).build())
                .rule(Rule.exception("l.2", "L art. 2").statement("Two.")
                        .to("l.1", ExceptionEffect.DISAPPLY).when(always()).build())
                .build();

        assertThatThrownBy(() -> RulePackRegistry.of(loop)).hasMessageContaining("cycle");
    }

    @Test
    void a_pack_is_checked_when_it_is_built() {
        assertThatThrownBy(() -> RulePack.builder("P", "1.0").rule(ground("p.1", "P art. 1", StandardGrounds.DE_MINIMIS))
                .rule(ground("p.1", "P art. 2", StandardGrounds.DE_MINIMIS)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'p.1' is used twice");
        assertThatThrownBy(() -> RulePack.builder("P", "one").build()).hasMessageContaining("version");
        assertThatThrownBy(() -> RulePack.builder("P", "1.0").build()).hasMessageContaining("has no rules");
        assertThatThrownBy(() -> Rule.builder("p.1", "P art. 1").discretionaryRefusal(StandardGrounds.DE_MINIMIS).when(always()).build())
                .hasMessageContaining("Rule.statement");
        assertThatThrownBy(() -> Rule.builder("P.1", "P art. 1")).hasMessageContaining("Rule.id");
        assertThatThrownBy(() -> Rule.builder("p.1", "art. 1")).hasMessageContaining("UNTOC art. 18(21)(b)");
        assertThatThrownBy(() -> Rule.builder("p.1", "P art. 1").condition().statement("s").when(not(always()))
                .effectiveFrom(LocalDate.of(2020, 1, 1)).effectiveUntil(LocalDate.of(2019, 1, 1)).build())
                .hasMessageContaining("effectiveUntil");
    }

    @Test
    void discovery_through_service_loader_finds_the_test_provider() {
        RulePackRegistry registry = RulePackRegistry.builder().discover().build();

        assertThat(registry.find("SPI-TEST")).isPresent();
    }

    @Test
    void a_provider_and_an_explicit_registration_of_the_same_pack_collide_with_both_sources_named() {
        assertThatThrownBy(() -> RulePackRegistry.builder().discover().register(TestPackProvider.PACK).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("SPI-TEST@1.0.0")
                .hasMessageContaining(TestPackProvider.class.getName())
                .hasMessageContaining("explicit registration");
    }
}
