package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.rules.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mla rules PACK}: a pack's rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class,
        description = {"List a pack's rules with citations, kinds and statements.", "",
            "Also each rule's id, ground, caveat and origin, and the rules the pack disables."})
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    MlaCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK", description = "A pack id, as 'mla packs' lists them.")
    String packId;

    @Override
    public Integer call() {
        CompiledRulePack pack = parent.bench.registry().find(packId).orElseThrow(() -> new BadInputException(
                "no rule pack '" + EvaluationOptions.shorten(packId) + "' is registered; 'mla packs' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(pack.id() + " " + pack.version() + ": " + pack.definition().title());
        out.println(pack.rules().size() + " rules");
        for (Rule r : pack.rules()) {
            out.println();
            String origin = pack.origin(r.id()).filter(o -> !o.equals(pack.id())).map(o -> ", from " + o).orElse("");
            out.println(r.citation() + "  [" + r.id() + "]  " + r.kind() + r.ground().map(g -> " " + g.id()).orElse("")
                    + (r.perMeasure() ? ", per measure" : "") + origin);
            out.println("    " + r.statement());
            r.exceptionTo().ifPresent(base -> out.println("    exception to " + base + " (" + r.exceptionEffect() + ")"));
            r.deadline().ifPresent(d -> out.println("    deadline " + d.limit() + " from " + d.runsFrom() + " to " + d.metBy()
                    + d.urgentLimit().map(u -> ", urgent " + u).orElse("") + d.maxExtension().map(e -> ", extendable by " + e).orElse("")));
            if (r.effectiveFrom().isPresent() || r.effectiveUntil().isPresent()) {
                out.println("    in force" + r.effectiveFrom().map(f -> " from " + f).orElse("") + r.effectiveUntil().map(u -> " until " + u).orElse(""));
            }
            r.caveat().ifPresent(c -> out.println("    caveat: " + c));
        }
        if (!pack.disabledRules().isEmpty()) {
            out.println();
            out.println("Disabled:");
            for (Map.Entry<String, String> e : pack.disabledRules().entrySet()) {
                out.println("  " + pack.disabledRule(e.getKey()).map(r -> r.citation() + "  ").orElse("") + "[" + e.getKey() + "]: " + e.getValue());
            }
        }
        out.flush();
        return MlaCli.EXIT_OK;
    }
}
