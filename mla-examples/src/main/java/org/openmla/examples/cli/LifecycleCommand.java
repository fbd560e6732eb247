package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.openmla.examples.cli.Decisions.Decided;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mla lifecycle}: a request's decision and a walk through its lifecycle with the deadlines. */
@Command(name = "lifecycle", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class, sortOptions = false,
        description = {"Decide a request and walk it through its lifecycle, with the deadlines.", "",
            "As far as the decision allows: receive, record the decision, acknowledge, review, then accept and execute, refuse,",
            "postpone or ask for more information; on a simulated clock from the law date, with the deadlines and when they",
            "fall due."})
final class LifecycleCommand implements Callable<Integer> {

    @ParentCommand
    MlaCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A request file in the OpenMLA JSON format.")
    Path file;

    @Mixin
    EvaluationOptions options;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Brussels",
            description = "The time zone whose calendar counts the deadlines' days and months (default: ${DEFAULT-VALUE}).")
    String zone;

    @Override
    public Integer call() {
        ZoneId zoneId = zone(zone);
        Decided d = Decisions.decide(parent.bench, options, file);
        PrintWriter out = spec.commandLine().getOut();
        TextReport.summary(out, d);
        out.println();
        if (d.request().isSpontaneousInformation()) { // nothing to accept, execute or refuse: the lifecycle is a request's
            out.println("Information sent without a prior request has no lifecycle: the receiving State keeps to the conditions above.");
            out.flush();
            return MlaCli.EXIT_OK;
        }
        new LifecycleWalk(out, zoneId, d.decision().lawDate()).walk(d.request(), d.decision());
        out.flush();
        return MlaCli.EXIT_OK;
    }

    static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new BadInputException("--zone: unknown time zone '" + EvaluationOptions.shorten(zone) + "', e.g. Europe/Brussels");
        }
    }
}
