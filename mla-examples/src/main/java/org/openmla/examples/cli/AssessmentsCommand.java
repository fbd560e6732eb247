package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mla assessments}: the assessment names {@code --assess} takes. */
@Command(name = "assessments", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class,
        description = {"List the assessment names --assess takes, with their questions.", "",
            "The standard ones and those the packs declare. true means the situation the question describes exists."})
final class AssessmentsCommand implements Callable<Integer> {

    @ParentCommand
    MlaCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", paramLabel = "ID", description = "Only those a pack (or the packs it extends) declares.")
    String pack;

    @Override
    public Integer call() {
        if (pack != null && parent.bench.registry().find(pack).isEmpty()) {
            throw new BadInputException("--pack: no rule pack '" + EvaluationOptions.shorten(pack) + "' is registered; 'mla packs' lists them");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Catalogue.KnownAssessment a : parent.bench.catalogue().assessments()) {
            if (pack != null && !a.declaredBy().contains(pack)) {
                continue;
            }
            out.println(a.key().id() + "  (" + String.join(", ", a.declaredBy()) + ")");
            out.println("    " + a.key().question());
        }
        out.flush();
        return MlaCli.EXIT_OK;
    }
}
