package org.meshbridge.server.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code node} section: who the bridge is on the mesh and where it keeps its files.
 *
 * @param name the name the bridge advertises, 1..{@value #MAX_NAME_BYTES} UTF-8 bytes; default
 *     {@value #DEFAULT_NAME}
 * @param dataDir where the identity key and, later, the database live; relative paths are taken
 *     from the directory meshbridge is started in; default {@code ./data}
 */
public record NodeSettings(String name, Path dataDir) {

    /** The advertised name when none is configured. */
    public static final String DEFAULT_NAME = "meshbridge";
    /** The default data directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    /**
     * The longest name that fits an advert without location: 32 bytes of app data
     * ({@code MAX_ADVERT_DATA_SIZE}, firmware {@code src/MeshCore.h}) less the flags byte.
     */
    public static final int MAX_NAME_BYTES = 31;

    public static final NodeSettings DEFAULTS = new NodeSettings(DEFAULT_NAME, DEFAULT_DATA_DIR);

    public NodeSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataDir, "dataDir");
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException("name " + problem);
        }
    }

    /** Why {@code name} cannot be advertised, or null when it can. */
    static String nameProblem(String name) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_NAME_BYTES) {
            return "must be 1.." + MAX_NAME_BYTES + " bytes of UTF-8 (what fits an advert), was " + bytes;
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        return null;
    }
}
