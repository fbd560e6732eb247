package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quickstarts, copied from the README as they are written, compiled with -Xlint:all -Werror against
 * this host's class path (OpenMLA's published artifacts and what they bring, nothing else) and run; each prints what
 * its comments say.
 */
class ReadmeQuickstartsTest {
    static final Path README = Path.of(System.getProperty("openmla.root"), "README.md");

    static String block(String marker) throws Exception {
        Matcher m = Pattern.compile("<!-- " + marker + ":begin -->\\s*```java\\n(.*?)```\\s*<!-- " + marker + ":end -->", Pattern.DOTALL)
                .matcher(Files.readString(README));
        assertThat(m.find()).as("README.md has a java block between the " + marker + " markers").isTrue();
        return m.group(1);
    }

    static String compileAndRun(Path dir, String className, String source) throws Exception {
        Files.writeString(dir.resolve(className + ".java"), source);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        run(List.of(bin.resolve("javac").toString(), "-Xlint:all", "-Werror", "-d", dir.toString(), "-cp", classPath,
                dir.resolve(className + ".java").toString()));
        return run(List.of(bin.resolve("java").toString(), "-cp", dir + File.pathSeparator + classPath, className));
    }

    static String run(List<String> command) throws Exception {
        // Standard error holds SLF4J's note that this host has chosen no logger; only standard output is checked.
        Path err = Files.createTempFile("quickstart", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out + Files.readString(err)).isZero();
        Files.delete(err);
        return out;
    }

    @Test
    void the_host_sees_the_jackson_it_chose() {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(System.getProperty("host.jackson.version"));
        assertThat(new Intake().roundTrip()).isEmpty();
    }

    @Test
    void quickstart_1_validates_and_prints_json_without_leaking_names(@TempDir Path dir) throws Exception {
        String[] lines = compileAndRun(dir, "Quickstart", block("quickstart")).split("\\R");

        assertThat(lines[0]).isEqualTo("[]");
        assertThat(lines[1]).startsWith("MlaRequest[id=NL-2026-00042").doesNotContain("Jan Jansen");
        assertThat(String.join("\n", lines)).contains("\"schemaVersion\": 1", "\"BANK_AND_BUSINESS_RECORDS\"", "\"Jan Jansen\"");
    }

    @Test
    void quickstart_2_decides_may_refuse_and_explains(@TempDir Path dir) throws Exception {
        String out = compileAndRun(dir, "QuickstartRules", block("quickstart-rules"));

        assertThat(out.split("\\R")[0]).isEqualTo("MAY_REFUSE");
        assertThat(out).contains("XMLAT art. 4(2)(a)", "BANK_SECRECY: FORBIDDEN [XMLAT art. 5]");
    }

    @Test
    void quickstart_3_resolves_decides_and_starts_the_deadlines(@TempDir Path dir) throws Exception {
        String out = compileAndRun(dir, "QuickstartBuiltIn", block("quickstart-builtin"));

        String[] lines = out.split("\\R");
        assertThat(lines[0]).isEqualTo("EIO: VALID between DE and FR");
        assertThat(lines[1]).isEqualTo("PENDING_ASSESSMENT");
        assertThat(out).contains("  DUAL_CRIMINALITY: ", "EIO art. 16(1) due 20", "EIO art. 12(3) due 20", "EIO art. 12(4) due later");
    }
}
