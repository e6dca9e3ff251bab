package org.meshbridge.server.store;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestDatabase} per test class, the one way store and accounts tests get theirs:
 * {@code @RegisterExtension static final DatabaseFixture<SqliteFiles> DB = DatabaseFixture.sqlite();}
 * opens it before the class's tests and closes (removes) it after them. A PostgreSQL fixture skips
 * or fails the class as {@link PostgresDatabase#create()} says when the server is unreachable.
 *
 * @param <D> the kind of database, for dialect-specific tests
 */
public final class DatabaseFixture<D extends TestDatabase> implements BeforeAllCallback, AfterAllCallback {

    /** Opens the class's database. */
    @FunctionalInterface
    private interface Opener<D> {
        D open() throws Exception;
    }

    private final Opener<D> opener;
    private D database;

    private DatabaseFixture(Opener<D> opener) {
        this.opener = opener;
    }

    /** SQLite files in a temporary directory. */
    public static DatabaseFixture<SqliteFiles> sqlite() {
        return new DatabaseFixture<>(SqliteFiles::new);
    }

    /** A PostgreSQL database of the class's own, a schema per fresh URL. */
    public static DatabaseFixture<PostgresDatabase> postgres() {
        return new DatabaseFixture<>(PostgresDatabase::create);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database = opener.open();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The class's database; only between its first and last test. */
    public D database() {
        if (database == null) {
            throw new IllegalStateException("the database is open only while the test class runs");
        }
        return database;
    }
}
