package org.openmla.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.openmla.examples.cli.MlaCli;

/**
 * The workload whose loaded classes go into the command line's class-data sharing archive ({@code mla.jsa}): the build
 * runs it once under {@code -XX:DumpLoadedClassList} and then dumps the archive from that list with
 * {@code -Xshare:dump} (see the mla-cli pom and the {@code ./mla} launcher, which does the same when the archive is
 * missing, stale or made by another JVM). It runs the commands users start most — {@code evaluate} (text and JSON)
 * on every shipped sample request, {@code explain}, {@code validate}, {@code lifecycle}, {@code demo} and the help —
 * in one JVM, with their output discarded, so that the archive holds the classes, lambdas and method-handle forms
 * those commands load. Not part of the command line itself.
 */
public final class ArchiveTraining {
    private static final String SAMPLES = "/org/openmla/examples/requests/";
    private static final List<String> SAMPLE_NAMES = List.of("untoc-bank-records", "budapest-subscriber-data",
            "cets224-subscriber-information", "eaw-surrender-for-prosecution", "eevidence-production-order", "eio-search-and-seizure",
            "example-mlat-witness-and-bank-records", "incomplete-request", "reciprocity-service-of-documents",
            "temporary-transfer-detained-person", "uncac-asset-freezing", "untoc-spontaneous-information", "urgent-preservation",
            "videoconference-witness-hearing");

    private ArchiveTraining() {}

    /**
     * Runs the workload.
     *
     * @param args one argument: the file in which to record the Java home that ran the workload, which is the one
     *     whose archive this is ({@code ./mla} makes the archive again for another)
     * @throws IOException if a sample cannot be copied to a temporary file or the record cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ArchiveTraining JAVA_HOME_RECORD");
        }
        // As MlaCli.main sets them, so that the same logging classes load.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path dir = Files.createTempDirectory("mla-archive-training");
        try {
            List<String> files = new ArrayList<>();
            for (String name : SAMPLE_NAMES) {
                Path file = dir.resolve(name + ".json");
                try (InputStream in = ArchiveTraining.class.getResourceAsStream(SAMPLES + name + ".json")) {
                    if (in == null) {
                        throw new IllegalStateException("the shipped sample " + name + " is missing from the jar");
                    }
                    Files.copy(in, file);
                }
                files.add(file.toString());
            }
            String first = files.get(0);
            run("evaluate", first);
            List<String> all = new ArrayList<>(List.of("evaluate"));
            all.addAll(files);
            run(all.toArray(String[]::new));
            run("evaluate", "--format", "json", first);
            run("explain", first);
            List<String> validate = new ArrayList<>(List.of("validate"));
            validate.addAll(files);
            run(validate.toArray(String[]::new));
            run("lifecycle", first);
            run("demo");
            run("--version");
            run("--help");
            run("evaluate", "--help");
            Files.writeString(Path.of(args[0]), Path.of(System.getProperty("java.home")).toRealPath() + "\n", StandardCharsets.UTF_8);
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static void run(String... args) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        MlaCli.run(Clock.systemDefaultZone(), discard, discard, args);
    }
}
