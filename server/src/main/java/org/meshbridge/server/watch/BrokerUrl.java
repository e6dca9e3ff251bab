package org.meshbridge.server.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the watchdog connects: {@code mqtt://host[:1883]}, {@code mqtts://host[:8883]},
 * {@code ws://host[:80]/path} or {@code wss://host[:443]/path}. No user or password in the URL:
 * those come from {@code --username} and {@code --password-file}.
 *
 * @param tls whether to use TLS (mqtts, wss), with the JVM's trusted CAs
 * @param webSocketPath the WebSocket path for ws and wss (default {@code /mqtt}); empty for plain MQTT
 */
public record BrokerUrl(String host, int port, boolean tls, String webSocketPath) {

    public BrokerUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(webSocketPath, "webSocketPath");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
    }

    public boolean webSocket() {
        return !webSocketPath.isEmpty();
    }

    /** @throws IllegalArgumentException saying what to write instead */
    public static BrokerUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a broker URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("must be mqtt://host[:port] (or mqtts://, ws://, wss://), was " + text);
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("put no user or password in the URL; use --username and --password-file");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/mqtt" : uri.getRawPath();
        return switch (scheme) {
            case "mqtt", "tcp" -> new BrokerUrl(uri.getHost(), port(uri, 1883), false, "");
            case "mqtts", "ssl" -> new BrokerUrl(uri.getHost(), port(uri, 8883), true, "");
            case "ws" -> new BrokerUrl(uri.getHost(), port(uri, 80), false, path);
            case "wss" -> new BrokerUrl(uri.getHost(), port(uri, 443), true, path);
            default -> throw new IllegalArgumentException("the scheme must be mqtt, mqtts, ws or wss, was " + text);
        };
    }

    private static int port(URI uri, int fallback) {
        return uri.getPort() < 0 ? fallback : uri.getPort();
    }

    @Override
    public String toString() {
        return (webSocket() ? (tls ? "wss" : "ws") : (tls ? "mqtts" : "mqtt")) + "://" + host + ":" + port + webSocketPath;
    }
}
