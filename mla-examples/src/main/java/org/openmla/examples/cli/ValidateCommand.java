package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openmla.core.json.JsonProblem;
import org.openmla.core.json.MlaJsonException;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.validation.RequestValidator;
import org.openmla.core.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mla validate}: every problem of each request file, with line and column. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class,
        description = {"Check request files and list every problem.", "",
            "Checks against the OpenMLA JSON format and the model's constraints; each problem with its line, column and JSON",
            "Pointer. Exit 0 if all are valid, 2 if any is not."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Request files.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RequestValidator validator = RequestValidator.create();
        int invalid = 0;
        for (Path file : files) {
            List<String> problems = new ArrayList<>();
            MlaRequest request = null;
            try {
                RequestFiles.requireReadable(file);
                request = RequestFiles.json().readRequest(file);
                for (Violation v : validator.validate(request)) {
                    problems.add(v.toString());
                }
            } catch (BadInputException e) {
                problems.add(e.getMessage().startsWith(file.toString()) ? e.getMessage().substring(file.toString().length() + 2) : e.getMessage());
            } catch (MlaJsonException e) {
                for (JsonProblem p : e.problems()) {
                    problems.add(p.toString());
                }
            } catch (UncheckedIOException e) {
                problems.add("cannot be read (" + e.getCause().getClass().getSimpleName() + ")");
            }
            if (problems.isEmpty()) {
                out.println(file + ": valid (" + (request.isSpontaneousInformation() ? "information sent without a request " : "request ")
                        + request.id() + ", " + request.requestingState() + " to " + request.requestedState() + ", "
                        + request.measures().size() + (request.measures().size() == 1 ? " measure)" : " measures)"));
            } else {
                invalid++;
                out.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
                problems.forEach(p -> out.println("  " + p));
            }
        }
        if (files.size() > 1) {
            out.println((files.size() - invalid) + " of " + files.size() + " files valid");
        }
        out.flush();
        return invalid == 0 ? MlaCli.EXIT_OK : MlaCli.EXIT_BAD_INPUT;
    }
}
