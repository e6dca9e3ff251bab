package org.meshbridge.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** SQLite database files in a temporary directory, deleted on close. */
public final class SqliteFiles implements TestDatabase {

    private final Path directory;
    private int next;

    public SqliteFiles() throws IOException {
        this.directory = Files.createTempDirectory("meshbridge-store-");
    }

    @Override
    public String freshUrl() {
        next++;
        return "jdbc:sqlite:" + directory.resolve("db" + next).resolve("meshbridge.db");
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
