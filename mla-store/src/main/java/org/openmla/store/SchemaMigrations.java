package org.openmla.store;

import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database's schema to the version this library knows, with the Flyway migrations shipped in the jar, and
 * refuses a schema at a version it does not know (a newer library wrote it): it is never written to.
 */
final class SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    /** Where the migrations are, on the class path: a folder that is not a Java package, so readable on the module path too. */
    static final String LOCATION = "classpath:org/openmla/store/sql-migrations";
    /** Flyway's table of applied migrations. */
    static final String HISTORY_TABLE = "mla_schema_history";

    private SchemaMigrations() {}

    static void migrate(DataSource dataSource, String where) {
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .ignoreMigrationPatterns(new String[0])
                .validateMigrationNaming(true)
                .load();
        try {
            MigrationInfo[] unknown = Arrays.stream(flyway.info().applied())
                    .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED
                            || m.getState() == MigrationState.MISSING_SUCCESS || m.getState() == MigrationState.MISSING_FAILED)
                    .toArray(MigrationInfo[]::new);
            if (unknown.length > 0) {
                throw new StoreException("the database " + where + " has a case-store schema at migration version "
                        + Arrays.stream(unknown).map(m -> String.valueOf(m.getVersion())).collect(Collectors.joining(", "))
                        + ", which this library (schema version " + CaseStore.SCHEMA_VERSION + ") does not know; nothing was written."
                        + " Use the library version that wrote it, or a newer one.");
            }
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Case-store schema migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
            }
        } catch (FlywayException e) {
            // Flyway's message may quote the URL with its parameters: name the error class only.
            throw new StoreException("cannot bring the case-store schema of " + where + " to version " + CaseStore.SCHEMA_VERSION
                    + " (" + e.getClass().getSimpleName() + "); nothing was written");
        }
    }
}
