package org.meshbridge.server.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** {@code posts kept forever}, or {@code retention 30 days, 5000 posts per room}. */
    public String retentionText() {
        if (retention.keepsEverything()) {
            return "posts kept forever";
        }
        List<String> parts = new ArrayList<>();
        retention.maxAge().ifPresent(age -> parts.add(age.toDays() + " days"));
        retention.maxPostsPerRoom().ifPresent(n -> parts.add(n + " posts per room"));
        return "retention " + String.join(", ", parts);
    }

    /** The URL without its query string, where a password may be: for logs, banners and {@code /healthz}. */
    public String redactedUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }
}
