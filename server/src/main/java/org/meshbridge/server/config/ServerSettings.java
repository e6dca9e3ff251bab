package org.meshbridge.server.config;

import java.util.Objects;
import org.meshbridge.server.net.ListenAddress;

/**
 * The {@code server} section.
 *
 * @param listen where HTTP listens; default {@value #DEFAULT_LISTEN}
 * @param insecure allows a non-loopback {@code listen} address without TLS; default false
 */
public record ServerSettings(ListenAddress listen, boolean insecure) {

    public static final String DEFAULT_LISTEN = "127.0.0.1:7070";

    public static final ServerSettings DEFAULTS = new ServerSettings(ListenAddress.parse(DEFAULT_LISTEN), false);

    public ServerSettings {
        Objects.requireNonNull(listen, "listen");
    }
}
