package org.meshbridge.server.config;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.server.net.ListenAddress;

/**
 * The {@code server} section.
 *
 * @param listen where HTTP listens; default {@value #DEFAULT_LISTEN}
 * @param tls the PEM files to terminate TLS with; default none (plain HTTP)
 * @param insecure allows a non-loopback {@code listen} address without TLS; default false
 * @param security the guards: proxies, CIDR lists, CORS, limits, rate limits, sessions, lockout
 */
public record ServerSettings(ListenAddress listen, Optional<TlsSettings> tls, boolean insecure,
                             SecuritySettings security) {

    public static final String DEFAULT_LISTEN = "127.0.0.1:7070";

    public static final ServerSettings DEFAULTS = plain(ListenAddress.parse(DEFAULT_LISTEN), false);

    public ServerSettings {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(security, "security");
    }

    /** Default guards. */
    public ServerSettings(ListenAddress listen, Optional<TlsSettings> tls, boolean insecure) {
        this(listen, tls, insecure, SecuritySettings.DEFAULTS);
    }

    /** These settings listening on {@code newListen}, {@code newInsecure}; TLS and guards kept. */
    public ServerSettings withListen(ListenAddress newListen, boolean newInsecure) {
        return new ServerSettings(newListen, tls, newInsecure, security);
    }

    /** Plain HTTP on {@code listen}. */
    public static ServerSettings plain(ListenAddress listen, boolean insecure) {
        return new ServerSettings(listen, Optional.empty(), insecure);
    }

    /** {@code https} with TLS, else {@code http}. */
    public String scheme() {
        return tls.isPresent() ? "https" : "http";
    }
}
