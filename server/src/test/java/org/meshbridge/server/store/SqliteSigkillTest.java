package org.meshbridge.server.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** SIGKILL during heavy posting on SQLite (WAL, synchronous=FULL). */
class SqliteSigkillTest extends SigkillContract {

    @RegisterExtension
    static final DatabaseFixture<SqliteFiles> DB = DatabaseFixture.sqlite();

    @Override
    TestDatabase database() {
        return DB.database();
    }
}
