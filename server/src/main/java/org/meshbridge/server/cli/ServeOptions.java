package org.meshbridge.server.cli;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.meshbridge.server.app.DemoSettings;
import org.meshbridge.server.mqtt.BrokerAddress;
import org.meshbridge.server.config.NodeSettings;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.net.ListenAddress;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that serves: where to listen, the explicit insecure opt-in, the data directory. */
final class ServeOptions {

    /** The default listen address: loopback only (secure by default). */
    static final String DEFAULT_LISTEN = "127.0.0.1:7070";

    static final String LISTEN = "--listen";
    static final String INSECURE = "--insecure";
    static final String DATA_DIR = "--data-dir";
    static final String MQTT = "--mqtt";

    @Option(names = LISTEN, paramLabel = "HOST:PORT", defaultValue = DEFAULT_LISTEN,
            converter = ListenAddressConverter.class,
            description = "Address for HTTP (default: ${DEFAULT-VALUE}; with --config it replaces server.listen);"
                    + " an IPv6 host goes in brackets; port 0 picks a free port.")
    ListenAddress listen;

    @Option(names = INSECURE,
            description = "Allow a non-loopback --listen address without TLS (only behind a TLS reverse proxy;"
                    + " for TLS of its own, run --config with server.tls).")
    boolean insecure;

    @Option(names = MQTT, paramLabel = "URL",
            description = "Demo only: publish to this MQTT broker (mqtt://localhost:1883; a broker that is not on"
                    + " this machine needs mqtts:// or wss://). With --config, use the mqtt section instead.")
    String mqtt;

    @Option(names = DATA_DIR, paramLabel = "DIR",
            description = "Where the bridge keeps its identity key (default: ./data; with --config it replaces node.data_dir).")
    Path dataDir;

    /**
     * Resolves and checks the options for the demo.
     *
     * @throws InvalidInput (exit 2) if the host does not resolve, or is not loopback
     *     and {@code --insecure} is absent
     */
    DemoSettings demoSettings(CommandLine commandLine) {
        InetSocketAddress address = checkedAddress(listen, insecure, commandLine);
        return new DemoSettings(address, insecure, dataDir != null ? dataDir : NodeSettings.DEFAULT_DATA_DIR,
                demoBroker(commandLine));
    }

    private java.util.Optional<BrokerAddress> demoBroker(CommandLine commandLine) {
        if (mqtt == null) {
            return java.util.Optional.empty();
        }
        BrokerAddress broker;
        try {
            broker = BrokerAddress.parse(mqtt);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(commandLine, "--mqtt: " + e.getMessage());
        }
        if (!broker.transport().tls() && !broker.isLoopback()) {
            throw new InvalidInput(commandLine, "--mqtt: " + broker + " is not on this machine and is not TLS;"
                    + " use mqtts:// or wss://, or a config file with mqtt.insecure: true");
        }
        return java.util.Optional.of(broker);
    }

    /**
     * The config's {@code server} settings with the command line's {@code --listen} and
     * {@code --insecure} applied, checked like the demo's.
     *
     * @throws InvalidInput (exit 2) as {@link #demoSettings}
     */
    ServerSettings serverSettings(ServerSettings fromFile, CommandLine commandLine) {
        boolean listenGiven = commandLine.getParseResult().hasMatchedOption(LISTEN);
        if (!listenGiven && !insecure) {
            return fromFile;
        }
        ListenAddress address = listenGiven ? listen : fromFile.listen();
        boolean allowInsecure = insecure || (!listenGiven && fromFile.insecure());
        if (fromFile.tls().isEmpty()) {
            checkedAddress(address, allowInsecure, commandLine);
        }
        return fromFile.withListen(address, allowInsecure);
    }

    private static InetSocketAddress checkedAddress(ListenAddress listen, boolean insecure, CommandLine commandLine) {
        InetSocketAddress address;
        try {
            address = listen.resolve();
        } catch (UnknownHostException e) {
            throw new InvalidInput(commandLine,
                    "cannot resolve host '" + listen.host() + "' in --listen " + listen);
        }
        if (!address.getAddress().isLoopbackAddress() && !insecure) {
            throw new InvalidInput(commandLine, "refusing to listen on " + listen
                    + ": not a loopback address and no TLS; listen on 127.0.0.1 behind a TLS reverse proxy,"
                    + " set server.tls in a config file (run --config), or add --insecure");
        }
        return address;
    }
}
