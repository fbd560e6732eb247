package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.openmla.core.decision.Outcome;
import org.openmla.examples.cli.Decisions.Decided;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mla evaluate}: the decision on each request, as a summary or in the decision JSON format. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class, sortOptions = false,
        description = {"Decide requests and summarise each decision.", "",
            "The summary gives the outcome, determining rules, measures, open questions and proposed refusals.",
            "The packs come from the request's claimed legal basis and the party data (or --pack); assessments the party data",
            "answers (e.g. MLA_TREATY_BINDS) are supplied automatically and --assess overrides them.",
            "--format json prints the decision format of docs/json-format.md (an array of them for several files)."})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @ParentCommand
    MlaCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Request files in the OpenMLA JSON format.")
    List<Path> files = new ArrayList<>();

    @Mixin
    EvaluationOptions options;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", split = ",", paramLabel = "OUTCOME",
            description = {"Exit with 1 if a decision's outcome is one of these: ENGINE_ERROR, NOT_APPLICABLE, RETURN_TO_ISSUER, DEFICIENT,",
                "MUST_REFUSE, PENDING_ASSESSMENT, MAY_REFUSE, POSTPONE, GRANT_WITH_CONDITIONS, GRANT; or 'refused' (MUST_REFUSE,",
                "MAY_REFUSE), 'deficient' (DEFICIENT, RETURN_TO_ISSUER, NOT_APPLICABLE), 'not-granted' (all but the grants)."})
    List<String> failOn = new ArrayList<>();

    @Override
    public Integer call() {
        Set<Outcome> failing = failingOutcomes(failOn);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Decided> decided = new ArrayList<>();
        boolean badInput = false;
        for (Path file : files) {
            try {
                decided.add(Decisions.decide(parent.bench, options, file));
            } catch (BadInputException e) {
                if (files.size() == 1) {
                    throw e;
                }
                err.println("mla: " + e.getMessage());
                badInput = true;
            }
        }
        if (format == Format.JSON) {
            List<String> docs = decided.stream().map(d -> RequestFiles.json().writeDecision(d.decision())).toList();
            out.println(docs.size() == 1 && files.size() == 1 ? docs.get(0) : "[\n  " + String.join(",\n  ", docs.stream()
                    .map(doc -> doc.replace("\n", "\n  ")).toList()) + "\n]");
        } else {
            for (int i = 0; i < decided.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                TextReport.summary(out, decided.get(i));
            }
        }
        out.flush();
        if (badInput) {
            return MlaCli.EXIT_BAD_INPUT;
        }
        if (decided.stream().anyMatch(d -> d.decision().outcome() == Outcome.ENGINE_ERROR)) {
            err.println("mla: the engine could not complete a decision (ENGINE_ERROR); its findings say which rule failed");
            return MlaCli.EXIT_FAILURE;
        }
        return decided.stream().anyMatch(d -> failing.contains(d.decision().outcome())) ? MlaCli.EXIT_FAIL_ON : MlaCli.EXIT_OK;
    }

    static Set<Outcome> failingOutcomes(List<String> names) {
        Set<Outcome> out = EnumSet.noneOf(Outcome.class);
        for (String raw : names) {
            String name = raw.trim();
            switch (name.toLowerCase(Locale.ROOT)) {
                case "refused" -> out.addAll(List.of(Outcome.MUST_REFUSE, Outcome.MAY_REFUSE));
                case "deficient" -> out.addAll(List.of(Outcome.DEFICIENT, Outcome.RETURN_TO_ISSUER, Outcome.NOT_APPLICABLE));
                case "not-granted" -> EnumSet.allOf(Outcome.class).stream().filter(o -> !o.isGrant()).forEach(out::add);
                default -> {
                    try {
                        out.add(Outcome.valueOf(name.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw new BadInputException("--fail-on: unknown outcome '" + EvaluationOptions.shorten(name)
                                + "'; use an outcome name, 'refused', 'deficient' or 'not-granted'");
                    }
                }
            }
        }
        return out;
    }
}
