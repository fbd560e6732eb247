package org.openmla.treaties.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.coerciveMeasure;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.offenceInCategory;
import static org.openmla.testkit.MlaAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.decision.Verdict;
import org.openmla.treaties.internal.docs.PackDocGenerator;

/**
 * A bilateral treaty pack built on the UN Model Treaty, as a host would write one: a fictional treaty "XX-YY-MLAT"
 * (all citations point at it) that narrows the political-offence ground for terrorism, has no military-offence ground
 * and adds a dual criminality ground for coercive measures.
 */
class BilateralExtensionTest {

    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    static RulePack bilateral() {
        return RulePack.builder("XX-YY-MLAT", "1.0.0")
                .title("Fictional bilateral treaty on mutual assistance, built on the UN Model Treaty")
                .instrument(Instrument.of("XX-YY-MLAT", "Fictional treaty between two States on mutual assistance in criminal matters",
                        LocalDate.of(2010, 5, 1), LocalDate.of(2011, 1, 1)))
                .effectiveFrom(LocalDate.of(2011, 1, 1))
                .extending(UnPacks.UN_MODEL_TREATY)
                .replace(Rule.builder("mt.4.1.b", "XX-YY-MLAT art. 4(1)(b)").discretionaryRefusal(StandardGrounds.POLITICAL_OFFENCE)
                        .statement("Assistance may be refused for a political offence; a terrorist offence is not a political offence for this treaty.")
                        .when(allOf(assessed(StandardAssessments.POLITICAL_OFFENCE), not(offenceInCategory(OffenceCategory.TERRORISM)))).build())
                .disable("mt.4.1.f", "The treaty has no military-offence ground.")
                .rule(Rule.builder("xxyy.4.1.g", "XX-YY-MLAT art. 4(1)(g)").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                        .statement("Coercive measures may be refused where the conduct is not an offence under the law of the requested State.")
                        .appliesWhen(coerciveMeasure()).when(not(assessed(StandardAssessments.DUAL_CRIMINALITY))).build())
                .build();
    }

    final RulePackRegistry registry = RulePackRegistry.builder().registerAll(UnPacks.all()).register(bilateral()).build();
    final RulesEngine engine = RulesEngine.of(registry);

    Decision decide(MlaRequest request, Map<AssessmentKey, Boolean> overrides) {
        Evaluation.Builder b = Evaluation.of(request).pack("XX-YY-MLAT").lawDate(UnFixtures.LAW_DATE).requestedState(UnFixtures.requestedProfile());
        Map<AssessmentKey, Boolean> values = new java.util.LinkedHashMap<>(UnFixtures.clearedModelTreaty());
        values.put(StandardAssessments.DUAL_CRIMINALITY, true);
        values.putAll(overrides);
        values.forEach((k, v) -> b.assessment(Assessment.of(k, v, "officer-17", AT, null)));
        return engine.evaluate(b.build());
    }

    @Test
    void the_extension_inherits_replaces_disables_and_adds_rules() {
        CompiledRulePack pack = registry.get("XX-YY-MLAT");

        assertThat(pack.lineage()).containsExactly("XX-YY-MLAT", "UN_MODEL_TREATY");
        assertThat(pack.rule("mt.4.1.a")).isPresent();
        assertThat(pack.origin("mt.4.1.a")).contains("UN_MODEL_TREATY");
        assertThat(pack.rule("mt.4.1.b").orElseThrow().citation().toString()).isEqualTo("XX-YY-MLAT art. 4(1)(b)");
        assertThat(pack.origin("mt.4.1.b")).contains("XX-YY-MLAT");
        assertThat(pack.rule("mt.4.1.f")).isEmpty();
        assertThat(pack.disabledRules()).containsKey("mt.4.1.f");
        assertThat(pack.rule("xxyy.4.1.g")).isPresent();
    }

    @Test
    void a_complete_request_is_granted_on_the_inherited_conditions() {
        Decision d = decide(UnFixtures.untocRequest().build(), Map.of());

        assertThat(d).isGrantedWithConditions().hasCondition("UN_MODEL_TREATY art. 8");
    }

    @Test
    void a_terrorist_offence_is_not_political_under_the_bilateral_treaty() {
        MlaRequest terrorism = UnFixtures.untocRequest().clearOffences().offence(org.openmla.core.model.Offence.builder()
                .description("Financing of terrorism").statutoryProvision("Code art. 140").maxPenalty(Penalty.imprisonmentYears(15))
                .category(OffenceCategory.TERRORISM).build()).build();

        Decision d = decide(terrorism, Map.of(StandardAssessments.POLITICAL_OFFENCE, true));

        assertThat(d).isGrantedWithConditions().hasFinding("XX-YY-MLAT art. 4(1)(b)", Verdict.FALSE);
    }

    @Test
    void a_military_offence_is_no_ground_because_the_treaty_disables_it() {
        MlaRequest military = UnFixtures.untocRequest().clearOffences().offence(org.openmla.core.model.Offence.builder().description("Desertion")
                .statutoryProvision("Military Code art. 1").maxPenalty(Penalty.imprisonmentYears(2)).category(OffenceCategory.MILITARY_OFFENCE).build())
                .build();

        Decision d = decide(military, Map.of(UnAssessments.MILITARY_OFFENCE, true));

        assertThat(d).isGrantedWithConditions().hasFinding("mt.4.1.f", Verdict.NOT_APPLICABLE);
        assertThat(d.finding("mt.4.1.f")).hasValueSatisfying(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
            assertThat(f.reason()).hasValueSatisfying(r -> assertThat(r).contains("The treaty has no military-offence ground."));
        });
    }

    @Test
    void the_added_dual_criminality_ground_binds_coercive_measures_only() {
        Decision d = decide(UnFixtures.untocRequest().build(), Map.of(StandardAssessments.DUAL_CRIMINALITY, false));

        assertThat(d).mayBeRefused().isPartial().isDeterminedBy("XX-YY-MLAT art. 4(1)(g)")
                .measure(0).mayBeRefused().and().measure(1).isGrantedWithConditions();
        assertThat(d.refusalReasons()).singleElement().asString().contains("XX-YY-MLAT art. 4(1)(g)");
    }

    @Test
    void the_generated_documentation_shows_inherited_and_disabled_rules() {
        String md = PackDocGenerator.render(registry.get("XX-YY-MLAT"), org.openmla.treaties.internal.docs.DocumentationResource.load("UN_MODEL_TREATY"));

        assertThat(md).contains("extending `UN_MODEL_TREATY`", "**From pack:** `UN_MODEL_TREATY`", "`mt.4.1.f`: XX-YY-MLAT: The treaty has no military-offence ground.");
    }
}
