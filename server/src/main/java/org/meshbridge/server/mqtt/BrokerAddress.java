package org.meshbridge.server.mqtt;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the broker is: {@code mqtt://host[:1883]}, {@code mqtts://host[:8883]},
 * {@code ws://host[:80][/path]} or {@code wss://host[:443][/path]} (WebSocket path default
 * {@value #DEFAULT_WS_PATH}).
 *
 * @param transport how bytes reach the broker
 * @param host      a name or an IP literal (IPv6 without brackets)
 * @param port      1..65535
 * @param path      the WebSocket path without the leading slash; empty for TCP
 */
public record BrokerAddress(Transport transport, String host, int port, String path) {

    /** The WebSocket path brokers (Mosquitto, HiveMQ, EMQX) serve MQTT on by default. */
    public static final String DEFAULT_WS_PATH = "mqtt";

    /** The four URL schemes. */
    public enum Transport {
        MQTT("mqtt", 1883, false, false),
        MQTTS("mqtts", 8883, true, false),
        WS("ws", 80, false, true),
        WSS("wss", 443, true, true);

        private final String scheme;
        private final int defaultPort;
        private final boolean tls;
        private final boolean webSocket;

        Transport(String scheme, int defaultPort, boolean tls, boolean webSocket) {
            this.scheme = scheme;
            this.defaultPort = defaultPort;
            this.tls = tls;
            this.webSocket = webSocket;
        }

        public String scheme() {
            return scheme;
        }

        public boolean tls() {
            return tls;
        }

        public boolean webSocket() {
            return webSocket;
        }
    }

    public BrokerAddress {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(path, "path");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is outside 1..65535");
        }
    }

    /**
     * Parses a broker URL.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static BrokerAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL such as mqtt://localhost:1883");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Transport transport = null;
        for (Transport t : Transport.values()) {
            if (t.scheme.equals(scheme)) {
                transport = t;
            }
        }
        if (transport == null) {
            throw new IllegalArgumentException("'" + text + "' must start with mqtt://, mqtts://, ws:// or wss://");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("'" + text + "' has no host (e.g. mqtt://localhost:1883)");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("'" + text + "': put the user name and password in mqtt.username and"
                    + " mqtt.password (or password_file), not in the URL");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("'" + text + "' must not have a query or fragment");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!transport.webSocket && !path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException("'" + text + "': only ws:// and wss:// URLs have a path");
        }
        String wsPath = !transport.webSocket ? "" : path.isEmpty() || path.equals("/") ? DEFAULT_WS_PATH : path.substring(1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? transport.defaultPort : uri.getPort();
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("'" + text + "' has no valid port (1..65535)");
        }
        return new BrokerAddress(transport, host, port, wsPath);
    }

    /** True when the host is (or resolves to) a loopback address; false when it cannot be resolved. */
    public boolean isLoopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return transport.scheme + "://" + h + ":" + port + (transport.webSocket ? "/" + path : "");
    }
}
