package org.openmla.treaties.coe;

import java.util.List;
import org.openmla.core.rules.RulePack;

/**
 * The Council of Europe packs: ETS 30 with its First and Second Additional Protocols ({@value #ETS30}), chapter III of
 * the Convention on Cybercrime ({@value #ETS185}) and its Second Additional Protocol ({@value #CETS224}), each built
 * once, on first use. The rules are documented in {@code docs/packs/ets30.md}, {@code ets185.md} and {@code cets224.md},
 * generated from the packs.
 *
 * <p>The packs are immutable and thread-safe; the same instances are returned on every call and are the ones
 * {@link CoeRulePackProvider} offers to {@link java.util.ServiceLoader}.
 */
public final class CoePacks {
    private CoePacks() {}

    /** Pack id of ETS 30 with its First (ETS 99) and Second (ETS 182) Additional Protocols. */
    public static final String ETS30 = Ets30Pack.ID;
    /** Pack id of chapter III of the Convention on Cybercrime (ETS 185). */
    public static final String ETS185 = Ets185Pack.ID;
    /** Pack id of the Second Additional Protocol to the Convention on Cybercrime (CETS 224). */
    public static final String CETS224 = Cets224Pack.ID;

    private static final class Holder {
        static final RulePack ETS30_PACK = Ets30Pack.pack();
        static final RulePack ETS185_PACK = Ets185Pack.pack();
        static final RulePack CETS224_PACK = Cets224Pack.pack();
        static final List<RulePack> ALL = List.of(ETS30_PACK, ETS185_PACK, CETS224_PACK);
    }

    /** @return the ETS 30 pack (with ETS 99, ETS 182 and the conventions that remove its grounds for their offences) */
    public static RulePack ets30() {
        return Holder.ETS30_PACK;
    }

    /** @return the pack for chapter III of the Convention on Cybercrime */
    public static RulePack ets185() {
        return Holder.ETS185_PACK;
    }

    /** @return the pack for the Second Additional Protocol to the Convention on Cybercrime */
    public static RulePack cets224() {
        return Holder.CETS224_PACK;
    }

    /** @return the three Council of Europe packs, in that order */
    public static List<RulePack> all() {
        return Holder.ALL;
    }
}
