package org.meshbridge.server.app;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.net.ListenAddress;

/**
 * What a demo run takes from the command line: where HTTP listens, whether the operator accepted
 * a non-loopback address without TLS ({@code --insecure}), and where the identity is kept. The
 * CLI validates them before building this.
 */
public record DemoSettings(InetSocketAddress listen, boolean insecure, Path dataDir) {

    public DemoSettings {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(dataDir, "dataDir");
        if (!insecure && !listen.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("non-loopback listen address without insecure: " + listen);
        }
    }

    /** The demo to launch with these settings. */
    public Launch launch() {
        ListenAddress address = new ListenAddress(listen.getAddress().getHostAddress(), listen.getPort());
        return Launch.demo(ServerSettings.plain(address, insecure), dataDir);
    }
}
