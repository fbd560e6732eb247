import javax.sql.DataSource;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.store.CaseStore;
//@imports

/** docs/store.md, running against PostgreSQL. */
// compile-only: it opens a PostgreSQL server at db.example, which no build has; the store's own tests run the same calls on a real PostgreSQL 17.
final class StorePostgres {
    static void open(String password, DeadlineCalendar calendar, DataSource dataSource) {
//@snippet main
    }
}
