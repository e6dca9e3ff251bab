package org.meshbridge.server.app;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * What a demo run needs: where HTTP listens and whether the operator accepted a non-loopback
 * address without TLS ({@code --insecure}). The CLI validates both before building this.
 */
public record DemoSettings(InetSocketAddress listen, boolean insecure) {

    public DemoSettings {
        Objects.requireNonNull(listen, "listen");
        if (!insecure && !listen.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("non-loopback listen address without insecure: " + listen);
        }
    }
}
