package org.meshbridge.server.accounts;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.meshbridge.server.store.DatabaseFixture;
import org.meshbridge.server.store.SqliteFiles;
import org.meshbridge.server.store.TestDatabase;

/** Accounts on SQLite files. */
class SqliteAccountsTest extends AccountsContract {

    @RegisterExtension
    static final DatabaseFixture<SqliteFiles> DB = DatabaseFixture.sqlite();

    @Override
    TestDatabase database() {
        return DB.database();
    }
}
