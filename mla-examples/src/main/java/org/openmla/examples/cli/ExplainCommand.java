package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openmla.core.decision.Outcome;
import org.openmla.examples.cli.Decisions.Decided;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mla explain}: the full trace of a decision. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class, sortOptions = false,
        description = {"Decide a request and print the full trace of the decision.", "",
            "Every finding with its citation, kind, verdict and the facts it used, the rules not applicable and why, open",
            "questions, conditions, consultations and deadlines."})
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    MlaCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A request file in the OpenMLA JSON format.")
    Path file;

    @Mixin
    EvaluationOptions options;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Decided d = Decisions.decide(parent.bench, options, file);
        TextReport.header(out, d);
        out.println();
        out.print(d.decision().explain());
        out.flush();
        return d.decision().outcome() == Outcome.ENGINE_ERROR ? MlaCli.EXIT_FAILURE : MlaCli.EXIT_OK;
    }
}
