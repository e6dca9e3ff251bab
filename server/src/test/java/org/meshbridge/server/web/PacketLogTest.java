package org.meshbridge.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;

class PacketLogTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private final PacketLog log = new PacketLog(3);
    private final PacketRecorder recorder = new PacketRecorder(log, new PacketSummaries(Map.of("public", ChannelKey.PUBLIC)));

    @Test
    void theRingKeepsTheNewestUpToItsCapacityNewestFirst() {
        IntStream.range(0, 5).forEach(i -> log.add(entry(i)));

        assertThat(log.newest(10)).extracting(PacketEntry::hex).containsExactly("04", "03", "02");
        assertThat(log.newest(2)).extracting(PacketEntry::hex).containsExactly("04", "03");
        assertThat(log.newest(0)).isEmpty();
        assertThat(log.total()).isEqualTo(5);
        assertThat(log.capacity()).isEqualTo(3);
    }

    @Test
    void aFrameThatIsNotAPacketIsLoggedWithItsDecodeError() throws Exception {
        Bytes garbage = Bytes.fromHex("11");
        MalformedFrameException error = decodeError(garbage);

        recorder.onMalformed(ReceivedFrame.withoutSignal("kiss0", garbage, T0), error);

        PacketEntry entry = log.newest(1).get(0);
        assertThat(entry.snr()).isNull();
        assertThat(entry.rssi()).isNull();
        assertThat(new ObjectMapper().writeValueAsString(entry.decoded())).isEqualTo("{\"error\":\"" + error.getMessage() + "\"}");
        assertThat(error.reason()).isEqualTo(MalformedFrameException.Reason.TRUNCATED);
    }

    @Test
    void aGroupTextOnARegisteredChannelIsOpenedAndSerialisedFlat() throws Exception {
        Packet packet = GroupTextPayload.seal(ChannelKey.PUBLIC, GroupTextContent.of(1_735_689_600L, "alice", "hi all")).toFlood();

        recorder.onPacketReceived(new ReceivedPacket(ReceivedFrame.withSignal("sim0", packet.encode(), 25, -90, T0), packet, false));

        String json = new ObjectMapper().writeValueAsString(log.newest(1).get(0));
        assertThat(json).isEqualTo("{\"time\":\"2025-01-01T00:00:00Z\",\"direction\":\"rx\",\"link\":\"sim0\",\"snr\":6.25,"
                + "\"rssi\":-90,\"duplicate\":false,\"hex\":\"" + packet.encode().hex() + "\",\"decoded\":{\"route\":\"FLOOD\","
                + "\"type\":\"GRP_TXT\",\"hops\":0,\"path\":[],\"hash\":\"" + packet.hash().hex() + "\",\"channel_hash\":\""
                + String.format("%02x", ChannelKey.PUBLIC.hash()) + "\",\"channel\":\"public\",\"sender\":\"alice\","
                + "\"text\":\"hi all\",\"sent_time\":\"2025-01-01T00:00:00Z\"}}");
    }

    @Test
    void aGroupTextOnAnUnknownChannelShowsOnlyItsHash() {
        Packet packet = GroupTextPayload.seal(ChannelKey.hashtag("#secret"), GroupTextContent.of(1, "bob", "psst")).toFlood();

        PacketSummary summary = new PacketSummaries(Map.of("public", ChannelKey.PUBLIC)).of(packet.encode());

        assertThat(summary.payload()).isEqualTo(new PayloadSummary.Group(
                String.format("%02x", ChannelKey.hashtag("#secret").hash()), null, null, null, null));
    }

    private static PacketEntry entry(int i) {
        return new PacketEntry(T0.plusSeconds(i).toString(), PacketEntry.Direction.RX, "sim0", null, null, false, null, null,
                String.format("%02x", i), PacketSummary.malformed("test"));
    }

    private static MalformedFrameException decodeError(Bytes frame) {
        try {
            Packet.decode(frame);
        } catch (MalformedFrameException e) {
            return e;
        }
        throw new AssertionError("decoded: " + frame);
    }
}
