package org.meshbridge.server.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meshbridge.core.room.PostStore;
import org.meshbridge.core.room.PostStoreContract;

/** The core's post-store contract on SQLite, a fresh file per test. */
class SqlitePostStoreTest extends PostStoreContract {

    @RegisterExtension
    static final DatabaseFixture<SqliteFiles> DB = DatabaseFixture.sqlite();

    private final List<Storage> opened = new ArrayList<>();

    @Override
    protected PostStore store() {
        Storage storage = Stores.open(DB.database().freshUrl());
        opened.add(storage);
        return storage.posts();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Storage::close);
    }
}
