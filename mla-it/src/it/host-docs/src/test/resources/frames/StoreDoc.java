import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.micrometer.MlaMetrics;
import org.openmla.store.CaseStore;
import org.openmla.store.DueCaseDeadline;
import org.openmla.store.WriteResult;
import org.openmla.treaties.BuiltInPacks;
//@imports

/** docs/store.md, on an in-memory H2 database (the page's PostgreSQL set-up is the frame StorePostgres). */
public final class StoreDoc {
    static final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    static RequestCase use(DataSource dataSource, MlaRequest request, RequestLifecycle lifecycle, Command command) {
//@snippet use
        System.out.println("stored " + store.loadCase(request.id()).orElseThrow().state() + "; overdue now " + overdue.size());
        return store.loadCase(request.id()).orElseThrow();
    }

    static WriteResult hostWrite(CaseStore store, RequestCase loaded, RequestCase next, String officer) throws SQLException {
        return
//@snippet host-write
    }

    static Decision metrics(CaseStore store, MeterRegistry registry, RulePackRegistry packs, Evaluation evaluation) {
//@snippet metrics
        return decision;
    }

    public static void main(String[] args) throws Exception {
        DataSource dataSource = CaseStore.dataSource("jdbc:h2:mem:docs;DB_CLOSE_DELAY=-1");
        MlaRequest request = MlaRequest.builder("NL-2026-00042", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
                .legalBasis("UNTOC").dateIssued(LocalDate.of(2026, 3, 1)).measure(MeasureType.BANK_AND_BUSINESS_RECORDS).build();
        Actor officer = Actor.of("off-0017", "CASE_OFFICER");
        RequestLifecycle lifecycle = RequestLifecycle.standard();

        // expect-output: stored RECEIVED; overdue now 0
        RequestCase received = use(dataSource, request, lifecycle, Command.of(CommandType.RECEIVE, officer, 0));

        CaseStore store = CaseStore.open(dataSource, DeadlineCalendar.of(ZoneId.of("Europe/Brussels")));
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE my_case (case_id VARCHAR(200) PRIMARY KEY REFERENCES mla_case (case_id), assigned_to VARCHAR(200))");
            s.execute("INSERT INTO my_case (case_id) VALUES ('NL-2026-00042')");
        }
        RequestCase reviewed = lifecycle.apply(received, Command.of(CommandType.START_REVIEW, officer, received.version()), clock).requestCase();
        // expect-output: host write: Written, assigned to off-0017
        WriteResult written = hostWrite(store, received, reviewed, "off-0017");
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT assigned_to FROM my_case")) {
            rs.next();
            System.out.println("host write: " + written.getClass().getSimpleName() + ", assigned to " + rs.getString(1));
        }

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Decision decision = metrics(store, registry, BuiltInPacks.registry(), Evaluation.of(request).pack("UNTOC").lawDate(LocalDate.of(2026, 3, 1)).build());
        // expect-output: evaluations timed: 1, decisions counted: 1
        System.out.println("evaluations timed: " + registry.get("mla.evaluation").timer().count() + ", decisions counted: "
                + (long) registry.get("mla.decisions").counter().count() + " (" + decision.outcome() + ")");
    }
}
