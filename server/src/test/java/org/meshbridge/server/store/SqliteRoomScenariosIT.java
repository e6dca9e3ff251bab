package org.meshbridge.server.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The room scenarios on SQLite, a fresh database file per test. */
class SqliteRoomScenariosIT extends JdbcRoomScenarios {

    private static SqliteFiles files;

    @BeforeAll
    static void createDirectory() throws Exception {
        files = new SqliteFiles();
    }

    @AfterAll
    static void deleteFiles() throws Exception {
        files.close();
    }

    @Override
    protected String freshUrl() {
        return files.freshUrl();
    }
}
