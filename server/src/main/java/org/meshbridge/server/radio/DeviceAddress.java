package org.meshbridge.server.radio;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where a radio is attached, as the {@code radio.device} setting spells it: {@code serial:/dev/ttyUSB0},
 * a plain path such as {@code /dev/ttyACM0}, or {@code tcp://host:port}.
 */
public sealed interface DeviceAddress {

    /**
     * Parses the setting.
     *
     * @throws IllegalArgumentException with a one-line reason when it is neither form
     */
    static DeviceAddress parse(String device) {
        Objects.requireNonNull(device, "device");
        String text = device.strip();
        if (text.startsWith("tcp:")) {
            return Tcp.parse(text);
        }
        String path = text.startsWith("serial:") ? text.substring("serial:".length()) : text;
        if (path.isEmpty() || path.contains("://")) {
            throw new IllegalArgumentException("radio device must be a serial port path (e.g. /dev/ttyUSB0 or "
                    + "serial:/dev/ttyUSB0) or tcp://host:port, not '" + device + "'");
        }
        return new Serial(path);
    }

    /** A serial port, 115200 8N1. */
    record Serial(String path) implements DeviceAddress {
        public Serial {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** A TCP endpoint. */
    record Tcp(String host, int port) implements DeviceAddress {
        public Tcp {
            Objects.requireNonNull(host, "host");
            if (host.isEmpty() || port < 1 || port > 65535) {
                throw new IllegalArgumentException("radio device needs tcp://host:port with a port 1..65535, not tcp://"
                        + host + ":" + port);
            }
        }

        static Tcp parse(String text) {
            try {
                URI uri = new URI(text);
                if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0
                        || !(uri.getPath() == null || uri.getPath().isEmpty()) || uri.getQuery() != null) {
                    throw new IllegalArgumentException("radio device must look like tcp://host:port, not '" + text + "'");
                }
                String host = uri.getHost();
                boolean bracketed = host.startsWith("[") && host.endsWith("]");
                return new Tcp(bracketed ? host.substring(1, host.length() - 1) : host, uri.getPort());
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("radio device must look like tcp://host:port, not '" + text + "'", e);
            }
        }

        @Override
        public String toString() {
            return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }
}
