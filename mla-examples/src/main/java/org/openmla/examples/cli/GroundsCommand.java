package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mla grounds}: the refusal grounds {@code --propose-refusal} takes. */
@Command(name = "grounds", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class,
        description = {"List the refusal grounds --propose-refusal takes.", "",
            "The standard ones and those the packs' rules name or the packs declare."})
final class GroundsCommand implements Callable<Integer> {

    @ParentCommand
    MlaCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", paramLabel = "ID", description = "Only those a pack's rules name or it declares.")
    String pack;

    @Override
    public Integer call() {
        if (pack != null && parent.bench.registry().find(pack).isEmpty()) {
            throw new BadInputException("--pack: no rule pack '" + EvaluationOptions.shorten(pack) + "' is registered; 'mla packs' lists them");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Catalogue.KnownGround g : parent.bench.catalogue().grounds()) {
            if (pack != null && !g.usedBy().contains(pack)) {
                continue;
            }
            out.println(g.ground().id() + "  (" + String.join(", ", g.usedBy()) + ")");
            out.println("    " + g.ground().description());
        }
        out.flush();
        return MlaCli.EXIT_OK;
    }
}
