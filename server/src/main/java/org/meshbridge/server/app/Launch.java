package org.meshbridge.server.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.server.config.AirtimeSettings;
import org.meshbridge.server.config.AlertSettings;
import org.meshbridge.server.config.MetricsSettings;
import org.meshbridge.server.config.MqttSettings;
import org.meshbridge.server.config.CompanionListenerSettings;
import org.meshbridge.server.config.CompanionSettings;
import org.meshbridge.server.config.StorageSettings;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.MonitoringSettings;
import org.meshbridge.server.config.NodeSettings;
import org.meshbridge.server.config.RadioSettings;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.net.ListenAddress;

/**
 * What to run: the demo, or a real node from a checked config file. The CLI builds it (checking
 * the config and the listen address first); the {@link DaemonLauncher} runs it.
 *
 * @param mode demo or run, as {@code /healthz} reports it
 * @param config every setting, the demo's included
 */
public record Launch(Mode mode, MeshbridgeConfig config) {

    /** The demo's advertised name. */
    public static final String DEMO_NAME = "meshbridge demo";
    /** The account the demo's companion listener acts as. */
    public static final String DEMO_ACCOUNT = "demo";
    /** The demo's companion listener port (a WiFi companion radio's usual TCP port). */
    public static final int DEMO_COMPANION_PORT = 5000;

    /** How the server was started. */
    public enum Mode {
        /** No config: the simulated mesh. */
        DEMO,
        /** From a config file. */
        RUN;

        /** {@code demo} or {@code run}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Launch {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(config, "config");
    }

    /**
     * The demo's airtime: the default duty cycle, with {@value #DEMO_INTERNET_SHARE_PERCENT} % of it
     * for internet-originated traffic, so web users' direct messages reach the simulated nodes (a
     * real config sends no internet traffic on air until {@code airtime.internet_share} allows it).
     */
    static final double DEMO_INTERNET_SHARE_PERCENT = 30;

    /** The demo: named {@value #DEMO_NAME}, on the simulated mesh, files in {@code dataDir}. */
    public static Launch demo(ServerSettings server, Path dataDir) {
        AirtimeSettings airtime = new AirtimeSettings(AirtimeSettings.DEFAULT_DUTY_CYCLE_PERCENT,
                AirtimeSettings.DEFAULT_WINDOW, DEMO_INTERNET_SHARE_PERCENT, AirtimeSettings.DEFAULTS.queueLength());
        return new Launch(Mode.DEMO, new MeshbridgeConfig(new NodeSettings(DEMO_NAME, dataDir), RadioSettings.SIM,
                airtime, server, StorageSettings.sqliteIn(dataDir), List.of(), List.of(), MqttSettings.DISABLED,
                MonitoringSettings.DEFAULTS, MetricsSettings.DEFAULTS, AlertSettings.DEFAULTS, demoCompanion(server)));
    }

    /**
     * The demo's companion listener: account {@value #DEMO_ACCOUNT} on 127.0.0.1:{@value #DEMO_COMPANION_PORT}
     * (on port 0 when HTTP asked for port 0, so parallel test runs do not collide).
     */
    static CompanionSettings demoCompanion(ServerSettings server) {
        int port = server.listen().port() == 0 ? 0 : DEMO_COMPANION_PORT;
        return new CompanionSettings(List.of(new CompanionListenerSettings(new ListenAddress("127.0.0.1", port), DEMO_ACCOUNT,
                Optional.empty(), List.of())));
    }

    /** A real run of {@code config}. */
    public static Launch run(MeshbridgeConfig config) {
        return new Launch(Mode.RUN, config);
    }

    public boolean isDemo() {
        return mode == Mode.DEMO;
    }
}
