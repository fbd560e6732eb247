package org.openmla.treaties.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;

class EuRulePackProviderTest {

    @Test
    void the_eu_packs_are_found_through_the_service_loader_and_compile() {
        RulePackRegistry registry = RulePackRegistry.discover();

        assertThat(registry.find("EIO")).isPresent();
        assertThat(registry.find("EEVIDENCE")).isPresent();
        assertThat(registry.find("EAW")).isPresent();
        assertThat(registry.get("EIO").instruments()).extracting(i -> i.id()).containsExactly("EIO");
    }

    @Test
    void the_provider_returns_the_same_packs_on_every_call() {
        EuRulePackProvider provider = new EuRulePackProvider();

        List<RulePack> first = provider.packs();

        assertThat(provider.packs()).isSameAs(first);
        assertThat(new EuRulePackProvider().packs()).isSameAs(first);
        assertThat(first).extracting(RulePack::id).containsExactly(EuPacks.EIO, EuPacks.EEVIDENCE, EuPacks.EAW);
    }

    @Test
    void the_packs_are_dated_as_the_reference_gives_the_instruments() {
        RulePackRegistry registry = RulePackRegistry.of(new EuRulePackProvider().packs().toArray(new RulePack[0]));

        CompiledRulePack eio = registry.get("EIO");
        CompiledRulePack eev = registry.get("EEVIDENCE");

        assertThat(eio.definition().inForceOn(LocalDate.of(2017, 5, 21))).isFalse();
        assertThat(eio.definition().inForceOn(LocalDate.of(2017, 5, 22))).isTrue();
        assertThat(eev.definition().inForceOn(LocalDate.of(2026, 8, 17))).isFalse();
        assertThat(eev.definition().inForceOn(LocalDate.of(2026, 8, 18))).isTrue();
        assertThat(eio.instruments().get(0).adopted()).contains(LocalDate.of(2014, 4, 3));
        assertThat(eev.instruments().get(0).adopted()).contains(LocalDate.of(2023, 7, 12));
        assertThat(registry.get("EAW").instruments().get(0).adopted()).contains(LocalDate.of(2002, 6, 13));
    }

    @Test
    void every_assessment_and_ground_a_pack_declares_is_published() {
        for (RulePack p : new EuRulePackProvider().packs()) {
            assertThat(p.assessments()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(p.grounds()).isNotEmpty().doesNotHaveDuplicates();
            p.assessments().stream().filter(k -> !org.openmla.core.rules.StandardAssessments.all().contains(k))
                    .forEach(k -> assertThat(EuAssessments.all()).as(p.id()).contains(k));
            p.grounds().stream().filter(g -> !org.openmla.core.rules.StandardGrounds.all().contains(g))
                    .forEach(g -> assertThat(EuGrounds.all()).as(p.id()).contains(g));
        }
        assertThat(EuAssessments.all()).doesNotHaveDuplicates();
        assertThat(EuGrounds.all()).doesNotHaveDuplicates();
    }
}
