/**
 * OpenMLA store: request cases in a relational database, and caseload monitoring.
 *
 * <ul>
 *   <li>{@link org.openmla.store.CaseStore}: saves cases, appends transitions with optimistic versioning, loads and
 *       verifies them, lists them by state, counterpart State, instrument and due deadline (JDBC; the schema is created
 *       and upgraded by Flyway migrations shipped in this module; H2 and PostgreSQL are tested);</li>
 *   <li>{@link org.openmla.store.monitoring}: a caseload report (times to acknowledge, decide and execute, outcomes and
 *       refusal grounds by instrument and counterpart State, deadlines met and missed, requests overdue) as a table,
 *       JSON, CSV or a self-contained HTML page.</li>
 * </ul>
 */
module org.openmla.store {
    requires transitive org.openmla.core;
    requires transitive java.sql;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires flyway.core;
    requires org.slf4j;

    exports org.openmla.store;
    exports org.openmla.store.monitoring;
}
