package org.openmla.examples.custompack;

import java.util.List;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;

/**
 * Offers {@link ExampleTreatyPack} to {@link java.util.ServiceLoader}: listed in
 * {@code META-INF/services/org.openmla.core.rules.RulePackProvider} for the class path and in {@code module-info.java}
 * for the module path, so {@link org.openmla.core.engine.RulePackRegistry#discover()} finds it beside the built-in packs
 * (it extends {@code UN_MODEL_TREATY}, so {@code mla-treaties} must be present too).
 */
public final class ExampleTreatyPackProvider implements RulePackProvider {

    /** Creates the provider; the service loader calls this. */
    public ExampleTreatyPackProvider() {}

    @Override
    public List<RulePack> packs() {
        return List.of(ExampleTreatyPack.pack());
    }
}
