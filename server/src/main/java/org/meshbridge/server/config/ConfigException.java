package org.meshbridge.server.config;

import java.util.Objects;

/**
 * The config cannot be used. The message is one line: the key path and the reason, e.g.
 * {@code radio.spreading_factor: must be 5..12, was 13}.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String keyPath;
    private final String reason;

    /**
     * @param keyPath the dotted path of the offending key ({@code radio.spreading_factor}), or
     *     empty for the file as a whole
     * @param reason what is wrong and, where it helps, what to write instead
     */
    public ConfigException(String keyPath, String reason) {
        super(keyPath.isEmpty() ? reason : keyPath + ": " + reason, null, false, false);
        this.keyPath = Objects.requireNonNull(keyPath, "keyPath");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The dotted key path, e.g. {@code radio.spreading_factor}; empty for the whole file. */
    public String keyPath() {
        return keyPath;
    }

    /** What is wrong with it. */
    public String reason() {
        return reason;
    }
}
