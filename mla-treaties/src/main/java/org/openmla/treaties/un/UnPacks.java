package org.openmla.treaties.un;

import java.util.List;
import org.openmla.core.rules.RulePack;

/**
 * The UN packs: UNTOC art. 18 ({@value #UNTOC}), UNCAC art. 46 ({@value #UNCAC}) and the UN Model Treaty
 * ({@value #UN_MODEL_TREATY}), each built once. The rules are documented in {@code docs/packs/untoc.md},
 * {@code uncac.md} and {@code un-model-treaty.md}, generated from the packs.
 *
 * <p>A bilateral treaty built on the Model Treaty extends it:
 *
 * <pre>{@code
 * RulePack nlXx = RulePack.builder("NL-XX", "1.0.0")
 *     .extending(UnPacks.UN_MODEL_TREATY)
 *     .replace(Rule.builder("mt.4.1.b", "NL-XX art. 3(1)(a)")...build())
 *     .disable("mt.4.1.f", "The treaty has no military-offence ground.")
 *     .build();
 * RulePackRegistry registry = RulePackRegistry.builder().registerAll(UnPacks.all()).register(nlXx).build();
 * }</pre>
 */
public final class UnPacks {
    private UnPacks() {}

    /** Pack id of UNTOC art. 18. */
    public static final String UNTOC = "UNTOC";
    /** Pack id of UNCAC art. 46. */
    public static final String UNCAC = "UNCAC";
    /** Pack id of the UN Model Treaty. */
    public static final String UN_MODEL_TREATY = "UN_MODEL_TREATY";

    private static final class Holder {
        static final RulePack UNTOC_PACK = UntocPack.pack();
        static final RulePack UNCAC_PACK = UncacPack.pack();
        static final RulePack MODEL_TREATY_PACK = UnModelTreatyPack.pack();
        static final List<RulePack> ALL = List.of(UNTOC_PACK, UNCAC_PACK, MODEL_TREATY_PACK);
    }

    /** @return the UNTOC art. 18 pack */
    public static RulePack untoc() {
        return Holder.UNTOC_PACK;
    }

    /** @return the UNCAC art. 46 pack */
    public static RulePack uncac() {
        return Holder.UNCAC_PACK;
    }

    /** @return the UN Model Treaty pack */
    public static RulePack modelTreaty() {
        return Holder.MODEL_TREATY_PACK;
    }

    /** @return the three UN packs */
    public static List<RulePack> all() {
        return Holder.ALL;
    }
}
