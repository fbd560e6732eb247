package org.openmla.treaties.eu;

import java.util.List;
import org.openmla.core.rules.RulePack;

/**
 * The EU packs: the European Investigation Order ({@value #EIO}, Directive 2014/41/EU), European Production and
 * Preservation Orders ({@value #EEVIDENCE}, Regulation (EU) 2023/1543) and the European arrest warrant ({@value #EAW},
 * Framework Decision 2002/584/JHA), each built once, on first use. The rules are documented in {@code docs/packs/eio.md},
 * {@code eevidence.md} and {@code eaw.md}, generated from the packs.
 *
 * <p>The packs are immutable and thread-safe; the same instances are returned on every call and are the ones
 * {@link EuRulePackProvider} offers to {@link java.util.ServiceLoader}.
 */
public final class EuPacks {
    private EuPacks() {}

    /** Pack id of the European Investigation Order. */
    public static final String EIO = EioPack.ID;
    /** Pack id of the e-Evidence Regulation. */
    public static final String EEVIDENCE = EevidencePack.ID;
    /** Pack id of the European arrest warrant. */
    public static final String EAW = EawPack.ID;

    private static final class Holder {
        static final RulePack EIO_PACK = EioPack.pack();
        static final RulePack EEVIDENCE_PACK = EevidencePack.pack();
        static final RulePack EAW_PACK = EawPack.pack();
        static final List<RulePack> ALL = List.of(EIO_PACK, EEVIDENCE_PACK, EAW_PACK);
    }

    /** @return the European Investigation Order pack */
    public static RulePack eio() {
        return Holder.EIO_PACK;
    }

    /** @return the e-Evidence pack (European Production and Preservation Orders) */
    public static RulePack eevidence() {
        return Holder.EEVIDENCE_PACK;
    }

    /** @return the European arrest warrant pack */
    public static RulePack eaw() {
        return Holder.EAW_PACK;
    }

    /** @return the three EU packs, in that order */
    public static List<RulePack> all() {
        return Holder.ALL;
    }
}
