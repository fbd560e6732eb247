package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.rules.Instrument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mla packs}: the packs found on the class path. */
@Command(name = "packs", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class,
        description = {"List the rule packs found, with versions, instruments and rule counts.", "",
            "Built-in packs and any others on the class path (found through the service loader)."})
final class PacksCommand implements Callable<Integer> {

    @ParentCommand
    MlaCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (CompiledRulePack p : parent.bench.registry().packs()) {
            out.println(p.id() + " " + p.version() + "  " + p.rules().size() + " rules"
                    + (p.disabledRules().isEmpty() ? "" : ", " + p.disabledRules().size() + " disabled")
                    + (p.lineage().size() > 1 ? "  (extends " + String.join(", which extends ", p.lineage().subList(1, p.lineage().size())) + ")" : ""));
            out.println("    " + p.definition().title());
            out.println("    instruments: " + p.instruments().stream().map(Instrument::id).collect(Collectors.joining(", ")));
            String from = p.definition().effectiveFrom().map(d -> "from " + d).orElse("");
            String until = p.definition().effectiveUntil().map(d -> " until " + d).orElse("");
            if (!from.isEmpty() || !until.isEmpty()) {
                out.println("    in force " + (from + until).trim());
            }
        }
        out.println("(the rules of a pack: mla rules PACK)");
        out.flush();
        return MlaCli.EXIT_OK;
    }
}
