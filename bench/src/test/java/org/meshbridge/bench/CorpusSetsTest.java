package org.meshbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.Payload;

class CorpusSetsTest {

    private final CorpusSets sets = CorpusSets.load();

    @Test
    void everyCorpusPacketDecodesAndReencodesToItsOwnBytes() throws Exception {
        for (Bytes frame : sets.frames()) {
            Packet packet = Packet.decode(frame);
            assertThat(packet.encode()).isEqualTo(frame);
            assertThat(Payload.decode(packet).encode()).isEqualTo(packet.payload());
        }
    }

    @Test
    void benchmarksSeeTheAdvertsAndOpenedGroupTextsTheNodeScriptSees() {
        // oracles/bench-decoder.js reports the same counts from meshcore-decoder.
        assertThat(sets.adverts()).hasSize(241);
        assertThat(sets.groupTexts()).hasSize(318);
    }

    @Test
    void opensTheRealPublicChannelCaptureToItsSpecText() throws Exception {
        Payload r2 = Payload.decode(Packet.decode(Bytes.fromHex(CapturedVectors.REAL_CAPTURES.get(1))));

        assertThat(sets.open(r2)).hasValueSatisfying(content -> {
            assertThat(content.timestamp()).isEqualTo(1758484279L);
            assertThat(content.textString()).isEqualTo("🌲 Tree: ☁️");
        });
    }

    @Test
    void groupTextsKeepTheirChannelHash() {
        List<CorpusSets.GroupText> texts = sets.groupTexts();

        assertThat(texts).allSatisfy(t -> assertThat(t.payload().channelHash()).isEqualTo(t.channelHash())
                .isEqualTo(t.channel().hash()));
    }
}
