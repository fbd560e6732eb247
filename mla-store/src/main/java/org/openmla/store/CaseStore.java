package org.openmla.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.openmla.core.InvalidValueException;
import org.openmla.core.MlaException;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.MlaJsonException;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.DueDeadline;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.Citation;

/**
 * Request cases in a relational database, through JDBC: PostgreSQL in production, H2 embedded (file or in memory).
 *
 * <p><b>Schema.</b> {@link #open(DataSource, DeadlineCalendar)} brings the schema to {@link #SCHEMA_VERSION} with the
 * Flyway migrations shipped in this jar (table {@code mla_schema_history}), and refuses a database whose schema is at a
 * migration version this library does not know. Tables: {@code mla_case} (one row per case: state, version, States,
 * instrument, the request document and the case document without its history), {@code mla_case_history} (one row per
 * transition, holding that entry's JSON; inserted once, never updated or deleted) and {@code mla_running_deadline}
 * (the deadlines running, with when they fall due). Personal data is only in the request document column. The
 * documents are the ones {@link MlaJson} writes, so a change of the case format flows through.
 *
 * <p><b>Writes.</b> {@link #save} and {@link #append} each run in one transaction: the case row, the new history rows,
 * the deadline index and the host's own statements ({@link HostWrite}) are committed together or not at all. An append
 * is made on the version the caller loaded; the database checks it ({@code UPDATE ... WHERE version = ?}), so of two
 * appends on the same version exactly one is stored and the other is answered {@link WriteResult.VersionConflict}:
 * no update is lost and every conflict is reported.
 *
 * <p><b>Reads.</b> {@link #load} replays the stored history and verifies it as {@link MlaJson#readCase} does, and
 * checks it against the case row and the columns beside each entry; a case that fails is reported with
 * {@link StoredCaseCorruptException}, naming the case id. {@link #list} and {@link #dueBefore} read indexed columns
 * only, never a history.
 *
 * <p>Thread-safe: every call takes its own connection from the data source. Errors are {@link StoreException}s whose
 * messages name the case and the SQL state, never stored values; SQL exceptions are not attached as causes, because
 * database messages can quote row values.
 */
public final class CaseStore {

    /** The schema version this library migrates to and reads. */
    public static final String SCHEMA_VERSION = "1";

    private final DataSource dataSource;
    private final String where;
    private final DeadlineCalendar calendar;
    private final Clock clock;
    private final MlaJson json = MlaJson.create();
    private final ObjectMapper mapper = json.objectMapper();

    private CaseStore(DataSource dataSource, String where, DeadlineCalendar calendar, Clock clock) {
        this.dataSource = dataSource;
        this.where = where;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Opens a store on a data source: checks that the database can be reached and migrates its schema.
     *
     * @param dataSource where connections come from (a pool in production)
     * @param calendar the calendar on which deadlines fall due, for the deadline index
     * @return the store
     * @throws StoreException if the database cannot be reached or its schema is at an unknown version; nothing was written
     */
    public static CaseStore open(DataSource dataSource, DeadlineCalendar calendar) {
        Objects.requireNonNull(dataSource, "dataSource");
        return open(dataSource, "behind the data source", calendar, Clock.systemUTC());
    }

    /**
     * A data source that opens connections through {@link java.sql.DriverManager} for a JDBC URL, for a host that keeps
     * its own tables beside the store's in the same database; its {@code toString} shows the URL without parameters.
     *
     * @param jdbcUrl the URL, e.g. {@code jdbc:h2:file:./cases}
     * @return the data source
     */
    public static DataSource dataSource(String jdbcUrl) {
        return new UrlDataSource(jdbcUrl, null, null);
    }

    /**
     * Opens a store on a JDBC URL, such as {@code jdbc:h2:./cases} or {@code jdbc:postgresql://localhost:5432/mla}
     * (credentials in the URL's parameters where the driver reads them). A new connection is opened for each call:
     * fine for tools and small deployments; give a pooled {@link DataSource} otherwise.
     *
     * @param jdbcUrl the URL; its driver must be on the class path
     * @param calendar the calendar on which deadlines fall due
     * @return the store
     * @throws StoreException if the database cannot be reached or its schema is at an unknown version; nothing was written
     */
    public static CaseStore open(String jdbcUrl, DeadlineCalendar calendar) {
        return open(jdbcUrl, null, null, calendar);
    }

    /**
     * Opens a store on a JDBC URL with a user and password.
     *
     * @param jdbcUrl the URL; its driver must be on the class path
     * @param user the user, or null for the driver's default
     * @param password the password, or null
     * @param calendar the calendar on which deadlines fall due
     * @return the store
     * @throws StoreException if the database cannot be reached or its schema is at an unknown version; nothing was written
     */
    public static CaseStore open(String jdbcUrl, String user, String password, DeadlineCalendar calendar) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return open(new UrlDataSource(jdbcUrl, user, password), UrlDataSource.redact(jdbcUrl), calendar, Clock.systemUTC());
    }

    static CaseStore open(DataSource dataSource, String where, DeadlineCalendar calendar, Clock clock) {
        Objects.requireNonNull(calendar, "calendar");
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(10)) {
                throw new StoreException("cannot use the database " + where + ": the connection is not valid; nothing was written");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot reach the database " + where + " (" + sqlState(e) + "); nothing was written");
        }
        SchemaMigrations.migrate(dataSource, where);
        return new CaseStore(dataSource, where, calendar, clock);
    }

    /** @return the calendar on which the deadline index computes due instants */
    public DeadlineCalendar calendar() {
        return calendar;
    }

    // ---- writes ----

    /**
     * Stores a new case: the request, its case and whatever history the case already has.
     *
     * @param request the request as received
     * @param requestCase its case (often {@link RequestCase#create}d, version 0)
     * @return {@link WriteResult.Written} or {@link WriteResult.AlreadyExists}
     * @throws StoreException if the database fails; nothing was written
     */
    public WriteResult save(MlaRequest request, RequestCase requestCase) {
        return save(request, requestCase, HostWrite.NONE);
    }

    /**
     * Stores a new case, and runs the host's statements in the same transaction.
     *
     * @param request the request as received
     * @param requestCase its case; its id must be the request's
     * @param hostWrite the host's statements
     * @return {@link WriteResult.Written} or {@link WriteResult.AlreadyExists}
     * @throws IllegalArgumentException if the case is not the request's
     * @throws StoreException if the database fails; nothing was written
     */
    public WriteResult save(MlaRequest request, RequestCase requestCase, HostWrite hostWrite) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestCase, "requestCase");
        Objects.requireNonNull(hostWrite, "hostWrite");
        RequestId id = requestCase.caseId();
        if (!request.id().equals(id)) {
            throw new IllegalArgumentException("case " + id.value() + " is not the case of request " + request.id().value());
        }
        String requestDocument = json.writeRequest(request);
        Documents docs = documents(requestCase);
        return inTransaction(id, "save", c -> {
            Instant now = clock.instant();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mla_case (case_id, state, version, requesting_state, requested_state,"
                    + " instrument, received_at, created_at, updated_at, request_document, case_document)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id.value());
                ps.setString(2, requestCase.state().name());
                ps.setLong(3, requestCase.version());
                ps.setString(4, request.requestingParty().state().alpha2());
                ps.setString(5, request.requestedState().alpha2());
                setText(ps, 6, instrument(request));
                setInstant(ps, 7, receivedAt(requestCase));
                setInstant(ps, 8, Optional.of(now));
                setInstant(ps, 9, Optional.of(now));
                ps.setString(10, requestDocument);
                ps.setString(11, docs.header());
                ps.executeUpdate();
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    return new WriteResult.AlreadyExists(id);
                }
                throw e;
            }
            insertHistory(c, requestCase, docs, 0);
            writeDeadlines(c, requestCase, false);
            hostWrite.write(c);
            return new WriteResult.Written(id, requestCase.version());
        });
    }

    /**
     * Appends the transitions a case has beyond the version the caller loaded: the lifecycle's new snapshot after one
     * or more commands.
     *
     * @param next the case after the commands
     * @param expectedVersion the version the caller loaded and applied the commands to
     * @return {@link WriteResult.Written}, {@link WriteResult.VersionConflict}, {@link WriteResult.HistoryNotKept} or
     *     {@link WriteResult.NotFound}
     * @throws IllegalArgumentException if the case has no transition beyond the expected version
     * @throws StoreException if the database fails; nothing was written
     */
    public WriteResult append(RequestCase next, long expectedVersion) {
        return append(next, expectedVersion, HostWrite.NONE);
    }

    /**
     * Appends the transitions a case has beyond the version the caller loaded, and runs the host's statements in the
     * same transaction.
     *
     * @param next the case after the commands
     * @param expectedVersion the version the caller loaded and applied the commands to
     * @param hostWrite the host's statements
     * @return {@link WriteResult.Written}, {@link WriteResult.VersionConflict}, {@link WriteResult.HistoryNotKept} or
     *     {@link WriteResult.NotFound}
     * @throws IllegalArgumentException if the case has no transition beyond the expected version
     * @throws StoreException if the database fails; nothing was written
     */
    public WriteResult append(RequestCase next, long expectedVersion, HostWrite hostWrite) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(hostWrite, "hostWrite");
        RequestId id = next.caseId();
        if (expectedVersion < 0 || next.version() <= expectedVersion) {
            throw new IllegalArgumentException("case " + id.value() + ": version " + next.version() + " has nothing to append to version "
                    + expectedVersion);
        }
        Documents docs = documents(next);
        try {
            return inTransaction(id, "append", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mla_case SET state = ?, version = ?, received_at = ?, updated_at = ?,"
                    + " case_document = ? WHERE case_id = ? AND version = ?")) {
                ps.setString(1, next.state().name());
                ps.setLong(2, next.version());
                setInstant(ps, 3, receivedAt(next));
                setInstant(ps, 4, Optional.of(clock.instant()));
                ps.setString(5, docs.header());
                ps.setString(6, id.value());
                ps.setLong(7, expectedVersion);
                if (ps.executeUpdate() == 0) {
                    Optional<Long> current = storedVersion(c, id);
                    return current.<WriteResult>map(v -> new WriteResult.VersionConflict(id, expectedVersion, v))
                            .orElseGet(() -> new WriteResult.NotFound(id));
                }
            } catch (SQLException e) {
                if (isWriteConflict(e)) {
                    throw new RefusedAsConflicting();
                }
                throw e;
            }
            if (expectedVersion > 0 && !continuesStoredHistory(c, id, expectedVersion, docs)) {
                return new WriteResult.HistoryNotKept(id, expectedVersion);
            }
            try {
                insertHistory(c, next, docs, expectedVersion);
            } catch (SQLException e) {
                if (isUniqueViolation(e) || isWriteConflict(e)) {
                    throw new RefusedAsConflicting();
                }
                throw e;
            }
            writeDeadlines(c, next, true);
            hostWrite.write(c);
            return new WriteResult.Written(id, next.version());
            });
        } catch (RefusedAsConflicting e) {
            // The database refused the write because another transaction changed the case: read what it stored.
            long current = read(id, "read the version", c -> storedVersion(c, id)).orElse(-1L);
            return new WriteResult.VersionConflict(id, expectedVersion, current);
        }
    }

    /** The database refused a write as conflicting with another transaction; thrown to roll back, then answered as a conflict. */
    private static final class RefusedAsConflicting extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedAsConflicting() {
            super(null, null, false, false);
        }
    }

    private boolean continuesStoredHistory(Connection c, RequestId id, long version, Documents docs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_document FROM mla_case_history WHERE case_id = ? AND version = ?")) {
            ps.setString(1, id.value());
            ps.setLong(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                return tree(rs.getString(1), id).equals(docs.entryNodes().get((int) version - 1));
            }
        }
    }

    private void insertHistory(Connection c, RequestCase requestCase, Documents docs, long afterVersion) throws SQLException {
        List<Transition> history = requestCase.history();
        if (history.size() <= afterVersion) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mla_case_history (case_id, version, recorded_at, command, from_state,"
                + " to_state, entry_document) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = (int) afterVersion; i < history.size(); i++) {
                Transition t = history.get(i);
                ps.setString(1, requestCase.caseId().value());
                ps.setLong(2, t.version());
                setInstant(ps, 3, Optional.of(t.at()));
                ps.setString(4, t.command().name());
                ps.setString(5, t.from().name());
                ps.setString(6, t.to().name());
                ps.setString(7, docs.entries().get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeDeadlines(Connection c, RequestCase requestCase, boolean replace) throws SQLException {
        if (replace) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mla_running_deadline WHERE case_id = ?")) {
                ps.setString(1, requestCase.caseId().value());
                ps.executeUpdate();
            }
        }
        List<DueDeadline> running = calendar.running(requestCase);
        if (running.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mla_running_deadline (case_id, rule_id, citation, due_at) VALUES (?, ?, ?, ?)")) {
            for (DueDeadline d : running) {
                ps.setString(1, requestCase.caseId().value());
                ps.setString(2, d.ruleId());
                ps.setString(3, d.deadline().deadline().citation().toString());
                setInstant(ps, 4, Optional.of(d.dueAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    // ---- reads ----

    /**
     * Loads a case and its request, replaying and verifying the stored history.
     *
     * @param caseId the case
     * @return the case, or empty if there is none
     * @throws StoredCaseCorruptException if the stored case fails verification
     * @throws StoreException if the database fails
     */
    public Optional<StoredCase> load(RequestId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return read(caseId, "load", c -> loadIn(c, caseId, true)).map(r -> new StoredCase(r.request().orElseThrow(), r.requestCase()));
    }

    /**
     * Loads a case without its request document, replaying and verifying the stored history.
     *
     * @param caseId the case
     * @return the case, or empty if there is none
     * @throws StoredCaseCorruptException if the stored case fails verification
     * @throws StoreException if the database fails
     */
    public Optional<RequestCase> loadCase(RequestId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return read(caseId, "load", c -> loadIn(c, caseId, false)).map(Loaded::requestCase);
    }

    private record Loaded(Optional<MlaRequest> request, RequestCase requestCase) {}

    private record Row(CaseState state, long version, String requestDocument, String caseDocument) {}

    private record Entry(long version, Instant recordedAt, CommandType command, CaseState from, CaseState to, String document) {}

    private Optional<Loaded> loadIn(Connection c, RequestId id, boolean withRequest) throws SQLException {
        Row row;
        try (PreparedStatement ps = c.prepareStatement("SELECT state, version, " + (withRequest ? "request_document" : "NULL")
                + ", case_document FROM mla_case WHERE case_id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                row = new Row(enumValue(CaseState.class, rs.getString(1), id, "the case row's state"), rs.getLong(2), rs.getString(3),
                        rs.getString(4));
            }
        }
        // Entries beyond the row's version belong to an append committed after the row was read: not part of this snapshot.
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, recorded_at, command, from_state, to_state, entry_document"
                + " FROM mla_case_history WHERE case_id = ? AND version <= ? ORDER BY version")) {
            ps.setString(1, id.value());
            ps.setLong(2, row.version());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            enumValue(CommandType.class, rs.getString(3), id, "a history row's command"),
                            enumValue(CaseState.class, rs.getString(4), id, "a history row's from_state"),
                            enumValue(CaseState.class, rs.getString(5), id, "a history row's to_state"), rs.getString(6)));
                }
            }
        }
        RequestCase requestCase = verify(id, row, entries);
        Optional<MlaRequest> request = Optional.empty();
        if (withRequest) {
            try {
                request = Optional.of(json.readRequest(row.requestDocument()));
            } catch (MlaJsonException e) {
                throw new StoredCaseCorruptException(id, "the request document does not read: " + firstProblem(e));
            }
            if (!request.get().id().equals(id)) {
                throw new StoredCaseCorruptException(id, "the request document is another request's");
            }
        }
        return Optional.of(new Loaded(request, requestCase));
    }

    private RequestCase verify(RequestId id, Row row, List<Entry> entries) {
        if (entries.size() != row.version()) {
            throw new StoredCaseCorruptException(id, "the case row is at version " + row.version() + " but " + entries.size()
                    + " history rows are stored up to it");
        }
        JsonNode header = tree(row.caseDocument(), id);
        if (!(header instanceof ObjectNode document) || !(document.get("history") instanceof ArrayNode)) {
            throw new StoredCaseCorruptException(id, "the case document is not a case header");
        }
        ArrayNode history = mapper.createArrayNode();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).version() != i + 1) {
                throw new StoredCaseCorruptException(id, "history row " + (i + 1) + " is missing");
            }
            history.add(tree(entries.get(i).document(), id));
        }
        document.set("history", history);
        RequestCase replayed;
        try {
            replayed = json.readCase(mapper.writeValueAsString(document));
        } catch (MlaJsonException e) {
            throw new StoredCaseCorruptException(id, "the history does not replay: " + firstProblem(e));
        } catch (JsonProcessingException e) {
            throw new StoredCaseCorruptException(id, "the case document cannot be assembled");
        }
        if (!replayed.caseId().equals(id)) {
            throw new StoredCaseCorruptException(id, "the case document is another case's");
        }
        if (replayed.state() != row.state() || replayed.version() != row.version()) {
            throw new StoredCaseCorruptException(id, "the case row says " + row.state() + " at version " + row.version()
                    + " but the history leads to " + replayed.state() + " at version " + replayed.version());
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Transition t = replayed.history().get(i);
            if (e.command() != t.command() || e.from() != t.from() || e.to() != t.to()
                    || !e.recordedAt().equals(t.at().truncatedTo(ChronoUnit.MICROS))) {
                throw new StoredCaseCorruptException(id, "history row " + e.version() + " disagrees with its entry document");
            }
        }
        return replayed;
    }

    /**
     * Lists cases from the case rows, without reading documents or histories.
     *
     * @param query which cases
     * @return the matching cases, ordered by case id, at most {@code query.limit()}
     * @throws StoreException if the database fails
     */
    public List<CaseSummary> list(CaseQuery query) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder("SELECT case_id, state, version, requesting_state, requested_state, instrument, received_at,"
                + " updated_at FROM mla_case WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        query.state().ifPresent(s -> {
            sql.append(" AND state = ?");
            args.add(s.name());
        });
        query.counterpart().ifPresent(j -> {
            sql.append(" AND (requesting_state = ? OR requested_state = ?)");
            args.add(j.alpha2());
            args.add(j.alpha2());
        });
        query.instrument().ifPresent(i -> {
            sql.append(" AND instrument = ?");
            args.add(i);
        });
        sql.append(" ORDER BY case_id FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
        return read(null, "list", c -> {
            List<CaseSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        RequestId id = new RequestId(rs.getString(1));
                        out.add(new CaseSummary(id, enumValue(CaseState.class, rs.getString(2), id, "the case row's state"), rs.getLong(3),
                                Jurisdiction.of(rs.getString(4)), Jurisdiction.of(rs.getString(5)), Optional.ofNullable(rs.getString(6)),
                                instant(rs, 7), instant(rs, 8).orElseThrow()));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * The deadlines running for stored cases that fall due strictly before an instant — at {@code now}, the overdue
     * ones — answered from the deadline index without loading a history.
     *
     * @param instant the instant
     * @return the deadlines, the earliest first (then by case id and rule id)
     * @throws StoreException if the database fails
     */
    public List<DueCaseDeadline> dueBefore(Instant instant) {
        return dueBefore(instant, Integer.MAX_VALUE);
    }

    /**
     * The first deadlines running for stored cases that fall due strictly before an instant.
     *
     * @param instant the instant
     * @param limit at most this many
     * @return the deadlines, the earliest first (then by case id and rule id)
     * @throws StoreException if the database fails
     */
    public List<DueCaseDeadline> dueBefore(Instant instant, int limit) {
        Objects.requireNonNull(instant, "instant");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return read(null, "list due deadlines", c -> {
            List<DueCaseDeadline> out = new ArrayList<>();
            // A caseload has few distinct citations: parse each once per query.
            java.util.Map<String, Citation> citations = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.case_id, c.state, d.rule_id, d.citation, d.due_at"
                    + " FROM mla_running_deadline d JOIN mla_case c ON c.case_id = d.case_id"
                    + " WHERE d.due_at < ? ORDER BY d.due_at, d.case_id, d.rule_id"
                    + (limit == Integer.MAX_VALUE ? "" : " FETCH FIRST " + limit + " ROWS ONLY"))) {
                setInstant(ps, 1, Optional.of(instant));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        RequestId id = new RequestId(rs.getString(1));
                        Citation citation = citations.get(rs.getString(4));
                        if (citation == null) {
                            try {
                                citation = Citation.parse(rs.getString(4));
                            } catch (InvalidValueException e) {
                                throw new StoredCaseCorruptException(id, "a running deadline's citation does not parse");
                            }
                            citations.put(rs.getString(4), citation);
                        }
                        out.add(new DueCaseDeadline(id, enumValue(CaseState.class, rs.getString(2), id, "the case row's state"), rs.getString(3),
                                citation, instant(rs, 5).orElseThrow()));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * Loads every stored case in turn, in case-id order, a page of ids at a time; for reports over the caseload.
     *
     * @param action what to do with each case
     * @throws StoredCaseCorruptException if a stored case fails verification (the cases before it were given)
     * @throws StoreException if the database fails
     */
    public void forEachCase(Consumer<StoredCase> action) {
        Objects.requireNonNull(action, "action");
        String after = "";
        while (true) {
            String from = after;
            List<String> page = read(null, "list case ids", c -> {
                List<String> ids = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT case_id FROM mla_case WHERE case_id > ? ORDER BY case_id FETCH FIRST 500 ROWS ONLY")) {
                    ps.setString(1, from);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                }
                return ids;
            });
            if (page.isEmpty()) {
                return;
            }
            for (String id : page) {
                load(new RequestId(id)).ifPresent(action);
            }
            after = page.get(page.size() - 1);
        }
    }

    // ---- plumbing ----

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(RequestId id, String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(subject(id) + what + " failed in the database " + where + " (" + sqlState(e) + ")");
        }
    }

    private WriteResult inTransaction(RequestId id, String what, Work<WriteResult> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                WriteResult result = work.run(c);
                if (result.isWritten()) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(subject(id) + what + " failed in the database " + where + " (" + sqlState(e) + "); nothing was written");
        }
    }

    private static String subject(RequestId id) {
        return id == null ? "" : "case " + id.value() + ": ";
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken: the database discards the uncommitted transaction with it.
        }
    }

    private Optional<Long> storedVersion(Connection c, RequestId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM mla_case WHERE case_id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private record Documents(String header, List<String> entries, List<JsonNode> entryNodes) {}

    /** Splits the case document {@link MlaJson} writes into its header (history emptied in place) and one document per entry. */
    private Documents documents(RequestCase requestCase) {
        try {
            JsonNode doc = mapper.readTree(json.writeCase(requestCase));
            if (!(doc instanceof ObjectNode object) || !(object.get("history") instanceof ArrayNode history)) {
                throw new MlaException("the case format has no history array; this store cannot split it");
            }
            List<String> entries = new ArrayList<>(history.size());
            List<JsonNode> nodes = new ArrayList<>(history.size());
            for (JsonNode entry : history) {
                entries.add(mapper.writeValueAsString(entry));
                nodes.add(entry);
            }
            object.set("history", mapper.createArrayNode());
            return new Documents(mapper.writeValueAsString(object), entries, nodes);
        } catch (JsonProcessingException e) {
            throw new MlaException("case " + requestCase.caseId().value() + ": the case document cannot be split", e);
        }
    }

    private JsonNode tree(String document, RequestId id) {
        if (document == null) {
            throw new StoredCaseCorruptException(id, "a document is missing");
        }
        try {
            return mapper.readTree(document);
        } catch (JsonProcessingException e) {
            throw new StoredCaseCorruptException(id, "a stored document is not JSON (line " + e.getLocation().getLineNr() + ")");
        }
    }

    private static String firstProblem(MlaJsonException e) {
        var p = e.problems().get(0);
        return (p.pointer().isEmpty() ? "" : p.pointer() + " ") + p.message();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, RequestId id, String what) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoredCaseCorruptException(id, what + " is not a known " + type.getSimpleName());
        }
    }

    private static Optional<String> instrument(MlaRequest request) {
        return org.openmla.store.monitoring.MonitoredCase.instrumentOf(request);
    }

    private static Optional<Instant> receivedAt(RequestCase requestCase) {
        return requestCase.history().stream().filter(t -> t.command() == CommandType.RECEIVE).map(Transition::at).findFirst();
    }

    private static void setText(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            // Both databases keep microseconds; truncate here so that PostgreSQL does not round where H2 would not.
            ps.setObject(index, OffsetDateTime.ofInstant(value.get().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        } else {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static Optional<Instant> instant(ResultSet rs, int index) throws SQLException {
        return Optional.ofNullable(rs.getObject(index, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Serialisation failure (PostgreSQL, SQL standard), or H2's concurrent update of a row another transaction changed. */
    private static boolean isWriteConflict(SQLException e) {
        return "40001".equals(e.getSQLState()) || e.getErrorCode() == 90131;
    }

    private static String sqlState(SQLException e) {
        return "SQLState " + (e.getSQLState() == null ? "unknown" : e.getSQLState());
    }

    @Override
    public String toString() {
        return "CaseStore[" + where + "]";
    }
}
