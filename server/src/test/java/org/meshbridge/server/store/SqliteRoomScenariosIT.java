package org.meshbridge.server.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The room scenarios on SQLite, a fresh database file per test. */
class SqliteRoomScenariosIT extends JdbcRoomScenarios {

    @RegisterExtension
    static final DatabaseFixture<SqliteFiles> DB = DatabaseFixture.sqlite();

    @Override
    protected String freshUrl() {
        return DB.database().freshUrl();
    }
}
