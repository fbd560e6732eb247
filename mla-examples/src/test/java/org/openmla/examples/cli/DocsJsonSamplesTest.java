package org.openmla.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.json.MlaJson;
import org.openmla.treaties.BuiltInPacks;

/**
 * Every JSON sample in docs/ and the README is read back by the reader it documents: a request by
 * {@link MlaJson#readRequest(String)}, a case by {@link MlaJson#readCase(String)}, party data by
 * {@code PartyData.withDocument}, State profiles as {@code --state-profile} reads them. A sample of no known kind fails,
 * so that a new sample cannot go unchecked.
 */
class DocsJsonSamplesTest {
    static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path temp;

    static Stream<Arguments> samples() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("..", "README.md"));
        try (Stream<Path> docs = Files.walk(Path.of("..", "docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Arguments> samples = new ArrayList<>();
        for (Path file : files) {
            Matcher m = JSON_BLOCK.matcher(Files.readString(file));
            int n = 0;
            while (m.find()) {
                n++;
                samples.add(Arguments.of(Path.of("..").relativize(file).toString().replace('\\', '/') + "#" + n, m.group(1)));
            }
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(6);
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_json_sample_reads_back(String where, String json) throws IOException {
        new ObjectMapper().readTree(json); // well-formed JSON, whatever its kind
        Path file = Files.writeString(temp.resolve("sample.json"), json);
        if (json.contains("\"schemaVersion\"") && json.contains("\"caseId\"")) {
            assertThat(MlaJson.create().readCase(json).caseId().toString()).isNotBlank();
        } else if (json.contains("\"schemaVersion\"") && json.contains("\"requestedState\"")) {
            assertThat(MlaJson.create().readRequest(json).id()).isNotNull();
        } else if (json.contains("\"openmla-party-data/1\"")) {
            assertThat(BuiltInPacks.partyData().withDocument(file)).isNotNull();
        } else if (json.contains("\"profiles\"")) {
            assertThat(StateProfiles.read(file)).isNotEmpty();
        } else {
            throw new AssertionError(where + ": a JSON sample of no known kind; teach this test to read it back");
        }
    }
}
