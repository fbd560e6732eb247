package org.openmla.treaties.eu;

import java.util.List;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;

/**
 * Provides the rule packs for the EU instruments of judicial cooperation in criminal matters: the European
 * Investigation Order ({@code EIO}, Directive 2014/41/EU), European Production and Preservation Orders
 * ({@code EEVIDENCE}, Regulation (EU) 2023/1543) and the European arrest warrant ({@code EAW}, Framework Decision
 * 2002/584/JHA). Found through {@link java.util.ServiceLoader}; returns the same immutable packs on every call and is
 * thread-safe.
 */
public final class EuRulePackProvider implements RulePackProvider {

    /** Pack id of the European Investigation Order. */
    public static final String EIO = EioPack.ID;
    /** Pack id of the e-Evidence Regulation. */
    public static final String EEVIDENCE = EevidencePack.ID;
    /** Pack id of the European arrest warrant. */
    public static final String EAW = EawPack.ID;

    private static final List<RulePack> PACKS = List.of(EioPack.pack(), EevidencePack.pack(), EawPack.pack());

    /** Creates the provider; the packs are built once per class loader. */
    public EuRulePackProvider() {
        // the packs are shared, immutable values
    }

    @Override
    public List<RulePack> packs() {
        return PACKS;
    }
}
