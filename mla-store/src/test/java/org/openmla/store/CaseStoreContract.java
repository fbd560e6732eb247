package org.openmla.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.RequestId;
import org.openmla.testkit.fixtures.Requests;

/**
 * The store's contract, run against each database: reload equality, optimistic versioning under concurrency, no
 * half-written transition, listing from indexed columns, and clear errors naming the case for bad input.
 */
abstract class CaseStoreContract {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final DeadlineCalendar UTC = DeadlineCalendar.of(ZoneOffset.UTC);
    /** Names in the UNTOC fixture request: personal data that must stay in the request document. */
    static final List<String> PERSONAL = List.of("Witness Example", "Zurich", "CH00 0000 0000 0000 0000 0");

    String url;
    CaseStore store;

    abstract TestDatabase database();

    @BeforeEach
    void openStore() {
        url = database().newDatabase();
        store = CaseStore.open(url, UTC);
    }

    static MlaRequest request(String id) {
        return Requests.untoc().withId(id).build();
    }

    static MlaRequest request(String id, String from, String to) {
        return Requests.untoc().withId(id).between(from, to).build();
    }

    long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    // ---- reload equality ----

    @Test
    void a_saved_case_with_its_history_reads_back_equal() {
        MlaRequest request = request("NL-2026-0001");
        RequestCase c = Story.of("NL-2026-0001", T0).receivedAndReviewed().accepted().executed().build();

        assertThat(store.save(request, c)).isEqualTo(new WriteResult.Written(c.caseId(), 7));

        StoredCase loaded = store.load(c.caseId()).orElseThrow();
        assertThat(loaded.requestCase()).isEqualTo(c);
        assertThat(loaded.request()).isEqualTo(request);
        assertThat(store.loadCase(c.caseId())).contains(c);
    }

    @Test
    void transitions_appended_one_by_one_read_back_equal_to_the_live_case() {
        RequestId id = RequestId.of("NL-2026-0002");
        store.save(request(id.value()), RequestCase.create(id));
        RequestCase full = Story.of(id.value(), T0).receivedAndReviewed().refused("TEST_PREJUDICE").build();

        for (int v = 1; v <= full.version(); v++) {
            RequestCase next = RequestCase.replay(id, full.history().subList(0, v));
            assertThat(store.append(next, v - 1)).isEqualTo(new WriteResult.Written(id, v));
        }

        assertThat(store.loadCase(id)).contains(full);
    }

    @Test
    void several_transitions_can_be_appended_at_once() {
        RequestId id = RequestId.of("NL-2026-0003");
        RequestCase received = Story.of(id.value(), T0).then(CommandType.RECEIVE).build();
        store.save(request(id.value()), received);
        RequestCase reviewed = Story.of(id.value(), T0).receivedAndReviewed().build();

        assertThat(store.append(reviewed, 1)).isEqualTo(new WriteResult.Written(id, 4));
        assertThat(store.loadCase(id)).contains(reviewed);
    }

    @Test
    void instants_finer_than_a_microsecond_read_back_equal() {
        RequestId id = RequestId.of("NL-2026-0004");
        RequestCase c = Story.of(id.value(), T0.plusNanos(999_999_999)).receivedAndReviewed().build();
        store.save(request(id.value()), c);

        assertThat(store.loadCase(id)).contains(c);
    }

    @Test
    void a_missing_case_loads_as_empty() {
        assertThat(store.load(RequestId.of("NL-NONE"))).isEmpty();
        assertThat(store.loadCase(RequestId.of("NL-NONE"))).isEmpty();
    }

    // ---- versions and conflicts ----

    @Test
    void a_stale_append_is_a_version_conflict_and_writes_nothing() throws SQLException {
        RequestId id = RequestId.of("NL-2026-0010");
        store.save(request(id.value()), RequestCase.create(id));
        RequestCase mine = Story.of(id.value(), T0).then(CommandType.RECEIVE).build();
        RequestCase theirs = Story.of(id.value(), T0).then(CommandType.RECEIVE, Actor.of("off-0042", "CASE_OFFICER")).build();

        assertThat(store.append(theirs, 0).isWritten()).isTrue();
        assertThat(store.append(mine, 0)).isEqualTo(new WriteResult.VersionConflict(id, 0, 1));

        assertThat(store.loadCase(id)).contains(theirs);
        assertThat(count("SELECT COUNT(*) FROM mla_case_history WHERE case_id = '" + id.value() + "'")).isEqualTo(1);
    }

    @Test
    void an_append_that_rewrites_the_stored_history_is_refused() {
        RequestId id = RequestId.of("NL-2026-0011");
        store.save(request(id.value()), Story.of(id.value(), T0).then(CommandType.RECEIVE).build());
        RequestCase rewritten = Story.of(id.value(), T0.plusSeconds(60)).then(CommandType.RECEIVE).then(CommandType.ACKNOWLEDGE).build();

        assertThat(store.append(rewritten, 1)).isEqualTo(new WriteResult.HistoryNotKept(id, 1));
        assertThat(store.loadCase(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void saving_twice_and_appending_to_nothing_are_answered_not_thrown() {
        RequestId id = RequestId.of("NL-2026-0012");
        assertThat(store.save(request(id.value()), RequestCase.create(id)).isWritten()).isTrue();
        assertThat(store.save(request(id.value()), RequestCase.create(id))).isEqualTo(new WriteResult.AlreadyExists(id));

        RequestId other = RequestId.of("NL-2026-0013");
        assertThat(store.append(Story.of(other.value(), T0).then(CommandType.RECEIVE).build(), 0)).isEqualTo(new WriteResult.NotFound(other));
    }

    /**
     * Eight officers work on one case at once, each loading it, adding a transition and storing it on the version it
     * loaded, retrying on conflict: every stored transition is one that was answered as written, none is lost, and
     * every other attempt was answered as a conflict.
     */
    @Test
    void eight_threads_on_one_case_lose_no_update_and_every_conflict_is_reported() throws Exception {
        RequestId id = RequestId.of("NL-2026-0020");
        RequestCase reviewed = Story.of(id.value(), T0).receivedAndReviewed().build();
        store.save(request(id.value()), reviewed);
        int threads = 8;
        int appendsEach = 12;
        Map<String, AtomicInteger> written = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Actor officer = Actor.of("off-" + t, "CASE_OFFICER");
            written.put(officer.officerId(), new AtomicInteger());
            done.add(pool.submit(() -> {
                go.await();
                int mine = 0;
                while (mine < appendsEach) {
                    RequestCase loaded = store.loadCase(id).orElseThrow();
                    CommandType command = loaded.state() == CaseState.UNDER_REVIEW ? CommandType.REQUEST_INFORMATION : CommandType.RECEIVE_INFORMATION;
                    Transition last = loaded.last().orElseThrow();
                    Transition next = new Transition(loaded.version() + 1, last.at().plusSeconds(1), officer, loaded.state(),
                            command == CommandType.REQUEST_INFORMATION ? CaseState.ADDITIONAL_INFORMATION_REQUESTED : CaseState.UNDER_REVIEW,
                            command, Optional.empty(), org.openmla.core.lifecycle.TransitionDetail.NONE);
                    List<Transition> longer = new ArrayList<>(loaded.history());
                    longer.add(next);
                    attempts.incrementAndGet();
                    WriteResult r = store.append(RequestCase.replay(id, longer), loaded.version());
                    if (r instanceof WriteResult.Written) {
                        mine++;
                        written.get(officer.officerId()).incrementAndGet();
                    } else if (r instanceof WriteResult.VersionConflict conflict) {
                        assertThat(conflict.currentVersion()).isGreaterThan(conflict.expectedVersion());
                        conflicts.incrementAndGet();
                    } else {
                        throw new AssertionError("unexpected " + r);
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        RequestCase end = store.loadCase(id).orElseThrow();
        assertThat(end.version()).isEqualTo(reviewed.version() + (long) threads * appendsEach);
        for (Map.Entry<String, AtomicInteger> e : written.entrySet()) {
            long stored = end.history().stream().filter(t -> t.actor().officerId().equals(e.getKey())).count();
            assertThat(stored).as("transitions stored for " + e.getKey()).isEqualTo(e.getValue().get()).isEqualTo(appendsEach);
        }
        assertThat(attempts.get()).isEqualTo(threads * appendsEach + conflicts.get());
        assertThat(count("SELECT COUNT(*) FROM mla_case_history WHERE case_id = '" + id.value() + "'")).isEqualTo(end.version());
    }

    // ---- no half-written transition ----

    @Test
    void a_failure_after_the_stores_statements_leaves_nothing_written() throws SQLException {
        RequestId id = RequestId.of("NL-2026-0030");
        RequestCase received = Story.of(id.value(), T0).then(CommandType.RECEIVE).build();
        store.save(request(id.value()), received);
        RequestCase reviewed = Story.of(id.value(), T0).receivedAndReviewed().build();
        long deadlinesBefore = count("SELECT COUNT(*) FROM mla_running_deadline");

        assertThatThrownBy(() -> store.append(reviewed, 1, connection -> {
            throw new SQLException("the host's own statement failed");
        })).isInstanceOf(StoreException.class).hasMessageContaining("case NL-2026-0030").hasMessageContaining("nothing was written");

        assertThat(store.loadCase(id)).contains(received);
        assertThat(count("SELECT COUNT(*) FROM mla_case_history")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM mla_running_deadline")).isEqualTo(deadlinesBefore);
        assertThat(store.append(reviewed, 1).isWritten()).as("the same append succeeds afterwards").isTrue();
    }

    @Test
    void a_connection_lost_between_statements_leaves_nothing_written() throws SQLException {
        RequestId id = RequestId.of("NL-2026-0031");
        store.save(request(id.value()), RequestCase.create(id));
        RequestCase reviewed = Story.of(id.value(), T0).receivedAndReviewed().build();

        assertThatThrownBy(() -> store.append(reviewed, 0, Connection::close)).isInstanceOf(StoreException.class)
                .hasMessageContaining("case NL-2026-0031");

        assertThat(store.loadCase(id)).contains(RequestCase.create(id));
        assertThat(count("SELECT COUNT(*) FROM mla_case_history")).isZero();
        assertThat(count("SELECT COUNT(*) FROM mla_running_deadline")).isZero();
    }

    @Test
    void a_save_that_fails_in_the_host_write_leaves_no_case_row() throws SQLException {
        RequestId id = RequestId.of("NL-2026-0032");
        RequestCase reviewed = Story.of(id.value(), T0).receivedAndReviewed().build();

        assertThatThrownBy(() -> store.save(request(id.value()), reviewed, connection -> {
            throw new IllegalStateException("host failure");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("SELECT COUNT(*) FROM mla_case")).isZero();
        assertThat(count("SELECT COUNT(*) FROM mla_case_history")).isZero();
    }

    @Test
    void a_host_write_commits_with_the_append() throws SQLException {
        execute("CREATE TABLE host_note (case_id VARCHAR(128) NOT NULL, note_version BIGINT NOT NULL)");
        RequestId id = RequestId.of("NL-2026-0033");
        store.save(request(id.value()), RequestCase.create(id));
        RequestCase received = Story.of(id.value(), T0).then(CommandType.RECEIVE).build();

        store.append(received, 0, c -> {
            try (var ps = c.prepareStatement("INSERT INTO host_note VALUES (?, ?)")) {
                ps.setString(1, id.value());
                ps.setLong(2, 1);
                ps.executeUpdate();
            }
        });

        assertThat(count("SELECT COUNT(*) FROM host_note")).isEqualTo(1);
    }

    // ---- listing without histories ----

    @Test
    void cases_are_listed_by_state_counterpart_and_instrument() {
        store.save(request("A-1", "NL", "CH"), Story.of("A-1", T0).receivedAndReviewed().build());
        store.save(request("A-2", "DE", "CH"), Story.of("A-2", T0).receivedAndReviewed().accepted().build());
        store.save(request("A-3", "DE", "CH"), Story.of("A-3", T0).then(CommandType.RECEIVE).build());

        assertThat(store.list(CaseQuery.all()).stream().map(s -> s.caseId().value())).containsExactly("A-1", "A-2", "A-3");
        assertThat(store.list(CaseQuery.all().withState(CaseState.UNDER_REVIEW))).extracting(s -> s.caseId().value()).containsExactly("A-1");
        assertThat(store.list(CaseQuery.all().withCounterpart(Jurisdiction.of("DE")))).extracting(s -> s.caseId().value())
                .containsExactly("A-2", "A-3");
        assertThat(store.list(CaseQuery.all().withInstrument("UNTOC").withLimit(2))).extracting(s -> s.caseId().value())
                .containsExactly("A-1", "A-2");
        assertThat(store.list(CaseQuery.all().withInstrument("ETS30"))).isEmpty();

        CaseSummary a2 = store.list(CaseQuery.all().withState(CaseState.ACCEPTED)).get(0);
        assertThat(a2.version()).isEqualTo(5);
        assertThat(a2.requestingState()).isEqualTo(Jurisdiction.of("DE"));
        assertThat(a2.instrument()).contains("UNTOC");
        assertThat(a2.receivedAt()).contains(T0);
    }

    @Test
    void due_before_answers_from_the_deadline_index() {
        // Received at T0: acknowledge within 5 days, decide within 30.
        store.save(request("D-1"), Story.of("D-1", T0).then(CommandType.RECEIVE).then(CommandType.RECORD_DECISION,
                Optional.empty(), new org.openmla.core.lifecycle.TransitionDetail(Optional.of(Story.decision(org.openmla.core.decision.Outcome.GRANT, 2)),
                        List.of(), List.of(), List.of(), Optional.empty(), List.of(Story.ACKNOWLEDGE_IN_5_DAYS, Story.DECIDE_IN_30_DAYS),
                        Optional.empty()), Story.OFFICER).build());
        // Acknowledged: only the decision deadline runs.
        store.save(request("D-2"), Story.of("D-2", T0.plus(Duration.ofDays(1))).receivedAndReviewed().build());
        // Decided: nothing runs.
        store.save(request("D-3"), Story.of("D-3", T0).receivedAndReviewed().accepted().build());

        assertThat(store.dueBefore(T0.plus(Duration.ofDays(5)))).isEmpty();
        assertThat(store.dueBefore(T0.plus(Duration.ofDays(6)))).containsExactly(
                new DueCaseDeadline(RequestId.of("D-1"), CaseState.RECEIVED, "TEST_ACK", Story.ACKNOWLEDGE_IN_5_DAYS.citation(), T0.plus(Duration.ofDays(5))));
        assertThat(store.dueBefore(T0.plus(Duration.ofDays(40)))).extracting(d -> d.caseId().value() + " " + d.ruleId())
                .containsExactly("D-1 TEST_ACK", "D-1 TEST_DECIDE", "D-2 TEST_DECIDE");
        assertThat(store.dueBefore(T0.plus(Duration.ofDays(40)), 1)).hasSize(1);

        // Acknowledging D-1 takes its acknowledgement deadline off the index.
        RequestCase d1 = store.loadCase(RequestId.of("D-1")).orElseThrow();
        List<Transition> longer = new ArrayList<>(d1.history());
        longer.add(new Transition(3, T0.plus(Duration.ofDays(2)), Story.OFFICER, CaseState.RECEIVED, CaseState.RECEIVED, CommandType.ACKNOWLEDGE,
                Optional.empty(), org.openmla.core.lifecycle.TransitionDetail.NONE));
        store.append(RequestCase.replay(d1.caseId(), longer), 2);
        assertThat(store.dueBefore(T0.plus(Duration.ofDays(40)))).extracting(d -> d.caseId().value() + " " + d.ruleId())
                .containsExactly("D-1 TEST_DECIDE", "D-2 TEST_DECIDE");
    }

    @Test
    void personal_data_is_only_in_the_request_document() throws SQLException {
        store.save(request("P-1"), Story.of("P-1", T0).receivedAndReviewed().refused("TEST_PREJUDICE").build());
        try (Connection c = DriverManager.getConnection(url)) {
            for (String table : List.of("mla_case", "mla_case_history", "mla_running_deadline")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String column = rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                            String value = String.valueOf(rs.getObject(i));
                            if (column.equals("request_document")) {
                                assertThat(value).contains(PERSONAL);
                            } else {
                                for (String p : PERSONAL) {
                                    assertThat(value).as(table + "." + column).doesNotContain(p);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void the_caseload_report_from_the_store_equals_the_one_from_memory() {
        List<org.openmla.store.monitoring.MonitoredCase> inMemory = new ArrayList<>();
        for (org.openmla.store.monitoring.MonitoredCase m : CaseloadReportTest.caseload()) {
            String id = m.requestCase().caseId().value();
            MlaRequest request = request(id, id.substring(0, 2), "CH");
            store.save(request, m.requestCase());
            inMemory.add(org.openmla.store.monitoring.MonitoredCase.of(request, m.requestCase()));
        }

        var fromStore = org.openmla.store.monitoring.Caseload.report(store, CaseloadReportTest.AS_OF);

        assertThat(fromStore).isEqualTo(org.openmla.store.monitoring.Caseload.report(inMemory, CaseloadReportTest.AS_OF, UTC));
        assertThat(fromStore.overdue()).hasSize(2);
        assertThat(store.dueBefore(CaseloadReportTest.AS_OF)).hasSize(2);
    }

    // ---- bad input ----

    @Test
    void a_history_that_fails_verification_is_reported_with_the_case_id_and_no_value() throws SQLException {
        store.save(request("V-1"), Story.of("V-1", T0).receivedAndReviewed().accepted().build());
        // Someone edits the stored acceptance in place, claiming a decision that barred it.
        execute("UPDATE mla_case_history SET entry_document = REPLACE(entry_document, '\"outcome\":\"GRANT\"', '\"outcome\":\"MUST_REFUSE\"')"
                + " WHERE case_id = 'V-1' AND version = 5");

        assertThatThrownBy(() -> store.load(RequestId.of("V-1"))).isInstanceOf(StoredCaseCorruptException.class)
                .hasMessageStartingWith("stored case V-1 fails verification")
                .satisfies(e -> assertThat(((StoredCaseCorruptException) e).caseId()).isEqualTo(RequestId.of("V-1")))
                .satisfies(e -> PERSONAL.forEach(p -> assertThat(e.getMessage()).doesNotContain(p)));
    }

    @Test
    void a_missing_history_row_is_reported() throws SQLException {
        store.save(request("V-2"), Story.of("V-2", T0).receivedAndReviewed().build());
        execute("DELETE FROM mla_running_deadline WHERE case_id = 'V-2'");
        execute("DELETE FROM mla_case_history WHERE case_id = 'V-2' AND version = 2");

        assertThatThrownBy(() -> store.loadCase(RequestId.of("V-2"))).isInstanceOf(StoredCaseCorruptException.class)
                .hasMessageContaining("V-2").hasMessageContaining("history rows");
    }

    @Test
    void a_case_row_that_disagrees_with_its_history_is_reported() throws SQLException {
        store.save(request("V-3"), Story.of("V-3", T0).receivedAndReviewed().build());
        execute("UPDATE mla_case SET state = 'ACCEPTED' WHERE case_id = 'V-3'");

        assertThatThrownBy(() -> store.loadCase(RequestId.of("V-3"))).isInstanceOf(StoredCaseCorruptException.class)
                .hasMessageContaining("V-3").hasMessageContaining("ACCEPTED");
    }

    @Test
    void a_schema_at_an_unknown_migration_version_is_refused_and_not_written() throws SQLException {
        store.save(request("S-1"), RequestCase.create(RequestId.of("S-1")));
        long applied = count("SELECT COUNT(*) FROM \"mla_schema_history\"");
        execute("INSERT INTO \"mla_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (99, '99', 'from a newer library', 'SQL', 'V99__newer.sql', 0, 'test', 0, TRUE)");

        assertThatThrownBy(() -> CaseStore.open(url, UTC)).isInstanceOf(StoreException.class)
                .hasMessageContaining("migration version 99").hasMessageContaining("nothing was written");
        assertThat(count("SELECT COUNT(*) FROM \"mla_schema_history\"")).isEqualTo(applied + 1);
        assertThat(count("SELECT COUNT(*) FROM mla_case")).isEqualTo(1);
    }

    @Test
    void reopening_a_migrated_database_changes_nothing() throws SQLException {
        store.save(request("S-2"), RequestCase.create(RequestId.of("S-2")));
        long applied = count("SELECT COUNT(*) FROM \"mla_schema_history\"");
        CaseStore again = CaseStore.open(url, UTC);
        assertThat(again.load(RequestId.of("S-2"))).isPresent();
        assertThat(count("SELECT COUNT(*) FROM \"mla_schema_history\"")).isEqualTo(applied);
    }

    @Test
    void an_unreachable_database_is_a_clear_error_without_credentials() {
        assertThatThrownBy(() -> CaseStore.open("jdbc:postgresql://localhost:1/mla?user=secret-user&password=secret", UTC))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot reach the database jdbc:postgresql://localhost:1/mla")
                .hasMessageNotContaining("secret");
    }
}
