package org.openmla.core.rules;

import java.util.List;

/** A provider registered in the test class path's META-INF/services, to test discovery. */
public final class TestPackProvider implements RulePackProvider {
    static final RulePack PACK = RulePack.builder("SPI-TEST", "1.0.0")
            .rule(Rule.builder("spi.1", "SPI-TEST art. 1").condition().statement("A condition found through the service loader.")
                    .when(Conditions.always()).build())
            .build();

    @Override
    public List<RulePack> packs() {
        return List.of(PACK);
    }
}
