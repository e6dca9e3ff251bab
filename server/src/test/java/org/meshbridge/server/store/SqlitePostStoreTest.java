package org.meshbridge.server.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.meshbridge.core.room.PostStore;
import org.meshbridge.core.room.PostStoreContract;

/** The core's post-store contract on SQLite, a fresh file per test. */
class SqlitePostStoreTest extends PostStoreContract {

    private static SqliteFiles files;
    private final List<Storage> opened = new ArrayList<>();

    @BeforeAll
    static void createDirectory() throws Exception {
        files = new SqliteFiles();
    }

    @AfterAll
    static void deleteFiles() throws Exception {
        files.close();
    }

    @Override
    protected PostStore store() {
        Storage storage = Stores.open(files.freshUrl());
        opened.add(storage);
        return storage.posts();
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Storage::close);
    }
}
