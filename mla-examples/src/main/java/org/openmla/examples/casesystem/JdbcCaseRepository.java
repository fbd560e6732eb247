package org.openmla.examples.casesystem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.model.RequestId;
import org.openmla.core.engine.Assessment;
import org.openmla.store.CaseQuery;
import org.openmla.store.CaseStore;
import org.openmla.store.StoreException;
import org.openmla.store.StoredCase;
import org.openmla.store.WriteResult;

/**
 * The case system's {@link CaseRepository} in a relational database: the request and its case in the
 * {@link CaseStore}'s tables, and what only this host keeps — the law date fixed at receipt and the officers'
 * assessments — in its own table {@code desk_case_file}, written in the same transaction as the case
 * ({@link org.openmla.store.HostWrite}). H2 in a file by default ({@link #DEFAULT_URL}); any JDBC URL whose driver is
 * on the class path, e.g. {@code jdbc:postgresql://localhost:5432/mla?user=mla}.
 *
 * <p>Optimistic locking is the store's: an update made on a version that is no longer stored changes nothing and is
 * answered {@link SaveResult.StaleVersion}. Thread-safe.
 */
public final class JdbcCaseRepository implements CaseRepository {

    /** H2 in the file {@code mla-cases.mv.db} of the working directory. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./mla-cases";

    private final CaseStore store;
    private final DataSource dataSource;
    private final ObjectMapper mapper = new ObjectMapper();

    private JdbcCaseRepository(CaseStore store, DataSource dataSource) {
        this.store = store;
        this.dataSource = dataSource;
    }

    /**
     * Opens the repository on a JDBC URL: migrates the store's schema and creates the host's table if it is missing.
     *
     * @param jdbcUrl the database, e.g. {@link #DEFAULT_URL}
     * @param zone the time zone whose calendar counts the deadlines' days and months
     * @return the repository
     * @throws StoreException if the database cannot be reached or its schema is unknown; nothing was written
     */
    public static JdbcCaseRepository open(String jdbcUrl, ZoneId zone) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        DataSource dataSource = CaseStore.dataSource(jdbcUrl);
        CaseStore store = CaseStore.open(jdbcUrl, DeadlineCalendar.of(zone));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS desk_case_file (case_id VARCHAR(128) NOT NULL PRIMARY KEY"
                    + " REFERENCES mla_case (case_id), law_date DATE NOT NULL, assessments TEXT NOT NULL)");
        } catch (SQLException e) {
            throw new StoreException("cannot create the table desk_case_file (SQLState " + e.getSQLState() + ")");
        }
        return new JdbcCaseRepository(store, dataSource);
    }

    /** @return the case store underneath, e.g. for {@link CaseStore#dueBefore} or a caseload report */
    public CaseStore store() {
        return store;
    }

    @Override
    public SaveResult insert(CaseFile file) {
        Objects.requireNonNull(file, "file");
        String assessments = assessments(file.assessments());
        WriteResult r = store.save(file.request(), file.requestCase(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO desk_case_file (case_id, law_date, assessments) VALUES (?, ?, ?)")) {
                ps.setString(1, file.caseId().value());
                ps.setDate(2, Date.valueOf(file.lawDate()));
                ps.setString(3, assessments);
                ps.executeUpdate();
            }
        });
        return r instanceof WriteResult.Written w ? new SaveResult.Saved(w.caseId(), w.version()) : new SaveResult.AlreadyExists(file.caseId());
    }

    @Override
    public SaveResult update(CaseFile file, long expectedVersion) {
        Objects.requireNonNull(file, "file");
        String assessments = assessments(file.assessments());
        if (file.version() <= expectedVersion) {
            return new SaveResult.HistoryNotKept(file.caseId(), expectedVersion);
        }
        WriteResult r = store.append(file.requestCase(), expectedVersion, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE desk_case_file SET assessments = ? WHERE case_id = ?")) {
                ps.setString(1, assessments);
                ps.setString(2, file.caseId().value());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("desk_case_file has no row for the case", "02000");
                }
            }
        });
        if (r instanceof WriteResult.Written w) {
            return new SaveResult.Saved(w.caseId(), w.version());
        }
        if (r instanceof WriteResult.VersionConflict v) {
            return new SaveResult.StaleVersion(v.caseId(), v.expectedVersion(), v.currentVersion());
        }
        if (r instanceof WriteResult.HistoryNotKept h) {
            return new SaveResult.HistoryNotKept(h.caseId(), h.storedVersion());
        }
        return new SaveResult.NotFound(file.caseId());
    }

    /**
     * {@inheritDoc}
     *
     * @throws org.openmla.store.StoredCaseCorruptException if the stored case fails verification
     */
    @Override
    public Optional<CaseFile> find(RequestId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        Optional<StoredCase> stored = store.load(caseId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT law_date, assessments FROM desk_case_file WHERE case_id = ?")) {
            ps.setString(1, caseId.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("case " + caseId.value() + ": desk_case_file has no row for it");
                }
                return Optional.of(new CaseFile(stored.get().request(), stored.get().requestCase(), rs.getDate(1).toLocalDate(),
                        assessments(caseId, rs.getString(2))));
            }
        } catch (SQLException e) {
            throw new StoreException("case " + caseId.value() + ": reading desk_case_file failed (SQLState " + e.getSQLState() + ")");
        }
    }

    @Override
    public List<RequestId> caseIds() {
        return store.list(CaseQuery.all()).stream().map(s -> s.caseId()).toList();
    }

    private String assessments(List<Assessment> assessments) {
        ArrayNode array = mapper.createArrayNode();
        for (Assessment a : assessments) {
            ObjectNode o = array.addObject();
            o.put("key", a.key());
            o.put("value", a.value());
            a.measureIndex().ifPresent(i -> o.put("measureIndex", i));
            o.put("assessedBy", a.assessedBy());
            o.put("assessedAt", a.assessedAt().toString());
            a.reasoning().ifPresent(r -> o.put("reasoning", r));
        }
        return array.toString();
    }

    private List<Assessment> assessments(RequestId caseId, String json) {
        try {
            List<Assessment> out = new ArrayList<>();
            for (JsonNode o : mapper.readTree(json)) {
                out.add(new Assessment(o.get("key").asText(), o.get("value").asBoolean(),
                        o.has("measureIndex") ? Optional.of(o.get("measureIndex").asInt()) : Optional.empty(), o.get("assessedBy").asText(),
                        Instant.parse(o.get("assessedAt").asText()), o.has("reasoning") ? Optional.of(o.get("reasoning").asText()) : Optional.empty()));
            }
            return out;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StoreException("case " + caseId.value() + ": the stored assessments do not read (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String toString() {
        return "JdbcCaseRepository[" + store + "]";
    }
}
