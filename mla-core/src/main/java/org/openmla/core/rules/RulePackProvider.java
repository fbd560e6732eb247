package org.openmla.core.rules;

import java.util.List;

/**
 * Service-provider interface through which a module offers rule packs, found with {@link java.util.ServiceLoader}.
 *
 * <p>On the class path, list the implementation in
 * {@code META-INF/services/org.openmla.core.rules.RulePackProvider}; on the module path, declare
 * {@code provides org.openmla.core.rules.RulePackProvider with ...} in {@code module-info.java}. Implementations need
 * a public no-argument constructor and must return the same packs every time.
 */
public interface RulePackProvider {

    /** @return the packs this provider offers */
    List<RulePack> packs();
}
