package org.openmla.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's answer to the unexpected: an {@link Error} from pack code, memory running out, an unknown
 * command, a date not in the calendar; packs added from jars with {@code --pack-path}; the version from the build.
 */
class CliRobustnessTest {
    static final String EIO = MlaCliTest.EIO;

    @TempDir
    Path temp;

    @Test
    void an_error_from_pack_code_is_exit_3_with_one_line_that_names_its_class_but_not_its_message() {
        CliRun run = CliRun.of("evaluate", EIO, "--on", "2026-04-14", "--pack", ThrowingPackProvider.ERROR_ID);

        assertThat(run.code()).isEqualTo(MlaCli.EXIT_FAILURE);
        assertThat(run.out() + run.err()).doesNotContain(ThrowingPackProvider.SENTINEL).doesNotContain("\tat ");
        assertThat(run.err().lines().filter(l -> l.startsWith("mla: ")).count()).isEqualTo(1);
    }

    @Test
    void with_debug_an_error_from_pack_code_is_still_the_engines_answer_and_never_its_message() {
        // The engine fails closed on any throwable from pack code, so this is an ENGINE_ERROR decision, not a crash.
        CliRun run = CliRun.of("evaluate", EIO, "--on", "2026-04-14", "--pack", ThrowingPackProvider.ERROR_ID, "--debug");

        assertThat(run.code()).isEqualTo(MlaCli.EXIT_FAILURE);
        assertThat(run.err()).contains("ENGINE_ERROR");
        assertThat(run.out() + run.err()).doesNotContain(ThrowingPackProvider.SENTINEL);
    }

    @Test
    void an_unexpected_error_is_one_line_naming_its_class_and_exit_3_with_the_stack_trace_only_under_debug() {
        // A virtual-machine error other than StackOverflowError is not the engine's to answer: it reaches the command line.
        CliRun run = CliRun.of("evaluate", EIO, "--on", "2026-04-14", "--pack", ThrowingPackProvider.INTERNAL_ERROR_ID);
        CliRun debug = CliRun.of("evaluate", EIO, "--on", "2026-04-14", "--pack", ThrowingPackProvider.INTERNAL_ERROR_ID, "--debug");

        assertThat(run.code()).isEqualTo(MlaCli.EXIT_FAILURE);
        assertThat(run.err().lines()).containsExactly("mla: internal error (java.lang.InternalError); run again with --debug for the stack trace");
        assertThat(run.out() + run.err()).doesNotContain(ThrowingPackProvider.SENTINEL);
        assertThat(debug.code()).isEqualTo(MlaCli.EXIT_FAILURE);
        assertThat(debug.err()).startsWith("mla: internal error (java.lang.InternalError)").contains("\tat ");
    }

    @Test
    void memory_running_out_is_too_large_and_exit_3_without_a_stack_trace() {
        CliRun run = CliRun.of("evaluate", EIO, "--on", "2026-04-14", "--pack", ThrowingPackProvider.OUT_OF_MEMORY_ID);

        assertThat(run.code()).isEqualTo(MlaCli.EXIT_FAILURE);
        assertThat(run.err()).startsWith("mla: too large").contains("MLA_JAVA_OPTS").doesNotContain("\tat ");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void an_unknown_command_is_named_as_such_with_the_commands_and_not_echoed() {
        CliRun run = CliRun.of("evalute", EIO);

        assertThat(run.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("mla: unknown command; the commands are: evaluate, explain, validate")
                .doesNotContain("evalute").doesNotContain("Unmatched argument");
    }

    @Test
    void a_date_of_the_right_form_that_is_not_in_the_calendar_is_called_so() {
        CliRun run = CliRun.of("evaluate", EIO, "--on", "2026-02-30");
        CliRun form = CliRun.of("evaluate", EIO, "--on", "30.02.2026");

        assertThat(run.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("mla: --on: no such day in the calendar: '2026-02-30'");
        assertThat(form.err()).startsWith("mla: --on: not a date of the form yyyy-mm-dd");
    }

    @Test
    void the_version_is_a_release_number_from_the_build() {
        assertThat(CliRun.of("-V").out().strip()).matches("mla \\(OpenMLA\\) \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void pack_path_adds_the_packs_of_a_jar_or_of_every_jar_in_a_directory() throws Exception {
        Path jars = Files.createDirectories(temp.resolve("packs"));
        Path jar = packJar(jars.resolve("host-pack.jar"));

        assertThat(CliRun.of("packs").out()).doesNotContain("HOST-MLAT");
        for (Path entry : List.of(jar, jars)) {
            CliRun run = CliRun.of("packs", "--pack-path", entry.toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("HOST-MLAT 2.1.0", "UNTOC 1.1.0");
        }
        CliRun rules = CliRun.of("rules", "HOST-MLAT", "--pack-path", jar.toString());
        assertThat(rules.out()).contains("HOST-MLAT art. 3(1)");
    }

    @Test
    void a_pack_path_that_is_neither_a_jar_nor_a_directory_is_bad_input() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.txt"), "not a jar");

        CliRun missing = CliRun.of("packs", "--pack-path", temp.resolve("nowhere.jar").toString());
        CliRun notJar = CliRun.of("packs", "--pack-path", text.toString());

        assertThat(missing.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(missing.err()).startsWith("mla: --pack-path: not a jar or a directory");
        assertThat(notJar.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
    }

    /** Compiles a host's own pack and its provider against the test class path, and jars them with their service file. */
    private Path packJar(Path jar) throws IOException {
        Path src = Files.createDirectories(temp.resolve("src/host"));
        Path classes = Files.createDirectories(temp.resolve("classes"));
        Files.writeString(src.resolve("HostPackProvider.java"), """
                package host;

                import java.util.List;
                import org.openmla.core.rules.Conditions;
                import org.openmla.core.rules.Rule;
                import org.openmla.core.rules.RulePack;
                import org.openmla.core.rules.RulePackProvider;

                public final class HostPackProvider implements RulePackProvider {
                    @Override
                    public List<RulePack> packs() {
                        return List.of(RulePack.builder("HOST-MLAT", "2.1.0").title("A host's own bilateral treaty")
                                .rule(Rule.builder("host-mlat.3.1", "HOST-MLAT art. 3(1)").formalRequirement()
                                        .statement("The request names the requesting authority.")
                                        .when(Conditions.request("always", r -> true)).build())
                                .build());
                    }
                }
                """);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Process p = new ProcessBuilder(javac.toString(), "-d", classes.toString(), "-cp", classPath, src.resolve("HostPackProvider.java").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertThat(p.exitValue()).as(log).isZero();
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/org.openmla.core.rules.RulePackProvider"));
            out.write("host.HostPackProvider\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("host/HostPackProvider.class"));
            out.write(Files.readAllBytes(classes.resolve("host/HostPackProvider.class")));
        }
        return jar;
    }

    static List<String> with(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
