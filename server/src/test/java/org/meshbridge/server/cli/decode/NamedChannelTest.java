package org.meshbridge.server.cli.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.Vectors;

class NamedChannelTest {

    @Test
    void hashtagNamesAreNormalisedAndKeepTheirName() {
        NamedChannel channel = NamedChannel.parse(" #Bot ", 1);

        assertThat(channel.label()).isEqualTo("#bot");
        assertThat(channel.key().secret()).isEqualTo(Vectors.BOT_CHANNEL_KEY);
    }

    @Test
    void hexAndBase64SecretsAreLabelledByPositionNeverBySecret() {
        NamedChannel hex = NamedChannel.parse(Vectors.BOT_CHANNEL_KEY.hex(), 2);
        NamedChannel base64 = NamedChannel.parse(ChannelKey.ofSecret(Vectors.BOT_CHANNEL_KEY).toBase64(), 3);

        assertThat(hex.key()).isEqualTo(base64.key());
        assertThat(hex.label()).isEqualTo("secret 2");
        assertThat(base64.label()).isEqualTo("secret 3");
    }

    @Test
    void thirtyTwoByteSecretsAreAccepted() {
        NamedChannel channel = NamedChannel.parse("11".repeat(32), 1);

        assertThat(channel.key().secret().size()).isEqualTo(32);
    }

    @Test
    void thePublicSecretIsCalledPublic() {
        assertThat(NamedChannel.parse(Vectors.PUBLIC_CHANNEL_KEY.hex(), 1).label()).isEqualTo("Public");
    }

    @Test
    void refusalsDoNotRepeatTheValue() {
        assertThatThrownBy(() -> NamedChannel.parse("#", 1)).hasMessage("is '#' without a channel name");
        assertThatThrownBy(() -> NamedChannel.parse("abcd", 1)).hasMessage("is base64 of 3 bytes; a channel secret is"
                + " 16 or 32 bytes (32 or 64 hex digits, or #name)");
        assertThatThrownBy(() -> NamedChannel.parse("zz!!", 1))
                .hasMessage("is neither #name, 32 or 64 hex digits, nor base64 of 16 or 32 bytes");
    }

    @Test
    void regionsGetTheirHashAdded() {
        assertThat(NamedRegion.parse("ottawa").label()).isEqualTo("#ottawa");
        assertThat(NamedRegion.parse("#ottawa").key()).isEqualTo(NamedRegion.parse("ottawa").key());
    }
}
