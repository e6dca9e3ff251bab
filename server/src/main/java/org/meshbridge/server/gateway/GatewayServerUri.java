package org.meshbridge.server.gateway;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The server a gateway connects to: {@code wss://host:port} (path {@link GatewayProtocol#PATH} when
 * none is given). {@code ws://} is refused unless the host is loopback or the operator said
 * {@code --insecure}: the token and every packet would cross the network in clear.
 */
public final class GatewayServerUri {

    private GatewayServerUri() {
    }

    /**
     * Parses and checks {@code text}.
     *
     * @throws IllegalArgumentException with one line that says what to fix
     */
    public static URI parse(String text, boolean insecure) {
        Objects.requireNonNull(text, "text");
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL (e.g. wss://mesh.example.org:7070)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("wss") && !scheme.equals("ws")) {
            throw new IllegalArgumentException("'" + text + "' must start with wss:// (or ws:// on loopback)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + text + "' has no host (e.g. wss://mesh.example.org:7070)");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")
                ? GatewayProtocol.PATH : uri.getRawPath();
        URI normalised = URI.create(scheme + "://" + uri.getRawAuthority() + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        check(normalised, insecure);
        return normalised;
    }

    /**
     * Refuses {@code ws://} to a host that is not loopback unless {@code insecure}.
     *
     * @throws IllegalArgumentException with one line that says what to fix
     */
    public static void check(URI server, boolean insecure) {
        String scheme = String.valueOf(server.getScheme()).toLowerCase(Locale.ROOT);
        if (scheme.equals("wss") || insecure) {
            return;
        }
        if (!scheme.equals("ws")) {
            throw new IllegalArgumentException(server + " must use wss://");
        }
        if (!isLoopback(server.getHost())) {
            throw new IllegalArgumentException("refusing ws:// to " + server.getHost()
                    + ": not a loopback host, and the token and packets would travel unencrypted;"
                    + " use wss:// (the server needs server.tls), or add --insecure");
        }
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            InetAddress[] addresses = InetAddress.getAllByName(bare);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve host '" + bare + "' in the server URL");
        }
    }
}
