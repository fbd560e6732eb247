package org.openmla.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the Java quickstarts of the repository's README.md exactly as they are written, so that the
 * README cannot drift from the API.
 */
class ReadmeQuickstartTest {

    static final Path README = Path.of("..", "README.md");

    static String block(String marker) throws Exception {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("<!-- " + marker + ":begin -->\\s*```java\\n(.*?)```\\s*<!-- " + marker + ":end -->", Pattern.DOTALL)
                .matcher(readme);
        assertThat(m.find()).as("README.md has a java block between the " + marker + " markers").isTrue();
        return m.group(1);
    }

    static String compileAndRun(Path dir, String className, String source) throws Exception {
        Files.writeString(dir.resolve(className + ".java"), source);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        run(List.of(bin.resolve("javac").toString(), "-d", dir.toString(), "-cp", classPath, dir.resolve(className + ".java").toString()));
        return run(List.of(bin.resolve("java").toString(), "-cp", dir + File.pathSeparator + classPath, className));
    }

    static String run(List<String> command) throws Exception {
        Path err = Files.createTempFile("quickstart", ".err");
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out + Files.readString(err)).isZero();
        Files.delete(err);
        return out;
    }

    @Test
    void the_request_quickstart_compiles_validates_and_prints_json_without_leaking_names(@TempDir Path dir) throws Exception {
        String out = compileAndRun(dir, "Quickstart", block("quickstart"));

        String[] lines = out.split("\\R");
        assertThat(lines[0]).isEqualTo("[]");
        assertThat(lines[1]).startsWith("MlaRequest[id=NL-2026-00042").doesNotContain("Jan Jansen");
        assertThat(out).contains("\"schemaVersion\": 1", "\"BANK_AND_BUSINESS_RECORDS\"", "\"Jan Jansen\"");
    }

    @Test
    void the_built_in_packs_quickstart_resolves_decides_and_starts_the_deadlines(@TempDir Path dir) throws Exception {
        String out = compileAndRun(dir, "QuickstartBuiltIn", block("quickstart-builtin"));

        String[] lines = out.split("\\R");
        assertThat(lines[0]).isEqualTo("EIO: VALID between DE and FR");
        assertThat(lines[1]).isEqualTo("PENDING_ASSESSMENT");
        assertThat(out).contains("  DUAL_CRIMINALITY: ", "EIO art. 16(1) due 20", "EIO art. 12(3) due 20", "EIO art. 12(4) due later");
    }

    @Test
    void the_rules_quickstart_compiles_and_decides_as_the_comments_say(@TempDir Path dir) throws Exception {
        String out = compileAndRun(dir, "QuickstartRules", block("quickstart-rules"));

        assertThat(out.split("\\R")[0]).isEqualTo("MAY_REFUSE");
        assertThat(out).contains("XMLAT art. 4(2)(a)", "BANK_SECRECY: FORBIDDEN [XMLAT art. 5]");
    }
}
