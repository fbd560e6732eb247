package org.openmla.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A host's own statements, run by the {@link CaseStore} on its connection inside the transaction of a save or an
 * append, after the store's statements and before the commit: the host's own case table (officers' notes, assignments,
 * assessments) changes together with the case, or not at all. Throwing rolls the whole transaction back.
 */
@FunctionalInterface
public interface HostWrite {

    /** Writes nothing. */
    HostWrite NONE = connection -> {};

    /**
     * Runs the host's statements.
     *
     * @param connection the store's connection, in the open transaction; do not commit, roll back or close it
     * @throws SQLException to roll the transaction back
     */
    void write(Connection connection) throws SQLException;
}
