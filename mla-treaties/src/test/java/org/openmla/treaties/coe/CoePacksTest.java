package org.openmla.treaties.coe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;

class CoePacksTest {

    final List<RulePack> packs = CoePacks.all();

    @Test
    void the_provider_offers_the_three_packs_and_the_same_ones_every_time() {
        assertThat(packs).extracting(RulePack::id).containsExactly("ETS30", "ETS185", "CETS224");
        assertThat(CoePacks.all()).isSameAs(packs);
    }

    @Test
    void the_packs_are_found_through_the_service_loader() {
        RulePackRegistry registry = RulePackRegistry.discover();

        assertThat(registry.find(CoePacks.ETS30)).isPresent();
        assertThat(registry.find(CoePacks.ETS185)).isPresent();
        assertThat(registry.find(CoePacks.CETS224)).isPresent();
    }

    @Test
    void every_rule_cites_an_instrument_its_pack_lists() {
        for (RulePack p : packs) {
            Set<String> instruments = p.instruments().stream().map(Instrument::id).collect(Collectors.toSet());
            assertThat(p.rules()).as("rules of %s", p.id())
                    .allSatisfy(r -> assertThat(instruments).as("instrument of %s", r.id()).contains(r.citation().instrument()));
        }
    }

    @Test
    void items_the_legal_reference_has_not_verified_are_marked_unverified_and_only_those() {
        Map<String, org.openmla.core.rules.Caveat> caveats = new java.util.TreeMap<>();
        packs.forEach(p -> p.rules().forEach(r -> r.caveat().ifPresent(c -> caveats.put(r.id(), c))));

        assertThat(caveats.values()).allSatisfy(c -> assertThat(c.kind()).isIn(org.openmla.core.rules.Caveat.Kind.UNVERIFIED,
                org.openmla.core.rules.Caveat.Kind.INTERPRETATION));
        assertThat(caveats.entrySet().stream().filter(e -> e.getValue().kind() == org.openmla.core.rules.Caveat.Kind.UNVERIFIED)
                .map(Map.Entry::getKey).toList())
                .containsExactlyInAnyOrder("ets30.23.1.ne-bis-in-idem", "ets30.23.3.ne-bis-in-idem", "ets30.23.1.death-penalty", "ets30.23.1.death-penalty.assurance", "ets30.23.1.speciality",
                        "ets30.23.3.speciality", "cets224.16", "cets224.2", "cets224.7");
    }

    @Test
    void art_11_is_read_as_replaced_by_ets182_art_3_personal_appearance_other_than_for_standing_trial() {
        assertThat(packs.stream().flatMap(p -> p.rules().stream()).filter(r -> r.id().startsWith("ets30.11.1.")))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.statement()).contains("personal appearance for evidentiary purposes, other than for standing trial"));
    }

    @Test
    void the_packs_compile_with_their_exceptions_in_place() {
        CompiledRulePack ets30 = CoeFixtures.ENGINE.registry().get("ETS30");

        assertThat(ets30.exceptionsTo("ets30.2.a.political")).extracting(Rule::id).containsExactlyInAnyOrder("ets90.8.1", "icsft.14");
        assertThat(ets30.exceptionsTo("ets30.2.a.fiscal")).extracting(Rule::id).containsExactlyInAnyOrder("ets99.1", "icsft.13", "ets185.25.4",
                "ets185.29.5.fiscal");
        assertThat(ets30.exceptionsTo("ets30.5.1.a")).extracting(Rule::id).containsExactly("ets99.2.1");
        assertThat(ets30.exceptionsTo("ets30.5.2.a")).extracting(Rule::id).containsExactly("ets99.2.1.reciprocity");
        assertThat(ets30.exceptionsTo("ets30.1.1")).extracting(Rule::id).containsExactly("ets30.1.3");
    }

    @Test
    void the_assessment_and_ground_catalogues_have_no_duplicates() {
        assertThat(CoeAssessments.all()).extracting(k -> k.id()).doesNotHaveDuplicates();
        assertThat(CoeGrounds.all()).extracting(g -> g.id()).doesNotHaveDuplicates();
        for (RulePack p : packs) {
            Set<String> declared = p.grounds().stream().map(g -> g.id()).collect(Collectors.toSet());
            p.rules().forEach(r -> r.ground().ifPresent(g -> assertThat(declared).as("grounds declared by %s", p.id()).contains(g.id())));
        }
    }
}
