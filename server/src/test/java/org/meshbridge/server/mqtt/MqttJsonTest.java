package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.protocol.bytes.Bytes;

/** What the bridge writes matches the schemas, whatever the optional parts. */
class MqttJsonTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void postsOfEveryOriginValidateWithAndWithoutAnAuthorKey() {
        for (PostOrigin origin : PostOrigin.values()) {
            Post withKey = new Post(7, "lobby", 1_790_000_000L, Optional.of(Bytes.fromHex("ab".repeat(32))), "alice",
                    origin, "hi \"there\" ✓", NOW.plusMillis(123));
            Post without = new Post(8, "public", 1_790_000_001L, Optional.empty(), "bob", origin, "", NOW);
            assertThat(MqttSchemas.validate("meshcore/messages/lobby", MqttJson.message(withKey))).isEmpty();
            assertThat(MqttSchemas.validate("meshcore/messages/public", MqttJson.message(without))).isEmpty();
        }
    }

    @Test
    void timesAreUtcWithMilliseconds() {
        assertThat(MqttJson.time(NOW)).isEqualTo("2026-11-25T12:00:00.000Z");
        assertThat(MqttJson.time(NOW.plusNanos(123_456_789))).isEqualTo("2026-11-25T12:00:00.123Z");
        assertThat(MqttJson.time(NOW.plusMillis(100))).isEqualTo("2026-11-25T12:00:00.100Z");
    }

    @Test
    void statusOnlineOfflineAndErrorsValidate() {
        MqttStats down = new MqttStats(MqttStats.State.DOWN, "mqtt://localhost:1883", Optional.of("refused"), 3, 4, 5, 0,
                1, 1);
        assertThat(MqttSchemas.validate("p/status", MqttJson.online(RoomsHarness.health(), down, NOW))).isEmpty();
        assertThat(MqttSchemas.validate("p/status", MqttJson.offline("connection lost", null))).isEmpty();
        assertThat(MqttSchemas.validate("p/status", MqttJson.offline("stopped", NOW))).isEmpty();
        assertThat(MqttSchemas.validate("p/errors", MqttJson.error("p/send/x", "not_json", "bad", NOW))).isEmpty();
    }
}
