package org.openmla.store;

/** The store's contract on a real PostgreSQL server started by the test (see {@link PostgresServer}). */
class PostgresCaseStoreTest extends CaseStoreContract {
    @Override
    TestDatabase database() {
        return PostgresServer.get();
    }
}
