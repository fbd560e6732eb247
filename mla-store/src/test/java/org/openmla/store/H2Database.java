package org.openmla.store;

import java.util.concurrent.atomic.AtomicInteger;

/** H2 in memory, one database per test; kept open until the JVM ends so that every connection sees it. */
final class H2Database implements TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Override
    public String newDatabase() {
        return "jdbc:h2:mem:store-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
    }

    @Override
    public String name() {
        return "H2";
    }
}
