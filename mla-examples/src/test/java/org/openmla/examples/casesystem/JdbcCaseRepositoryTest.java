package org.openmla.examples.casesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.examples.casesystem.EioCase.CLERK;
import static org.openmla.examples.casesystem.EioCase.HEAD;
import static org.openmla.examples.casesystem.EioCase.ID;
import static org.openmla.examples.casesystem.EioCase.OFFICER;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulesEngine;
import org.openmla.examples.cli.MlaCli;
import org.openmla.store.StoreException;
import org.openmla.treaties.BuiltInPacks;

/**
 * The case system on a database: the desk walks the EIO sample through an H2 file, a second repository opened on the
 * same file reads the same case files, a stale update changes nothing, and {@code mla report --store} reports on it.
 */
class JdbcCaseRepositoryTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    private String url() {
        // DB_CLOSE_DELAY=-1 keeps the H2 file database open between connections: the store's URL data source opens a
        // connection per call, and a database closed and reopened under heavy load once lost sight of its tables here
        // (SQLState 42S02); the second repository still reads through connections of its own.
        return "jdbc:h2:file:" + dir.resolve("cases").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
    }

    private static CaseView done(DeskResult r) {
        assertThat(r).as("%s", r).isInstanceOf(DeskResult.Done.class);
        return ((DeskResult.Done) r).view();
    }

    @Test
    void the_desk_keeps_its_cases_in_the_database_and_another_process_reads_them_back() {
        JdbcCaseRepository repository = JdbcCaseRepository.open(url(), ZoneId.of("Europe/Paris"));
        RequestDesk desk = RequestDesk.create(repository, RulesEngine.of(BuiltInPacks.registry()), BuiltInPacks.resolver(), clock);

        CaseView v = done(desk.receive(EioCase.json(), CLERK));
        clock.advance(Duration.ofHours(3));
        v = done(desk.act(ID, v.version(), CLERK, new OfficerAction.Acknowledge()));
        clock.advance(Duration.ofDays(1));
        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.StartReview()));
        clock.advance(Duration.ofDays(2));
        v = done(desk.recordAssessments(ID, v.version(), OFFICER, EioCase.nothingAgainst(clock.instant())));
        assertThat(v.decision()).hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(Outcome.GRANT_WITH_CONDITIONS));
        long seen = v.version();
        v = done(desk.act(ID, seen, HEAD, OfficerAction.Accept.all()));

        // A colleague working on the version before the acceptance changes nothing.
        assertThat(desk.act(ID, seen, OFFICER, new OfficerAction.StartExecution())).isEqualTo(new DeskResult.StaleVersion(ID, seen, seen + 1));

        JdbcCaseRepository reopened = JdbcCaseRepository.open(url(), ZoneId.of("Europe/Paris"));
        CaseFile stored = reopened.find(ID).orElseThrow();
        assertThat(stored).isEqualTo(v.file());
        assertThat(stored.requestCase().state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(reopened.caseIds()).containsExactly(ID);
        assertThat(reopened.store().dueBefore(clock.instant().plus(Duration.ofDays(400)))).extracting(d -> d.citation().toString())
                .contains("EIO art. 12(4)");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MlaCli.run(Clock.fixed(clock.instant(), ZoneOffset.UTC), new PrintWriter(out), new PrintWriter(err), "report", "--store", url(),
                "--format", "json");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"cases\" : 1", "\"instrument\" : \"EIO\"", "\"counterpart\" : \"DE\"", "\"outcome\" : \"ACCEPTED\"");
    }

    @Test
    void an_unreachable_database_is_a_clear_error() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JdbcCaseRepository.open("jdbc:postgresql://localhost:1/mla", ZoneOffset.UTC))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot reach the database jdbc:postgresql://localhost:1/mla");
    }
}
