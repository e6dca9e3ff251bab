package org.meshbridge.server.mqtt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.server.config.MqttInboundSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code {p}/send/{room}} → {@link Rooms#post}, as the configured account, at most
 * {@code max_per_minute} posts a minute (a token bucket over all rooms). Whatever is refused is
 * reported on {@code {p}/errors} and nothing else happens; the room and its node decide what goes
 * on air, through the airtime budget.
 */
final class InboundPosting {

    /** Where refusals go: the topic the message came on, the reason. */
    @FunctionalInterface
    interface Errors {
        void refused(String topic, InboundRejected why);
    }

    private static final Logger LOG = LoggerFactory.getLogger(InboundPosting.class);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MqttInboundSettings settings;
    private final Topics topics;
    private final Supplier<Optional<Rooms>> rooms;
    private final Clock clock;
    private final Errors errors;
    private final AtomicLong posted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private double tokens;
    private Instant refilled;

    InboundPosting(MqttInboundSettings settings, Topics topics, Supplier<Optional<Rooms>> rooms, Clock clock, Errors errors) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.tokens = settings.maxPerMinute();
        this.refilled = clock.instant();
    }

    /** A message arrived; any thread. Topics other than {@code {p}/send/{room}} are ignored. */
    void onMessage(String topic, byte[] payload) {
        Optional<String> room = topics.sendRoom(topic);
        if (room.isEmpty()) {
            return;
        }
        try {
            SendRequest request = SendRequest.parse(room.get(), payload);
            Rooms target = rooms.get().filter(r -> settings.accepts(request.room()) && r.names().contains(request.room()))
                    .orElseThrow(() -> new InboundRejected(InboundRejected.Reason.UNKNOWN_ROOM, "no room named \""
                            + request.room() + "\" accepts posts from MQTT"));
            takeToken();
            target.post(request.room(), settings.account(), request.text()).whenComplete((post, failure) -> {
                if (failure != null) {
                    refuse(topic, new InboundRejected(InboundRejected.Reason.POST_FAILED, "the room did not take the post: "
                            + BrokerErrors.unwrap(failure).getMessage()));
                } else {
                    posted.incrementAndGet();
                }
            });
        } catch (InboundRejected why) {
            refuse(topic, why);
        }
    }

    private synchronized void takeToken() throws InboundRejected {
        Instant now = clock.instant();
        if (now.isAfter(refilled)) {
            double minutes = Duration.between(refilled, now).toNanos() / (double) MINUTE.toNanos();
            tokens = Math.min(settings.maxPerMinute(), tokens + minutes * settings.maxPerMinute());
            refilled = now;
        }
        if (tokens < 1) {
            throw new InboundRejected(InboundRejected.Reason.RATE_LIMITED, "more than " + settings.maxPerMinute()
                    + " posts a minute (mqtt.inbound.max_per_minute); try again later");
        }
        tokens -= 1;
    }

    private void refuse(String topic, InboundRejected why) {
        refused.incrementAndGet();
        LOG.debug("MQTT: refused a message on {}: {}", topic, why.getMessage());
        errors.refused(topic, why);
    }

    /** Posts handed to the rooms and stored. */
    long posted() {
        return posted.get();
    }

    /** Messages refused (each reported on {@code {p}/errors}). */
    long refused() {
        return refused.get();
    }
}
