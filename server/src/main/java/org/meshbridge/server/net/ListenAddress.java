package org.meshbridge.server.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A {@code HOST:PORT} listen address as written in the config ({@code server.listen}) or on the
 * command line ({@code --listen}). IPv6 hosts are bracketed: {@code [::1]:7070}. Port 0 asks the
 * operating system for a free port.
 */
public record ListenAddress(String host, int port) {

    /** The largest TCP port number. */
    private static final int MAX_PORT = 65_535;

    public ListenAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 0 || port > MAX_PORT) {
            throw new IllegalArgumentException("port " + port + " is outside 0..65535");
        }
    }

    /**
     * Parses {@code HOST:PORT} or {@code [IPV6]:PORT}.
     *
     * @throws IllegalArgumentException with a message that says what is wrong with {@code text}
     */
    public static ListenAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + text + "' is not HOST:PORT (e.g. 127.0.0.1:7070)");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("'" + text + "': write an IPv6 host in brackets, e.g. [::1]:7070");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("'" + text + "' has no host (e.g. 127.0.0.1:7070)");
        }
        return new ListenAddress(host, parsePort(text, text.substring(colon + 1)));
    }

    private static int parsePort(String text, String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + text + "' has no valid port (0..65535)");
        }
        int value = Integer.parseInt(port);
        if (value > MAX_PORT) {
            throw new IllegalArgumentException("'" + text + "' has no valid port (0..65535)");
        }
        return value;
    }

    /**
     * Resolves the host (a literal address needs no lookup).
     *
     * @throws UnknownHostException if the host name does not resolve
     */
    public InetSocketAddress resolve() throws UnknownHostException {
        InetAddress address = InetAddress.getByName(host);
        return new InetSocketAddress(address, port);
    }

    /** The address as it is written: {@code 127.0.0.1:7070} or {@code [::1]:7070}. */
    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
