package org.openmla.treaties.un;

import java.util.List;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;

/**
 * Offers the UN packs to {@link org.openmla.core.engine.RulePackRegistry#discover()}; registered in
 * {@code META-INF/services/org.openmla.core.rules.RulePackProvider} and in {@code module-info.java}. Returns the same
 * packs every time.
 */
public final class UnRulePackProvider implements RulePackProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public UnRulePackProvider() {}

    @Override
    public List<RulePack> packs() {
        return UnPacks.all();
    }
}
