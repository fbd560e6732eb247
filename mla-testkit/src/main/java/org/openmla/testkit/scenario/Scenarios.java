package org.openmla.testkit.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.testkit.RuleCoverage;
import org.openmla.testkit.internal.ScenarioReader;
import org.openmla.testkit.internal.ScenarioRunner;

/**
 * Runs a folder of YAML scenario tables as JUnit 5 dynamic tests: one container per file, one test per scenario,
 * named after it, and a last test that reports rule coverage.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     return Scenarios.in("src/test/resources/scenarios").using(registry).requireRuleCoverage(0.8).tests();
 * }
 * }</pre>
 *
 * <p>Every {@code *.yaml} and {@code *.yml} file under the folder is read, in path order. A file that cannot be read
 * gives one failing test naming the file and the field; a malformed scenario fails its own test, naming the file,
 * the scenario and the field ({@link ScenarioFormatException}); a scenario whose decision does not meet its
 * expectations fails with expected and actual side by side and the decision's explanation. A folder without
 * scenario files gives a failing test, so that a wrong path cannot pass silently. The format is described in
 * {@code docs/testing-compliance-logic.md}.
 *
 * <p><b>Rule coverage.</b> Every decision is recorded in {@link #coverage()}. The last dynamic test prints the
 * coverage report (each pack's rules that no scenario made decisive or adverse, with their citations) to standard
 * output and, with {@link #requireRuleCoverage(double)}, fails below the minimum. It relies on JUnit running a
 * factory's dynamic tests in order, which it does unless dynamic tests are run concurrently.
 *
 * <p><b>Checks on every decision.</b> {@link #checkingEachDecision(BiConsumer)} adds a check that every scenario's
 * decision must pass besides its own expectations, e.g. that no decision repeats the request's personal data.
 *
 * <p><b>Index.</b> {@link #summaries()} lists the scenarios (file, name, description, packs and the provisions each
 * says it exercises, its {@code provisions} property) without evaluating them, e.g. for a pack's documentation.
 *
 * <p>Configure, then call {@link #tests()}; not thread-safe while being configured. Packs come from
 * {@link RulePackRegistry#discover()} unless {@link #using(RulePackRegistry)} names a registry.
 */
public final class Scenarios {
    private final Path folder;
    private final String shownFolder;
    private RulePackRegistry registry;
    private RuleCoverage coverage;
    private List<String> coveredPacks = List.of();
    private OptionalDouble minimumCoverage = OptionalDouble.empty();
    private PrintStream out = System.out;
    private final List<BiConsumer<MlaRequest, Decision>> checks = new ArrayList<>();

    private Scenarios(Path folder, String shownFolder) {
        this.folder = folder;
        this.shownFolder = shownFolder;
    }

    /**
     * Scenarios in a folder of the file system, e.g. {@code src/test/resources/scenarios} (relative to the working
     * directory, which Maven sets to the module's directory).
     *
     * @param folder the folder
     * @return the scenarios
     */
    public static Scenarios in(String folder) {
        return in(Paths.get(Objects.requireNonNull(folder, "folder")));
    }

    /** @return the scenarios in a folder of the file system */
    public static Scenarios in(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new Scenarios(folder, folder.toString());
    }

    /**
     * Scenarios in a folder of the class path, e.g. {@code scenarios} for {@code src/test/resources/scenarios}. A
     * folder inside a jar is read through a zip file system that stays open for the life of the JVM.
     *
     * @param resourceFolder the folder, without a leading slash
     * @return the scenarios
     * @throws IllegalArgumentException if the folder is not on the class path
     */
    public static Scenarios onClasspath(String resourceFolder) {
        Objects.requireNonNull(resourceFolder, "resourceFolder");
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader()).orElse(Scenarios.class.getClassLoader());
        URL url = loader.getResource(resourceFolder);
        if (url == null) {
            throw new IllegalArgumentException("no folder '" + resourceFolder + "' on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Paths.get finds it
                }
            }
            return new Scenarios(Paths.get(uri), "classpath:" + resourceFolder);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalArgumentException("cannot open the class-path folder '" + resourceFolder + "'", e);
        }
    }

    /**
     * Evaluates with the packs of this registry.
     *
     * @param registry the registry
     * @return this
     */
    public Scenarios using(RulePackRegistry registry) {
        if (this.coverage != null) {
            throw new IllegalStateException("choose the registry before reading the coverage");
        }
        this.registry = Objects.requireNonNull(registry, "registry");
        return this;
    }

    /**
     * Counts coverage over exactly these packs, so that a pack no scenario applies counts as untested; by default
     * the packs the scenarios apply are counted.
     *
     * @param packIds the packs under test
     * @return this
     */
    public Scenarios coveringPacks(String... packIds) {
        if (this.coverage != null) {
            throw new IllegalStateException("choose the packs before reading the coverage");
        }
        this.coveredPacks = List.of(packIds);
        return this;
    }

    /**
     * Makes the last dynamic test fail when less than this share of the rules is made decisive or adverse by some
     * scenario.
     *
     * @param minimum from 0 to 1, e.g. {@code 0.8}
     * @return this
     */
    public Scenarios requireRuleCoverage(double minimum) {
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("the minimum must be between 0 and 1 (was " + minimum + ")");
        }
        this.minimumCoverage = OptionalDouble.of(minimum);
        return this;
    }

    /**
     * Prints the coverage report to this stream instead of standard output.
     *
     * @param stream the stream
     * @return this
     */
    public Scenarios printingCoverageTo(PrintStream stream) {
        this.out = Objects.requireNonNull(stream, "stream");
        return this;
    }

    /**
     * Adds a check that every scenario's decision must pass once its expectations are met: it receives the request
     * evaluated and the decision, and fails by throwing an {@link AssertionError}, which fails the scenario with the
     * check's message and the decision's explanation.
     *
     * @param check the check, e.g. that the decision repeats none of the request's personal data
     * @return this
     */
    public Scenarios checkingEachDecision(BiConsumer<MlaRequest, Decision> check) {
        checks.add(Objects.requireNonNull(check, "check"));
        return this;
    }

    /**
     * The coverage the scenarios' decisions are recorded in, e.g. to check it in an {@code @AfterAll} method with
     * {@link RuleCoverage#requireAtLeast(double)}.
     *
     * @return the coverage
     */
    public synchronized RuleCoverage coverage() {
        if (coverage == null) {
            RulePackRegistry r = registry();
            coverage = coveredPacks.isEmpty() ? RuleCoverage.of(r) : RuleCoverage.of(r, coveredPacks.toArray(String[]::new));
        }
        return coverage;
    }

    /**
     * Reads the files and returns their scenarios as dynamic tests, to return from a {@code @TestFactory}.
     *
     * @return one container per file, one test per scenario, and the coverage test last
     */
    public Stream<DynamicNode> tests() {
        ScenarioReader reader = new ScenarioReader();
        ScenarioRunner runner = new ScenarioRunner(RulesEngine.of(registry()), Optional.of(coverage()), checks);
        List<Path> files = files();
        List<DynamicNode> nodes = new ArrayList<>();
        if (files.isEmpty()) {
            nodes.add(DynamicTest.dynamicTest("no scenario files in " + shownFolder, () -> {
                throw new AssertionError("No *.yaml or *.yml scenario file was found in " + shownFolder
                        + (Files.isDirectory(folder) ? "" : " (the folder does not exist)"));
            }));
            return nodes.stream();
        }
        for (Path file : files) {
            String shown = folder.relativize(file).toString().replace('\\', '/');
            URI source = sourceOf(file);
            ScenarioReader.ScenarioFile read;
            try {
                read = reader.read(file, shown);
            } catch (ScenarioFormatException e) {
                nodes.add(DynamicContainer.dynamicContainer(shown, source,
                        Stream.of(DynamicTest.dynamicTest("(the file cannot be read)", source, () -> {
                            throw e;
                        }))));
                continue;
            }
            List<DynamicNode> tests = new ArrayList<>();
            for (ScenarioReader.ScenarioEntry entry : read.scenarios()) {
                tests.add(DynamicTest.dynamicTest(entry.name(), source, () -> runner.run(reader.bind(read, entry))));
            }
            nodes.add(DynamicContainer.dynamicContainer(shown, source, tests.stream()));
        }
        String name = minimumCoverage.isPresent()
                ? String.format(Locale.ROOT, "rule coverage (at least %.0f%%)", 100 * minimumCoverage.getAsDouble())
                : "rule coverage";
        nodes.add(DynamicTest.dynamicTest(name, () -> {
            out.println(coverage().report().render());
            if (minimumCoverage.isPresent()) {
                coverage().requireAtLeast(minimumCoverage.getAsDouble());
            }
        }));
        return nodes.stream();
    }

    /**
     * Reads every scenario of the folder, without evaluating it, in the order {@link #tests()} runs them.
     *
     * @return one summary per scenario
     * @throws ScenarioFormatException if a file or a scenario is malformed
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public List<ScenarioSummary> summaries() {
        ScenarioReader reader = new ScenarioReader();
        List<ScenarioSummary> out = new ArrayList<>();
        for (Path file : files()) {
            String shown = folder.relativize(file).toString().replace('\\', '/');
            ScenarioReader.ScenarioFile read = reader.read(file, shown);
            for (ScenarioReader.ScenarioEntry entry : read.scenarios()) {
                ScenarioReader.Scenario s = reader.bind(read, entry);
                List<String> packs = s.given().packs().orElseThrow().stream().map(ScenarioReader.PackChoice::id).toList();
                out.add(new ScenarioSummary(shown, s.name(), s.description(), packs, s.provisions()));
            }
        }
        return List.copyOf(out);
    }

    private synchronized RulePackRegistry registry() {
        if (registry == null) {
            registry = RulePackRegistry.discover();
        }
        return registry;
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".yaml") || n.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scenario folder " + shownFolder, e);
        }
    }

    private static URI sourceOf(Path file) {
        try {
            return file.toUri();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "Scenarios[" + shownFolder + "]";
    }
}
