package org.meshbridge.server.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.server.app.BuildInfo;
import org.meshbridge.server.gateway.GatewayClientSettings;
import org.meshbridge.server.gateway.GatewayServerUri;
import org.meshbridge.server.radio.DeviceAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code meshbridge gateway --radio DEVICE --server wss://host:7070 --token TOKEN}: a remote radio
 * site. Checks its options, then runs a {@link GatewayRunner} until Ctrl-C or SIGTERM.
 */
@Command(name = "gateway", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {GatewayHashTokenCommand.class},
        description = {"Run a remote radio gateway: own a radio here, forward what it hears to a meshbridge",
            "server over TLS, and transmit what the server sends. Runs until Ctrl-C or SIGTERM."})
final class GatewayCommand implements Callable<Integer> {

    /** Longest id derived from the host name. */
    private static final int MAX_ID_CHARS = 32;

    @Spec
    private CommandSpec spec;

    @Option(names = "--radio", paramLabel = "DEVICE",
            description = "Required. The radio: a serial port (e.g. /dev/ttyUSB0) or tcp://host:port.")
    private String radio;

    @Option(names = "--radio-type", paramLabel = "TYPE", defaultValue = RadioChoice.KISS,
            description = "kiss (MeshCore KISS modem) or companion (stock companion radio in raw mode, firmware"
                    + " v1.16+); default: ${DEFAULT-VALUE}.")
    private String radioType;

    @Option(names = "--frequency-hz", paramLabel = "HZ", defaultValue = "869618000",
            description = "LoRa frequency (default: ${DEFAULT-VALUE}).")
    private long frequencyHz;

    @Option(names = "--bandwidth-hz", paramLabel = "HZ", defaultValue = "62500",
            description = "LoRa bandwidth (default: ${DEFAULT-VALUE}).")
    private int bandwidthHz;

    @Option(names = "--sf", paramLabel = "5..12", defaultValue = "8",
            description = "LoRa spreading factor (default: ${DEFAULT-VALUE}).")
    private int spreadingFactor;

    @Option(names = "--cr", paramLabel = "5..8", defaultValue = "5",
            description = "LoRa coding rate 4/N (default: ${DEFAULT-VALUE}).")
    private int codingRate;

    @Option(names = "--server", paramLabel = "URL",
            description = "Required. The server, e.g. wss://mesh.example.org:7070 (path defaults to /api/v1/gateway).")
    private String server;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Required. This gateway's token; the server's config holds its hash (see hash-token).")
    private String token;

    @Option(names = "--id", paramLabel = "NAME",
            description = "This gateway's id (1-32 of A-Z a-z 0-9 . _ -); default: the host name.")
    private String id;

    @Option(names = "--ca-file", paramLabel = "PEM",
            description = "Trust only the certificates in this PEM file (e.g. a self-signed server certificate).")
    private Path caFile;

    @Option(names = "--insecure", description = "Allow ws:// (no TLS) to a host that is not loopback.")
    private boolean insecure;

    @Option(names = "--buffer", paramLabel = "PACKETS", defaultValue = "1000",
            description = "Received packets held while the server is unreachable (default: ${DEFAULT-VALUE}).")
    private int buffer;

    private final GatewayRunner runner;

    GatewayCommand() {
        this(new ForegroundGatewayRunner());
    }

    GatewayCommand(GatewayRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public Integer call() {
        requireOptions();
        PrintWriter out = spec.commandLine().getOut();
        GatewayClientSettings settings = settings();
        runner.run(settings, radioChoice(), out);
        return ExitCodes.OK;
    }

    /**
     * Checked here, not by picocli: picocli would also demand them before the {@code hash-token}
     * subcommand. Worded as picocli words it.
     */
    private void requireOptions() {
        List<String> missing = new ArrayList<>();
        if (radio == null) {
            missing.add("'--radio=DEVICE'");
        }
        if (server == null) {
            missing.add("'--server=URL'");
        }
        if (token == null) {
            missing.add("'--token=TOKEN'");
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required option" + (missing.size() > 1 ? "s: " : ": ")
                    + String.join(", ", missing));
        }
    }

    private RadioChoice radioChoice() {
        try {
            RadioParameters modulation = new RadioParameters(frequencyHz, bandwidthHz, spreadingFactor, codingRate);
            return new RadioChoice(radioType, DeviceAddress.parse(radio), modulation);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), "--radio: " + e.getMessage());
        }
    }

    private GatewayClientSettings settings() {
        URI uri;
        try {
            uri = GatewayServerUri.parse(server, insecure);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), "--server: " + e.getMessage());
        }
        if (caFile != null && (!Files.isRegularFile(caFile) || !Files.isReadable(caFile))) {
            throw new InvalidInput(spec.commandLine(), "--ca-file " + caFile + " is not a readable file");
        }
        if (buffer <= 0) {
            throw new InvalidInput(spec.commandLine(), "--buffer must be at least 1, not " + buffer);
        }
        String gatewayId = id != null ? id : hostNameId();
        try {
            GatewayClientSettings settings = GatewayClientSettings.of(uri, gatewayId, token,
                    "meshbridge " + BuildInfo.version()).withInsecure(insecure).withBufferCapacity(buffer);
            return caFile == null ? settings : settings.withCaFile(caFile);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), (id != null ? "--id/--token: " : "") + e.getMessage());
        }
    }

    private String hostNameId() {
        try {
            String host = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            String label = host.split("\\.", 2)[0].replaceAll("[^a-z0-9_-]", "-");
            if (!label.isEmpty()) {
                return label.length() > MAX_ID_CHARS ? label.substring(0, MAX_ID_CHARS) : label;
            }
        } catch (UnknownHostException e) {
            // fall through to the usage error
        }
        throw new InvalidInput(spec.commandLine(), "cannot derive a gateway id from the host name; give --id NAME");
    }
}
