package org.meshbridge.server.store;

/** Where a test class gets empty databases of one dialect; closing it removes them all. */
public interface TestDatabase extends AutoCloseable {

    /** The URL of a new, empty database (a SQLite file or a PostgreSQL schema). */
    String freshUrl() throws Exception;

    @Override
    void close() throws Exception;
}
