package org.meshbridge.protocol.companion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

class MessageFramesTest {

    private final ContactMessage direct = ContactMessage.of(CompanionSamples.PREFIX_B, 0xFF, 0, 1700000105L, "hi");
    private final ChannelMessage channel = ChannelMessage.of(0, 0, 1700000400L, "Alice: hi");

    @Test
    void appTargetVersionBelowThreeGetsTheV1Codes() {
        assertThat(MessageFrames.contactMessage(1, 46, direct)).isEqualTo(new ContactMsgRecv(direct));
        assertThat(MessageFrames.channelMessage(2, 46, channel)).isEqualTo(new ChannelMsgRecv(channel));
    }

    @Test
    void appTargetVersionThreeOrMoreGetsTheV3CodesWithSnr() {
        assertThat(MessageFrames.contactMessage(3, 46, direct)).isEqualTo(new ContactMsgRecvV3(46, direct));
        assertThat(MessageFrames.channelMessage(200, -8, channel)).isEqualTo(new ChannelMsgRecvV3(-8, channel));
    }

    @Test
    void longTextIsCutToFitTheFrameOnACharacterBoundary() {
        ChannelMessage longText = ChannelMessage.of(0, 0, 1L, "é".repeat(100));
        Bytes v3 = MessageFrames.channelMessage(3, 0, longText).encode();
        Bytes v1 = MessageFrames.channelMessage(1, 0, longText).encode();
        assertThat(v3.size()).isEqualTo(175); // 11 header bytes + 82 two-byte characters; 176 would split one
        assertThat(v1.size()).isEqualTo(176);
        ContactMessage longDirect = ContactMessage.of(CompanionSamples.PREFIX_B, 0, 0, 1L, "x".repeat(300));
        assertThat(MessageFrames.contactMessage(3, 0, longDirect).encode().size()).isEqualTo(176);
        assertThat(MessageFrames.contactMessage(1, 0, longDirect).encode().size()).isEqualTo(176);
    }
}
