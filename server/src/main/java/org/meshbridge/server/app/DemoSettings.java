package org.meshbridge.server.app;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.server.config.MqttSettings;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.mqtt.BrokerAddress;
import org.meshbridge.server.net.ListenAddress;

/**
 * What a demo run takes from the command line: where HTTP listens, whether the operator accepted
 * a non-loopback address without TLS ({@code --insecure}), where the identity is kept, and the
 * MQTT broker to publish to, if any ({@code --mqtt}). The CLI validates them before building this.
 */
public record DemoSettings(InetSocketAddress listen, boolean insecure, Path dataDir, Optional<BrokerAddress> mqtt) {

    public DemoSettings {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(mqtt, "mqtt");
        if (!insecure && !listen.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("non-loopback listen address without insecure: " + listen);
        }
    }

    /** Without MQTT. */
    public DemoSettings(InetSocketAddress listen, boolean insecure, Path dataDir) {
        this(listen, insecure, dataDir, Optional.empty());
    }

    /** The demo to launch with these settings. */
    public Launch launch() {
        ListenAddress address = new ListenAddress(listen.getAddress().getHostAddress(), listen.getPort());
        Launch demo = Launch.demo(ServerSettings.plain(address, insecure), dataDir);
        return mqtt.map(broker -> new Launch(Launch.Mode.DEMO, demo.config().withMqtt(MqttSettings.to(broker))))
                .orElse(demo);
    }
}
