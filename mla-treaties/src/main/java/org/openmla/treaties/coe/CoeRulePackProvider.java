package org.openmla.treaties.coe;

import java.util.List;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;

/**
 * Offers {@link CoePacks#all()} to {@link org.openmla.core.engine.RulePackRegistry#discover()}; registered in
 * {@code META-INF/services/org.openmla.core.rules.RulePackProvider} and in {@code module-info.java}. Returns the same
 * immutable packs every time. Thread-safe.
 */
public final class CoeRulePackProvider implements RulePackProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public CoeRulePackProvider() {}

    @Override
    public List<RulePack> packs() {
        return CoePacks.all();
    }
}
