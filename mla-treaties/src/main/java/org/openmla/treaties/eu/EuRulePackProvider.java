package org.openmla.treaties.eu;

import java.util.List;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;

/**
 * Offers {@link EuPacks#all()} to {@link org.openmla.core.engine.RulePackRegistry#discover()}; registered in
 * {@code META-INF/services/org.openmla.core.rules.RulePackProvider} and in {@code module-info.java}. Returns the same
 * immutable packs every time. Thread-safe.
 */
public final class EuRulePackProvider implements RulePackProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
    public EuRulePackProvider() {}

    @Override
    public List<RulePack> packs() {
        return EuPacks.all();
    }
}
