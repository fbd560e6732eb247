package org.openmla.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.openmla.core.MlaException;

/**
 * Jazzer fuzz tests of the readers. Under {@code ./mvnw verify} they run their seed corpus
 * ({@code src/test/resources/org/openmla/core/json/ReaderFuzzTestInputs/<method>/}) as regression tests; with
 * {@code JAZZER_FUZZ=1} they fuzz (see docs/json-format.md, "Fuzzing"). Whatever the input, a reader returns a value
 * or throws {@link MlaJsonException} (or another {@link MlaException}), never anything else, and no message quotes
 * the sentinels of the seeds.
 */
class ReaderFuzzTest {
    static final MlaJson JSON = MlaJson.create();

    @FuzzTest(maxDuration = "30s")
    void readRequest(byte[] input) {
        try {
            JSON.readRequest(new ByteArrayInputStream(input));
        } catch (MlaJsonException e) {
            assertClean(e);
        } catch (MlaException e) {
            assertClean(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void readCase(byte[] input) {
        try {
            JSON.readCaseDocument(new String(input, java.nio.charset.StandardCharsets.UTF_8));
        } catch (MlaException e) {
            assertClean(e);
        }
        try {
            JSON.readCase(new ByteArrayInputStream(input)); // the byte-stream path: UTF-8 decoding, located
        } catch (MlaException e) {
            assertClean(e);
        }
    }

    private static void assertClean(MlaException e) {
        assertThat(e.getCause()).isNull();
        assertThat(e.getMessage()).doesNotContainIgnoringCase("sentinel").doesNotContain("7731");
    }
}
