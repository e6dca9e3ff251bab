package org.meshbridge.server.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** SIGKILL during heavy posting on PostgreSQL. */
class PostgresSigkillTest extends SigkillContract {

    @RegisterExtension
    static final DatabaseFixture<PostgresDatabase> DB = DatabaseFixture.postgres();

    @Override
    TestDatabase database() {
        return DB.database();
    }
}
