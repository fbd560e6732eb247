package org.openmla.examples.casesystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case system's command line keeps the cases it registers in the database it is given, across runs. */
class CaseSystemTest {
    @TempDir
    Path dir;

    private String run(Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CaseSystem.run(clock, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void requests_registered_in_one_run_are_there_in_the_next() {
        String url = "jdbc:h2:file:" + dir.resolve("cases").toAbsolutePath();
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);

        String first = run(clock, "--store", url, "requests/eio-search-and-seizure.json");
        assertThat(first).contains("DE-LKA-SL-2026-0311  RECEIVED  version 2", "EIO art. 12(3) due", "0 deadlines overdue now");

        String later = run(Clock.fixed(Instant.parse("2027-06-01T09:00:00Z"), ZoneOffset.UTC), "--store", url, "requests/eio-search-and-seizure.json");
        assertThat(later).contains("DE-LKA-SL-2026-0311: received before", "DE-LKA-SL-2026-0311  RECEIVED  version 2").doesNotContain("0 deadlines overdue");
    }
}
