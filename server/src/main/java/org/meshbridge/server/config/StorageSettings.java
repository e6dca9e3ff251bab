package org.meshbridge.server.config;

import java.nio.file.Path;
import java.util.Objects;
import org.meshbridge.server.store.RetentionPolicy;

/**
 * The {@code storage} section: where room history and access lists live, and how long posts are kept.
 *
 * @param url       a {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://…} URL; default
 *                  {@code jdbc:sqlite:<data_dir>/meshbridge.db}
 * @param retention {@code retention.days} and {@code retention.posts_per_room}; default keeps everything
 */
public record StorageSettings(String url, RetentionPolicy retention) {

    /** The SQLite file's name in the data directory. */
    public static final String DEFAULT_FILE_NAME = "meshbridge.db";

    public StorageSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(retention, "retention");
    }

    /** SQLite in {@code dataDir}, everything kept. */
    public static StorageSettings sqliteIn(Path dataDir) {
        return new StorageSettings("jdbc:sqlite:" + dataDir.resolve(DEFAULT_FILE_NAME), RetentionPolicy.keepEverything());
    }

    /** The URL without its query string, where a password may be: for logs, banners and {@code /healthz}. */
    public String redactedUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
