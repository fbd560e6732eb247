package org.openmla.treaties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.treaties.un.UnRulePackProvider;

class BuiltInPacksTest {

    @Test
    void the_engine_finds_the_un_packs_through_the_service_loader() {
        RulePackRegistry discovered = RulePackRegistry.discover();

        assertThat(ServiceLoader.load(RulePackProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(UnRulePackProvider.class);
        assertThat(discovered.find("UNTOC")).isPresent();
        assertThat(discovered.find("UNCAC")).isPresent();
        assertThat(discovered.find("UN_MODEL_TREATY")).isPresent();
    }

    @Test
    void a_provider_returns_the_same_packs_every_time() {
        assertThat(new UnRulePackProvider().packs()).containsExactlyElementsOf(new UnRulePackProvider().packs());
        assertThat(BuiltInPacks.packs()).extracting(RulePack::id).containsSubsequence("UNTOC", "UNCAC", "UN_MODEL_TREATY");
    }

    @Test
    void each_family_contributes_packs_relationships_and_party_data_and_each_pack_has_its_documentation() {
        assertThat(BuiltInPacks.families()).extracting(TreatyFamily::name).contains("UN");
        assertThat(BuiltInPacks.relationships()).extracting(r -> r.id()).containsSubsequence("UNTOC.18.7", "UNCAC.46.7");
        assertThat(org.openmla.treaties.internal.docs.DocumentationResource.builtIn()).extracting(d -> d.packId()).containsAll(
                org.openmla.treaties.un.UnPacks.all().stream().map(RulePack::id).toList());
        assertThat(BuiltInPacks.partyData().instruments()).extracting(i -> i.id()).contains("UNTOC", "UNCAC", "UN_MODEL_TREATY");
        assertThat(BuiltInPacks.partyDataOf(org.openmla.treaties.un.UnTreatyFamily.INSTANCE).instruments()).extracting(i -> i.id())
                .containsExactly("UNTOC", "UNCAC", "UN_MODEL_TREATY");
        assertThat(BuiltInPacks.registry()).isSameAs(BuiltInPacks.registry());
        assertThat(BuiltInPacks.resolver().partyData()).isSameAs(BuiltInPacks.partyData());
    }
}
