package org.openmla.examples.cli;

import java.util.List;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackProvider;

/**
 * A pack whose only rule fails, on the test class path only, so that the command line's exit code for an
 * {@code ENGINE_ERROR} decision can be tested. Applied only when named with {@code --pack CLI-FAULTY}.
 */
public final class FaultyPackProvider implements RulePackProvider {
    static final String ID = "CLI-FAULTY";

    @Override
    public List<RulePack> packs() {
        return List.of(RulePack.builder(ID, "1.0.0").title("A pack whose rule fails (tests of the command line only)")
                .rule(Rule.builder("cli-faulty.1", ID + " art. 1").formalRequirement().statement("A rule whose condition fails.")
                        .when(Conditions.request("a condition that fails", r -> {
                            throw new IllegalStateException("this rule always fails");
                        })).build())
                .build());
    }
}
