package org.openmla.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.openmla.core.model.MlaRequest;
import org.openmla.examples.cli.Decisions.Decided;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mla demo}: a shipped sample request, decided with an officer's assessments, explained, and walked through its lifecycle. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class, sortOptions = false,
        description = {"Explain the decision on a sample request and walk it through its next lifecycle steps.", "",
            "Decides a shipped sample request with an officer's assessments, prints the explained decision, and walks the",
            "request through its next lifecycle steps with the deadlines. The law date is the request's date of issue unless",
            "--on is given. Without SAMPLE: " + DemoCommand.DEFAULT_SAMPLE + "."})
final class DemoCommand implements Callable<Integer> {

    static final String DEFAULT_SAMPLE = "eio-search-and-seizure";
    private static final String SAMPLES = "/org/openmla/examples/requests/";

    /**
     * What the executing authority assessed in the default sample (a German EIO for a search in France): the EIO is in
     * an accepted language and complete, and no ground for non-recognition or postponement exists.
     */
    static final List<String> DEFAULT_ASSESSMENTS = List.of("EIO_LANGUAGE_ACCEPTED=true", "EIO_FORM_DEFECTIVE=false",
            "EIO_ISSUING_CONDITIONS_DOUBTED=false", "MEASURE_NOT_AVAILABLE=false", "EIO_LESS_INTRUSIVE_MEASURE=false",
            "EIO_SUBSTITUTE_MEASURE_AVAILABLE=false", "IMMUNITY_OR_PRIVILEGE=false", "PRESS_FREEDOM_RULES=false", "EIO_NATIONAL_SECURITY=false",
            "EIO_NON_CRIMINAL_PROCEEDINGS=false", "NOT_AUTHORISED_DOMESTICALLY=false", "NE_BIS_IN_IDEM=false",
            "EIO_NE_BIS_IN_IDEM_SAFEGUARD=false", "EIO_TERRITORIALITY=false", "DUAL_CRIMINALITY=true", "FUNDAMENTAL_RIGHTS_INCOMPATIBLE=false",
            "EIO_MEASURE_RESTRICTED=false", "EIO_PREJUDICE_TO_INVESTIGATION=false", "EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS=false",
            "EIO_EXCEPTIONALLY_HIGH_COSTS=false");

    @ParentCommand
    MlaCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SAMPLE", description = "A shipped sample's name (see --list).")
    String sample;

    @Option(names = "--list", description = "List the shipped samples.")
    boolean list;

    @Mixin
    EvaluationOptions options;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Brussels",
            description = "The time zone whose calendar counts the deadlines (default: ${DEFAULT-VALUE}).")
    String zone;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            samples().forEach(out::println);
            out.flush();
            return MlaCli.EXIT_OK;
        }
        String name = sample == null ? DEFAULT_SAMPLE : sample.endsWith(".json") ? sample.substring(0, sample.length() - 5) : sample;
        if (!samples().contains(name)) {
            throw new BadInputException("no shipped sample '" + EvaluationOptions.shorten(name) + "'; 'mla demo --list' lists them "
                    + "(for a file of your own: mla lifecycle FILE)");
        }
        MlaRequest request = RequestFiles.json().readRequest(read(name));
        if (sample == null && options.assessments.isEmpty()) {
            options.assessments.addAll(DEFAULT_ASSESSMENTS);
        }
        if (options.on == null) {
            options.on = request.dateIssued().map(Object::toString).orElse(null);
        }
        out.println("OpenMLA demo: sample request '" + name + "' (mla-examples/requests/" + name + ".json)");
        if (!options.assessments.isEmpty()) {
            out.println("The officer's assessments (--assess): " + String.join(", ", options.assessments));
        } else {
            out.println("No assessments given: the decision lists the questions the officer must answer (--assess NAME=true|false).");
        }
        out.println();
        Decided d = Decisions.decide(parent.bench, options, Path.of("mla-examples/requests/" + name + ".json"), request);
        TextReport.header(out, d);
        out.println();
        out.print(d.decision().explain());
        out.println();
        out.println("Next steps");
        out.println("----------");
        new LifecycleWalk(out, LifecycleCommand.zone(zone), d.decision().lawDate()).walk(request, d.decision());
        out.println();
        out.println("Try: ./mla evaluate mla-examples/requests/*.json    ./mla explain FILE --assess NAME=true|false    ./mla --help");
        out.flush();
        return MlaCli.EXIT_OK;
    }

    static String read(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name + ".json")) {
            if (in == null) {
                throw new BadInputException("no shipped sample '" + name + "'");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the names of the shipped samples, sorted */
    static List<String> samples() {
        URL url = DemoCommand.class.getResource(SAMPLES);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.getPath(SAMPLES));
            }
            return list(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the shipped samples", e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5))
                    .sorted().toList();
        }
    }
}
