package org.example.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code java} block of {@code docs/}, as written, compiled with {@code -Xlint:all -Werror} against this host's
 * class path (OpenMLA's published artifacts and what they bring) inside the frame its marker names, and run.
 *
 * <p>The convention (also in {@code docs/README.md}): a Java block is preceded by {@code <!-- host: Frame#slot -->}.
 * {@code src/test/resources/frames/Frame.java} holds the imports and the values the snippet names, and the line
 * {@code //@snippet slot} where the block goes; import lines at the top of a block go to {@code //@imports}. A frame
 * with a {@code main} method is run in a fresh folder and must print every {@code // expect-output: text} line it
 * declares (checks of what the snippet's comments say); a frame without one says {@code // compile-only: reason}.
 * {@code // with-source: path} compiles a file of the OpenMLA checkout with the frame (the test kit's fictional
 * packs, which are not published). A block without a marker, a marker without a frame or slot, and a frame slot no
 * block fills all fail.
 */
class DocsSnippetsTest {
    static final Path ROOT = Path.of(System.getProperty("openmla.root"));
    static final Path FRAMES = Path.of("src", "test", "resources", "frames");
    static final Pattern BLOCK = Pattern.compile("((?:<!--[^\\n]*-->\\n)*)```java\\n(.*?)```", Pattern.DOTALL);
    static final Pattern MARKER = Pattern.compile("<!-- host: ([A-Za-z0-9]+)(?:#([a-z0-9-]+))? -->");

    record Snippet(Path page, int line, String frame, String slot, String text) {}

    static List<Snippet> snippets() throws IOException {
        List<Snippet> out = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(ROOT.resolve("docs"))) {
            pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start(2)).chars().filter(ch -> ch == '\n').count();
                Matcher marker = MARKER.matcher(m.group(1));
                String where = ROOT.relativize(page) + ":" + line;
                assertThat(marker.find()).as("%s: a java block without a <!-- host: Frame#slot --> marker", where).isTrue();
                out.add(new Snippet(page, line, marker.group(1), marker.group(2) == null ? "main" : marker.group(2), m.group(2)));
            }
        }
        return out;
    }

    @Test
    void every_java_block_of_the_docs_has_a_frame_and_every_frame_is_used() throws IOException {
        List<Snippet> snippets = snippets();
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(20);
        List<String> frames;
        try (Stream<Path> s = Files.list(FRAMES)) {
            frames = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        assertThat(snippets.stream().map(Snippet::frame).distinct().sorted().toList()).isEqualTo(frames);
    }

    @Test
    void every_openmla_dependency_shown_in_the_docs_names_the_version_under_test() throws IOException {
        Pattern xml = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL);
        Pattern dependency = Pattern.compile("<dependency>\\s*<groupId>org\\.openmla</groupId>\\s*<artifactId>([a-z-]+)</artifactId>\\s*<version>([^<]+)</version>");
        int seen = 0;
        try (Stream<Path> s = Files.walk(ROOT.resolve("docs"))) {
            for (Path page : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher block = xml.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (block.find()) {
                    if (block.group(1).contains("<groupId>org.openmla</groupId>")) {
                        Matcher d = dependency.matcher(block.group(1));
                        assertThat(d.find()).as("%s: an OpenMLA dependency with its version", page.getFileName()).isTrue();
                        assertThat(d.group(2)).as("%s: %s", page.getFileName(), d.group(1)).isEqualTo(System.getProperty("openmla.version"));
                        seen++;
                    }
                }
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(2);
    }

    @TestFactory
    Stream<DynamicTest> every_frame_compiles_and_runs_as_its_snippets_say() throws IOException {
        Map<String, List<Snippet>> byFrame = new TreeMap<>();
        for (Snippet s : snippets()) {
            byFrame.computeIfAbsent(s.frame(), k -> new ArrayList<>()).add(s);
        }
        return byFrame.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " " + e.getValue().stream()
                .map(s -> ROOT.relativize(s.page()) + ":" + s.line()).toList(), () -> check(e.getKey(), e.getValue())));
    }

    static void check(String frame, List<Snippet> snippets) throws Exception {
        String source = Files.readString(FRAMES.resolve(frame + ".java"), StandardCharsets.UTF_8);
        Map<String, String> slots = new LinkedHashMap<>();
        StringBuilder imports = new StringBuilder();
        for (Snippet s : snippets) {
            StringBuilder body = new StringBuilder();
            for (String line : s.text().split("\n", -1)) {
                if (body.toString().isBlank() && line.startsWith("import ")) {
                    imports.append(line).append('\n');
                } else {
                    body.append(line).append('\n');
                }
            }
            assertThat(slots.put(s.slot(), body.toString())).as("frame %s: slot %s filled twice", frame, s.slot()).isNull();
        }
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            String placeholder = "//@snippet " + slot.getKey() + "\n";
            assertThat(source).as("frame %s has a slot %s", frame, slot.getKey()).contains(placeholder);
            source = source.replace(placeholder, slot.getValue());
        }
        assertThat(source).as("frame %s: a slot no block of the docs fills", frame).doesNotContain("//@snippet ");
        source = source.replace("//@imports\n", imports.toString());

        Path dir = Files.createTempDirectory("docs-" + frame);
        Matcher pkg = Pattern.compile("(?m)^package ([a-z.]+);").matcher(source);
        String className = pkg.find() ? pkg.group(1) + "." + frame : frame;
        List<String> files = new ArrayList<>();
        Path file = dir.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        files.add(file.toString());
        Matcher with = Pattern.compile("(?m)^// with-source: (\\S+)$").matcher(source);
        while (with.find()) {
            files.add(ROOT.resolve(with.group(1)).toString());
        }
        // The class path this test runs with, less entries that do not exist (this project has no main classes).
        String classPath = Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(e -> Files.exists(Path.of(e))).collect(java.util.stream.Collectors.joining(File.pathSeparator));
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        List<String> javac = new ArrayList<>(List.of(bin.resolve("javac").toString(), "-Xlint:all", "-Werror", "--release", "17",
                "-encoding", "UTF-8", "-d", dir.resolve("classes").toString(), "-cp", classPath));
        javac.addAll(files);
        run(dir, javac, "javac " + frame);

        boolean runnable = source.contains("public static void main(String[] args)");
        boolean compileOnly = source.contains("// compile-only: ");
        assertThat(runnable ^ compileOnly).as("frame %s either has a main method or says why it is compile-only", frame).isTrue();
        if (runnable) {
            String out = run(dir, List.of(bin.resolve("java").toString(), "-ea", "-cp", dir.resolve("classes") + File.pathSeparator + classPath,
                    className), "java " + frame);
            Matcher expect = Pattern.compile("(?m)^\\s*// expect-output: (.+)$").matcher(source);
            int expectations = 0;
            while (expect.find()) {
                expectations++;
                assertThat(out).as("output of frame %s", frame).contains(expect.group(1));
            }
            assertThat(expectations).as("frame %s checks its output", frame).isPositive();
        }
    }

    static String run(Path dir, List<String> command, String what) throws Exception {
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(what + " finished").isTrue();
        assertThat(p.exitValue()).as(what + " failed:\n" + out + Files.readString(err)).isZero();
        return out;
    }
}
