package org.openmla.examples.cli;

import java.util.List;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;

/**
 * Packs whose only rule throws an {@link Error} (one carrying a personal-data sentinel in its message, one running out
 * of memory, one a virtual-machine error the engine lets through, with the sentinel), on the test class path only, so that the command line's answer to the unexpected can be tested. Applied
 * only when named with {@code --pack}.
 */
public final class ThrowingPackProvider implements RulePackProvider {
    static final String ERROR_ID = "CLI-ERROR";
    static final String OUT_OF_MEMORY_ID = "CLI-OOM";
    static final String INTERNAL_ERROR_ID = "CLI-INTERNAL";
    static final String SENTINEL = "QQSENTINEL-Hoffstetter-77";

    @Override
    public List<RulePack> packs() {
        return List.of(pack(ERROR_ID, "an assertion fails", () -> new AssertionError("unexpected person " + SENTINEL)),
                pack(OUT_OF_MEMORY_ID, "memory runs out", () -> new OutOfMemoryError("Java heap space")),
                pack(INTERNAL_ERROR_ID, "the virtual machine fails", () -> new InternalError("unexpected person " + SENTINEL)));
    }

    private static RulePack pack(String id, String what, java.util.function.Supplier<Error> error) {
        return RulePack.builder(id, "1.0.0").title("A pack whose rule throws an Error (tests of the command line only)")
                .rule(Rule.builder(id.toLowerCase(java.util.Locale.ROOT) + ".1", id + " art. 1").formalRequirement()
                        .statement("A rule whose condition throws.")
                        .when(Conditions.request(what, r -> {
                            throw error.get();
                        })).build())
                .build();
    }
}
