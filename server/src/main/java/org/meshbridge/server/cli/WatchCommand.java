package org.meshbridge.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.core.time.EventLoopScheduler;
import org.meshbridge.server.app.StartupException;
import org.meshbridge.server.config.ConfigException;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.WebhookSettings;
import org.meshbridge.server.net.PemFiles;
import org.meshbridge.server.watch.BrokerUrl;
import org.meshbridge.server.watch.WatchSession;
import org.meshbridge.server.watch.WatchSettings;
import org.meshbridge.server.watch.WatchTls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code meshbridge watch --broker URL [--prefix meshcore] [--webhook URL ...]}: a standalone
 * watchdog over any broker's {@code {p}/nodes/+}, with the server's liveness rules. Runs until
 * Ctrl-C or SIGTERM.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Watch the node states a meshbridge publishes on an MQTT broker and alert when a node goes",
            "silent and when it comes back, with the server's own liveness rules. Alerts go to the log, to",
            "webhooks, and with --publish-alerts to {prefix}/alerts/{node_id}. Runs until Ctrl-C or SIGTERM."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--broker", required = true, paramLabel = "URL",
            description = "The broker: mqtt://host[:1883], mqtts://host[:8883], ws://host[:port]/path or wss://...")
    private String broker;

    @Option(names = "--prefix", paramLabel = "P", defaultValue = "meshcore",
            description = "The topic prefix (default: ${DEFAULT-VALUE}): reads P/nodes/+ and P/status.")
    private String prefix;

    @Option(names = "--webhook", paramLabel = "URL",
            description = "POST each alert as JSON here (repeatable); https://, or http:// to a loopback host.")
    private List<String> webhooks = new ArrayList<>();

    @Option(names = "--webhook-secret-file", paramLabel = "FILE",
            description = "Required with --webhook: the HMAC-SHA256 key (at least 16 characters) signing each body.")
    private Path webhookSecretFile;

    @Option(names = "--publish-alerts", description = "Also publish alerts to P/alerts/{node_id} (retained).")
    private boolean publishAlerts;

    @Option(names = "--username", paramLabel = "NAME", description = "Log in to the broker as NAME.")
    private String username;

    @Option(names = "--password-file", paramLabel = "FILE", description = "With --username: the broker password.")
    private Path passwordFile;

    @Option(names = "--ca-file", paramLabel = "FILE",
            description = "With mqtts:// or wss://: trust only the CA certificates in this PEM file (default: the JVM's).")
    private Path caFile;

    @Option(names = "--cert-file", paramLabel = "FILE",
            description = "With --key-file: a client certificate chain (PEM, leaf first) for brokers that ask for one.")
    private Path certFile;

    @Option(names = "--key-file", paramLabel = "FILE", description = "With --cert-file: its unencrypted PKCS#8 key (PEM).")
    private Path keyFile;

    @Option(names = "--client-id", paramLabel = "ID", description = "The MQTT client id (default: meshbridge-watch-<random>).")
    private String clientId;

    @Option(names = "--check-every", paramLabel = "SECONDS",
            description = "How often silence is checked, in seconds (default: 30, or monitoring.liveness.check_every).")
    private Integer checkEverySeconds;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A meshbridge config file: its monitoring section sets the liveness rules (overrides,"
                    + " maintenance windows, thresholds) and its alerts.webhooks are used besides --webhook.")
    private Path configFile;

    @Override
    public Integer call() {
        WatchSettings settings = settings();
        EventLoopScheduler scheduler = new EventLoopScheduler("watch", Clock.systemUTC());
        WatchSession session = WatchSession.start(settings, scheduler, List.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            session.close();
            scheduler.close();
            stopped.countDown();
        }, "watch-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        spec.commandLine().getOut().println("watching " + settings.prefix() + "/nodes/+ on " + settings.broker()
                + (settings.webhooks().isEmpty() ? "" : ", " + settings.webhooks().size() + " webhooks")
                + (settings.publishAlerts() ? ", publishing " + settings.prefix() + "/alerts/..." : ""));
        spec.commandLine().getOut().flush();
        try {
            session.connect().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Runtime.getRuntime().removeShutdownHook(shutdown);
            session.close();
            scheduler.close();
            throw new StartupException("cannot connect to " + settings.broker() + ": " + (e.getCause() != null
                    ? e.getCause().getMessage() : session.lastFailure().map(Throwable::getMessage)
                    .orElse("no answer in 30 s")), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.RUNTIME_FAILURE;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** Checks every option; a bad one is a usage error (exit 2) naming the option. */
    WatchSettings settings() {
        BrokerUrl url;
        try {
            url = BrokerUrl.parse(broker);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), "--broker: " + e.getMessage());
        }
        if (checkEverySeconds != null && (checkEverySeconds < 1 || checkEverySeconds > 3600)) {
            throw new InvalidInput(spec.commandLine(), "--check-every must be 1..3600 seconds, not " + checkEverySeconds);
        }
        Optional<MeshbridgeConfig> config = Optional.empty();
        if (configFile != null) {
            try {
                config = Optional.of(MeshbridgeConfig.load(configFile));
            } catch (ConfigException e) {
                throw new InvalidInput(spec.commandLine(), "--config " + configFile + ": " + e.getMessage());
            }
        }
        if (username == null && passwordFile != null) {
            throw new InvalidInput(spec.commandLine(), "--password-file needs --username");
        }
        String password = passwordFile == null ? "" : readFile(passwordFile, "--password-file");
        List<WebhookSettings> hooks = new ArrayList<>(config.map(c -> c.alerts().webhooks()).orElse(List.of()));
        if (!webhooks.isEmpty()) {
            if (webhookSecretFile == null) {
                throw new InvalidInput(spec.commandLine(), "--webhook needs --webhook-secret-file (the key that signs each body)");
            }
            String secret = readFile(webhookSecretFile, "--webhook-secret-file");
            if (secret.length() < WebhookSettings.MIN_SECRET_LENGTH) {
                throw new InvalidInput(spec.commandLine(), "--webhook-secret-file: the secret needs at least "
                        + WebhookSettings.MIN_SECRET_LENGTH + " characters");
            }
            for (String hook : webhooks) {
                hooks.add(WebhookSettings.of(webhookUrl(hook), secret));
            }
        }
        LivenessConfig liveness = config.map(c -> c.monitoring().liveness()).orElse(LivenessConfig.DEFAULT);
        if (checkEverySeconds != null) {
            liveness = new LivenessConfig(liveness.roles(), liveness.lateFactor(), liveness.offlineFactor(),
                    liveness.minLate(), liveness.minOffline(), liveness.alertOnLate(), liveness.cooldown(),
                    liveness.flapDamping(), liveness.battery(), liveness.overrides(), liveness.maintenance(),
                    Duration.ofSeconds(checkEverySeconds), liveness.bridgeFaultDelay());
        }
        WatchTls tls = tls(url);
        try {
            return new WatchSettings(url, prefix, clientId != null ? clientId : "meshbridge-watch-"
                    + UUID.randomUUID().toString().substring(0, 8), Optional.ofNullable(username), password, hooks,
                    publishAlerts, liveness, tls);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), "--prefix: " + e.getMessage());
        }
    }

    /** The CA and client certificate options, read now so a bad file is a usage error naming it. */
    private WatchTls tls(BrokerUrl url) {
        if ((certFile == null) != (keyFile == null)) {
            throw new InvalidInput(spec.commandLine(), "--cert-file and --key-file go together");
        }
        if ((caFile != null || certFile != null) && !url.tls()) {
            throw new InvalidInput(spec.commandLine(), (caFile != null ? "--ca-file" : "--cert-file")
                    + " needs a TLS broker (mqtts:// or wss://), not " + url);
        }
        try {
            return new WatchTls(Optional.ofNullable(caFile).map(PemFiles::trusting),
                    Optional.ofNullable(certFile).map(cert -> PemFiles.clientCertificate(cert, keyFile)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), e.getMessage());
        }
    }

    private URI webhookUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidInput(spec.commandLine(), "--webhook " + text + " is not a URL: " + e.getReason());
        }
        WebhookSettings.urlProblem(uri).ifPresent(problem -> {
            throw new InvalidInput(spec.commandLine(), "--webhook " + problem);
        });
        return uri;
    }

    private String readFile(Path file, String option) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4096) {
                throw new InvalidInput(spec.commandLine(), option + " " + file + " is not a readable file of at most 4096 bytes");
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new InvalidInput(spec.commandLine(), option + " " + file + ": " + e.getMessage());
        }
    }
}
