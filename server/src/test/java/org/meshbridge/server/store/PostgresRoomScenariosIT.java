package org.meshbridge.server.store;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The room scenarios on PostgreSQL, a fresh schema per test in a database of this class;
 * skipped when PostgreSQL is unreachable, failed instead under {@code -Dmeshbridge.oracles=required}.
 */
class PostgresRoomScenariosIT extends JdbcRoomScenarios {

    private static PostgresDatabase database;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = PostgresDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected String freshUrl() {
        try {
            return database.freshUrl();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
