package org.meshbridge.server.accounts;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.meshbridge.server.store.DatabaseFixture;
import org.meshbridge.server.store.PostgresDatabase;
import org.meshbridge.server.store.TestDatabase;

/** Accounts on PostgreSQL. */
class PostgresAccountsTest extends AccountsContract {

    @RegisterExtension
    static final DatabaseFixture<PostgresDatabase> DB = DatabaseFixture.postgres();

    @Override
    TestDatabase database() {
        return DB.database();
    }
}
