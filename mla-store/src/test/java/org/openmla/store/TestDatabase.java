package org.openmla.store;

/** A database server the store tests run against; each test gets a new, empty database on it. */
interface TestDatabase {

    /** @return the JDBC URL of a new, empty database (credentials included) */
    String newDatabase();

    /** @return the name shown in test reports */
    String name();
}
