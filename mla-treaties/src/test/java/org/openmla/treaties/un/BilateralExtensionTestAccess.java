package org.openmla.treaties.un;

import org.openmla.core.rules.RulePack;

/** Gives other test packages the fictional bilateral pack of {@link BilateralExtensionTest}. */
public final class BilateralExtensionTestAccess {
    private BilateralExtensionTestAccess() {}

    public static RulePack bilateral() {
        return BilateralExtensionTest.bilateral();
    }
}
