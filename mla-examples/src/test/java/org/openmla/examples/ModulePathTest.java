package org.openmla.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * On the module path, as named modules: the example treaty is found through its {@code provides} clause beside the
 * built-in packs, and the command line's commands are reachable by picocli through the module's {@code opens}. (The
 * other tests run on the class path, where {@code META-INF/services} is read instead.)
 */
class ModulePathTest {

    /** The modules the command line needs at run time; test-only jars stay off the module path. */
    private static final List<String> RUNTIME = List.of("mla-core", "mla-treaties", "picocli-", "slf4j-api-", "jackson-core-",
            "jackson-databind-", "jackson-annotations-", "jakarta.validation-api-", "hibernate-validator-", "jboss-logging-", "classmate-",
            "mla-store", "flyway-", "jackson-dataformat-toml-", "jackson-datatype-jsr310-", "h2-");

    private static boolean runtime(Path entry) {
        if (entry.endsWith(Path.of("target", "classes"))) {
            String module = entry.getParent().getParent().getFileName().toString();
            return List.of("mla-core", "mla-treaties", "mla-store", "mla-examples").contains(module);
        }
        return RUNTIME.stream().anyMatch(name -> entry.getFileName().toString().startsWith(name));
    }

    private static String modulePath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator)).map(Path::of).filter(ModulePathTest::runtime)
                .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void mla_report_on_the_module_path_migrates_a_store_from_the_migrations_in_the_jar(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "--module-path", modulePath(), "--add-modules", "ALL-MODULE-PATH",
                "-m", "org.openmla.examples/org.openmla.examples.cli.MlaCli", "report", "--store", "jdbc:h2:file:" + dir.resolve("cases").toAbsolutePath(), "--format", "csv", "--debug")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("cases,,,all,count,0");
    }

    @Test
    void mla_packs_on_the_module_path_lists_the_example_treaty_and_the_built_in_packs() throws Exception {
        String modulePath = modulePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process p = new ProcessBuilder(java.toString(), "--module-path", modulePath, "-m", "org.openmla.examples/org.openmla.examples.cli.MlaCli",
                "packs").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out + "\nmodule path: " + modulePath).isZero();
        assertThat(out).contains("EXAMPLE-MLAT 1.0.0", "(extends UN_MODEL_TREATY)", "UNTOC 1.1.0", "EIO 1.1.0", "ETS30 1.1.0");
    }
}
