package org.openmla.treaties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.rules.RulePackRegistry;
import org.openmla.treaties.resolver.LegalBasisResolution;

class SmokeTest {
    @Test
    void built_in_packs_party_data_and_resolver_load() {
        assertThat(BuiltInPacks.registry().packs()).hasSize(3);
        assertThat(RulePackRegistry.discover().find("UNTOC")).isPresent();
        LegalBasisResolution r = BuiltInPacks.resolver().resolve(Jurisdiction.of("BE"), Jurisdiction.of("NL"), LocalDate.of(2026, 3, 1));
        assertThat(r.applies("UNTOC")).isTrue();
    }
}
