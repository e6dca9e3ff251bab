package org.meshbridge.server.watch;

import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for the watchdog's broker connection ({@code mqtts://}, {@code wss://}), as the server's
 * {@code mqtt.tls} section: a CA to trust instead of the JVM's, and a client certificate.
 *
 * @param trust the CAs to trust; empty: the JVM's trusted CAs
 * @param keys  a client certificate and its key, for brokers that ask for one
 */
public record WatchTls(Optional<TrustManagerFactory> trust, Optional<KeyManagerFactory> keys) {

    /** The JVM's trusted CAs, no client certificate. */
    public static final WatchTls DEFAULT = new WatchTls(Optional.empty(), Optional.empty());

    public WatchTls {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(keys, "keys");
    }

    /** True when nothing differs from the JVM's default TLS. */
    public boolean isDefault() {
        return trust.isEmpty() && keys.isEmpty();
    }
}
