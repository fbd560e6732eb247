package org.openmla.treaties.coe;

import java.util.List;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;

/**
 * Offers the Council of Europe packs: {@value #ETS30} (ETS 30 with ETS 99 and ETS 182), {@value #ETS185} (the Budapest
 * Convention, chapter III) and {@value #CETS224} (its Second Additional Protocol). Found through
 * {@link java.util.ServiceLoader}; returns the same immutable packs every time. Thread-safe.
 */
public final class CoeRulePackProvider implements RulePackProvider {

    /** The pack for ETS 30 with its First and Second Additional Protocols. */
    public static final String ETS30 = Ets30Pack.ID;
    /** The pack for chapter III of the Convention on Cybercrime. */
    public static final String ETS185 = Ets185Pack.ID;
    /** The pack for the Second Additional Protocol to the Convention on Cybercrime. */
    public static final String CETS224 = Cets224Pack.ID;

    private static final class Packs {
        static final List<RulePack> ALL = List.of(Ets30Pack.pack(), Ets185Pack.pack(), Cets224Pack.pack());
    }

    /** Creates the provider; the packs are built once, on first use. */
    public CoeRulePackProvider() {}

    @Override
    public List<RulePack> packs() {
        return Packs.ALL;
    }
}
