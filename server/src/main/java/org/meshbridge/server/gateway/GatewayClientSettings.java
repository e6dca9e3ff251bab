package org.meshbridge.server.gateway;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a gateway client needs: the server ({@link GatewayServerUri#parse}), who it is, trust, and
 * its timings.
 *
 * @param server {@code wss://host:port/api/v1/gateway}
 * @param gatewayId 1-32 of {@code A-Z a-z 0-9 . _ -}
 * @param token the secret the server has for this gateway
 * @param software sent in hello, e.g. {@code meshbridge 0.1.0}
 * @param caFile trust only the certificates in this PEM file; empty for the system trust store
 * @param insecure allow {@code ws://} to a non-loopback host
 * @param bufferCapacity received packets held while the server is unreachable (oldest dropped)
 * @param pingInterval how often the client pings; the server is given up on after three silent intervals
 * @param minBackoff first reconnect delay (doubling up to {@code maxBackoff})
 * @param maxBackoff longest reconnect delay
 */
public record GatewayClientSettings(URI server, String gatewayId, String token, String software,
        Optional<Path> caFile, boolean insecure, int bufferCapacity, Duration pingInterval,
        Duration minBackoff, Duration maxBackoff) {

    /** Packets held while offline unless configured: 1000 (a busy mesh's few minutes). */
    public static final int DEFAULT_BUFFER_CAPACITY = 1000;
    /** A third of the server's 60 s idle timeout. */
    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(20);
    public static final Duration DEFAULT_MIN_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(60);

    public GatewayClientSettings {
        Objects.requireNonNull(server, "server");
        GatewayIds.require(gatewayId);
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(minBackoff, "minBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (token.isEmpty() || token.length() > GatewayIds.MAX_TOKEN_CHARS) {
            throw new IllegalArgumentException("token must be 1 to " + GatewayIds.MAX_TOKEN_CHARS + " characters");
        }
        if (software.length() > Hello.MAX_SOFTWARE_CHARS) {
            throw new IllegalArgumentException("software is longer than " + Hello.MAX_SOFTWARE_CHARS + " characters");
        }
        if (bufferCapacity <= 0) {
            throw new IllegalArgumentException("bufferCapacity must be positive: " + bufferCapacity);
        }
        if (pingInterval.isNegative() || pingInterval.isZero()) {
            throw new IllegalArgumentException("pingInterval must be positive: " + pingInterval);
        }
    }

    /** Settings with the defaults above, the system trust store and no insecure opt-in. */
    public static GatewayClientSettings of(URI server, String gatewayId, String token, String software) {
        return new GatewayClientSettings(server, gatewayId, token, software, Optional.empty(), false,
                DEFAULT_BUFFER_CAPACITY, DEFAULT_PING_INTERVAL, DEFAULT_MIN_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    public GatewayClientSettings withCaFile(Path pem) {
        return new GatewayClientSettings(server, gatewayId, token, software, Optional.of(pem), insecure,
                bufferCapacity, pingInterval, minBackoff, maxBackoff);
    }

    public GatewayClientSettings withInsecure(boolean allowPlainRemote) {
        return new GatewayClientSettings(server, gatewayId, token, software, caFile, allowPlainRemote,
                bufferCapacity, pingInterval, minBackoff, maxBackoff);
    }

    public GatewayClientSettings withBufferCapacity(int packets) {
        return new GatewayClientSettings(server, gatewayId, token, software, caFile, insecure,
                packets, pingInterval, minBackoff, maxBackoff);
    }

    public GatewayClientSettings withPingInterval(Duration interval) {
        return new GatewayClientSettings(server, gatewayId, token, software, caFile, insecure,
                bufferCapacity, interval, minBackoff, maxBackoff);
    }

    public GatewayClientSettings withBackoff(Duration min, Duration max) {
        return new GatewayClientSettings(server, gatewayId, token, software, caFile, insecure,
                bufferCapacity, pingInterval, min, max);
    }

    @Override
    public String toString() {
        return "GatewayClientSettings[server=" + server + ", gatewayId=" + gatewayId + ", token=(hidden), software="
                + software + ", caFile=" + caFile + ", insecure=" + insecure + ", bufferCapacity=" + bufferCapacity
                + ", pingInterval=" + pingInterval + ", backoff=" + minBackoff + ".." + maxBackoff + "]";
    }
}
