package org.meshbridge.server.companion;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.server.net.RateLimiter;

/**
 * What one app connection may use.
 *
 * @param idleTimeout a connection from which nothing at all was read for this long is closed
 *     ({@code companion.idle_timeout}); stock apps poll or answer pushes, so a silent one is gone
 * @param sends the per-account limiter (key: account name) that every command putting something on
 *     the mesh or into a room takes a token from: texts, channel texts, logins, status, telemetry
 *     and trace requests, adverts. Out of tokens, the command is answered {@code ERR_CODE_TABLE_FULL}
 *     (3), what the firmware answers when it cannot send. Shared with the web's posts, so one
 *     account has one budget however it posts.
 */
public record CompanionLimits(Duration idleTimeout, Optional<RateLimiter> sends) {

    /** {@code companion.idle_timeout}'s default. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofHours(1);

    /** The default idle timeout, no send limit. */
    public static final CompanionLimits DEFAULT = new CompanionLimits(DEFAULT_IDLE_TIMEOUT, Optional.empty());

    public CompanionLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(sends, "sends");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
    }
}
