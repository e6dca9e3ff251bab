package org.meshbridge.core.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.node.NodeHarness;
import org.meshbridge.protocol.bytes.Bytes;

class RoomConfigTest {

    private final RoomConfig base = RoomConfig.of("lobby", NodeHarness.B, "hello", "secret");

    @Test
    void aRoomWithoutPasswordsRefusesToStartUnlessReadOnlyIsChosen() {
        assertThatThrownBy(() -> base.withPasswords(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no admin or guest password");
        RoomConfig open = base.withAllowReadOnly(true).withPasswords(Optional.empty(), Optional.empty());
        assertThat(new RoomSettings(open).roleFor(Bytes.EMPTY)).contains(RoomRole.GUEST);
    }

    @Test
    void passwordsAreOneToFifteenBytesBecauseCompanionsSendNoMore() {
        assertThat(base.withPasswords(Optional.of("x".repeat(15)), Optional.empty()).guestPassword()).isPresent();
        assertThatThrownBy(() -> base.withPasswords(Optional.of("x".repeat(16)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withPasswords(Optional.of(""), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankPasswordNeverMatchesAndTheAdminPasswordWins() {
        RoomSettings settings = new RoomSettings(base);
        assertThat(settings.roleFor(Bytes.EMPTY)).isEmpty();
        assertThat(settings.roleFor(Bytes.utf8("secret"))).contains(RoomRole.ADMIN);
        assertThat(settings.roleFor(Bytes.utf8("hello"))).contains(RoomRole.READ_WRITE);
        assertThat(settings.roleFor(Bytes.utf8("hello "))).isEmpty();
    }

    @Test
    void theAclSizeAndRetentionMustBePositive() {
        assertThatThrownBy(() -> base.withMaxClients(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withRetention(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
