package org.meshbridge.server.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.meshbridge.server.config.AirtimeSettings;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.NodeSettings;
import org.meshbridge.server.config.RadioSettings;
import org.meshbridge.server.config.ServerSettings;

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
                airtime, server));
    }

    /** A real run of {@code config}. */
    public static Launch run(MeshbridgeConfig config) {
        return new Launch(Mode.RUN, config);
    }

    public boolean isDemo() {
        return mode == Mode.DEMO;
    }
}
