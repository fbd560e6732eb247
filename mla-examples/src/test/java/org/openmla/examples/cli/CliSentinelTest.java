package org.openmla.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No command prints personal data from the request, on any path: a sentinel is put where a name, a place, an
 * address or free text goes, and (for malformed documents) where a code, a date, a reference or a property name goes;
 * every command that reads a request is run on each document, with and without JSON output, and nothing it writes to
 * standard output or standard error may contain the sentinel.
 */
class CliSentinelTest {
    static final String SENTINEL = "QQSENTINEL";

    @TempDir
    static Path temp;

    /** The sample EIO request with the sentinel in every personal or free-text value, and malformed variants of it. */
    static Map<String, String> documents() throws IOException {
        String eio = Files.readString(Path.of(MlaCliTest.EIO));
        String valid = eio.replace("Marcel Hoffstetter", SENTINEL + " Marcel")
                .replace("\"Saarlouis\"", "\"" + SENTINEL + "-place\"")
                .replace("Forbach, Moselle", SENTINEL + " street 1")
                .replace("Garage no. 4, 12 rue des Tilleuls (fictional), 57600 Forbach", SENTINEL + " garage")
                .replace("Photographic documentation of the laboratory before dismantling.", "Ask " + SENTINEL + " first.")
                .replace("Durchsuchungsbeschluss des Amtsgerichts Saarbrücken", "Order on " + SENTINEL);
        assertThat(valid.split(SENTINEL, -1)).hasSize(7);
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("valid", valid);
        docs.put("role-code", valid.replace("\"role\": \"SUSPECT\"", "\"role\": \"" + SENTINEL + "\""));
        docs.put("nationality-code", valid.replace("\"DE\",\n        \"FR\"", "\"" + SENTINEL + "\",\n        \"FR\""));
        docs.put("date", valid.replace("\"1989-02-17\"", "\"" + SENTINEL + "\""));
        docs.put("person-ref", valid.replace("\"value\": \"p1\"", "\"value\": \"" + SENTINEL + "\""));
        docs.put("property-name", valid.replace("\"ref\": \"p1\",", "\"ref\": \"p1\", \"" + SENTINEL + "\": 1,"));
        docs.put("target-kind", valid.replace("\"kind\": \"PLACE\"", "\"kind\": \"" + SENTINEL + "\""));
        docs.put("syntax", valid.replace("\"name\": \"" + SENTINEL + " Marcel\",", "\"name\": \"" + SENTINEL + " Marcel\" \"x\","));
        docs.forEach((k, v) -> assertThat(v).as(k).isNotEqualTo(k.equals("valid") ? "" : valid));
        return docs;
    }

    static Stream<Arguments> runs() throws IOException {
        List<Arguments> runs = new ArrayList<>();
        List<String> assess = MlaCliTest.eioNothingAgainst();
        for (Map.Entry<String, String> doc : documents().entrySet()) {
            Path file = Files.writeString(temp.resolve(doc.getKey() + ".json"), doc.getValue());
            String f = file.toString();
            runs.add(Arguments.of(doc.getKey(), List.of("validate", f)));
            for (String command : List.of("evaluate", "explain", "lifecycle")) {
                runs.add(Arguments.of(doc.getKey(), List.of(command, f, "--on", "2026-04-14")));
                runs.add(Arguments.of(doc.getKey(), with(List.of(command, f, "--on", "2026-04-14"), assess)));
            }
            runs.add(Arguments.of(doc.getKey(), with(List.of("evaluate", f, "--on", "2026-04-14", "--format", "json"), assess)));
            runs.add(Arguments.of(doc.getKey(), List.of("evaluate", f, "--on", "2026-04-14", "--pack", ThrowingPackProvider.ERROR_ID)));
            runs.add(Arguments.of(doc.getKey(), List.of("evaluate", f, "--on", "2026-04-14", "--pack", FaultyPackProvider.ID)));
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("runs")
    void no_command_prints_the_sentinel(String document, List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.out()).as("standard output").doesNotContain(SENTINEL);
        assertThat(run.err()).as("standard error").doesNotContain(SENTINEL);
        if (!document.equals("valid")) {
            assertThat(run.code()).as(run.err()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        }
    }

    static List<String> with(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }
}
