package org.openmla.store;

/** The store's contract on H2, in memory. */
class H2CaseStoreTest extends CaseStoreContract {
    @Override
    TestDatabase database() {
        return new H2Database();
    }
}
