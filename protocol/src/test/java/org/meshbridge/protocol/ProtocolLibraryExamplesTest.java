package org.meshbridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.airtime.LoRaModulation;
import org.meshbridge.protocol.airtime.TimeOnAir;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.companion.CompanionCommand;
import org.meshbridge.protocol.companion.CompanionFrameDeframer;
import org.meshbridge.protocol.companion.CompanionFrameWriter;
import org.meshbridge.protocol.companion.CompanionReply;
import org.meshbridge.protocol.companion.LogRxData;
import org.meshbridge.protocol.companion.SendRawPacket;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.kiss.DataFrame;
import org.meshbridge.protocol.kiss.KissDeframer;
import org.meshbridge.protocol.kiss.KissEncoder;
import org.meshbridge.protocol.kiss.KissFrame;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.ChannelPlaintext;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.PeerLink;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TextMessagePayload;

/**
 * The examples of {@code docs/protocol-library.md}, compiled and run. The code between
 * {@code // begin:NAME} and {@code // end:NAME} is copied verbatim into the doc's
 * {@code ```java example=NAME} blocks; {@link ProtocolLibraryDocTest} keeps the two identical.
 */
class ProtocolLibraryExamplesTest {

    static final LocalIdentity ALICE = LocalIdentity.fromSeed(Bytes.fromHex("11".repeat(32)));
    static final LocalIdentity BOB = LocalIdentity.fromSeed(Bytes.fromHex("42".repeat(32)));

    @Test
    void decode() throws MalformedFrameException {
        // begin:decode
        Packet packet = Packet.decode(Bytes.fromHex("1500112A34D8E13779CE7668329339679EE383641C"));
        Payload payload = Payload.decode(packet);                          // a sealed interface: one record per type
        String summary;
        if (payload instanceof GroupTextPayload text) {
            summary = "channel text on hash " + text.channelHash();
        } else if (payload instanceof AdvertPayload advert) {
            summary = "advert, signature valid: " + advert.verifySignature();
        } else if (payload instanceof AckPayload ack) {
            summary = "ACK " + ack.hash().value().hex();
        } else {
            summary = "other: " + packet.payloadType();
        }
        assertThat(packet.route().isFlood()).isTrue();
        assertThat(packet.path().hopCount()).isZero();
        assertThat(summary).isEqualTo("channel text on hash 17");
        // end:decode
    }

    @Test
    void advert() throws MalformedFrameException {
        // begin:advert
        LocalIdentity me = LocalIdentity.fromSeed(Bytes.fromHex("42".repeat(32)));  // or fromExpandedKey(64 bytes)
        AdvertAppData appData = AdvertAppData.of(NodeType.ROOM, "Town BBS",
                Optional.of(new AdvertAppData.Location(47_543_968, -122_108_616)));
        AdvertPayload advert = AdvertPayload.sign(me, 1_700_000_000L, appData);
        Bytes onAir = advert.toFlood().encode();

        AdvertPayload received = (AdvertPayload) Payload.decode(Packet.decode(onAir));
        assertThat(received.verifySignature()).isTrue();
        assertThat(received.appDataFields().orElseThrow().name()).contains("Town BBS");
        // end:advert
    }

    @Test
    void hashtag() throws MalformedFrameException {
        // begin:hashtag
        ChannelKey test = ChannelKey.hashtag("#test");
        GroupTextContent hello = GroupTextContent.of(1_700_000_400L, "Alice", "hello #test");
        Bytes onAir = GroupTextPayload.seal(test, hello).toFlood().encode();

        GroupTextPayload received = (GroupTextPayload) Payload.decode(Packet.decode(onAir));
        List<ChannelKey> myChannels = List.of(ChannelKey.PUBLIC, test);
        ChannelPlaintext<GroupTextContent> opened = received.open(myChannels).orElseThrow();
        assertThat(opened.channel()).isEqualTo(test);
        assertThat(opened.content().sender()).contains("Alice");
        assertThat(opened.content().message()).isEqualTo("hello #test");
        // end:hashtag
    }

    @Test
    void directMessage() throws MalformedFrameException {
        // begin:dm
        PeerLink aliceToBob = PeerLink.between(ALICE, BOB.identity());   // ECDH once, keep per contact
        TextMessageContent hi = TextMessageContent.plain(1_700_000_200L, 0, "Hi Bob");
        TextMessagePayload sealed = aliceToBob.seal(hi);                   // dest = Bob's hash, src = Alice's

        PeerLink bobToAlice = PeerLink.between(BOB, ALICE.identity());
        assertThat(bobToAlice.open(sealed)).contains(hi);
        PeerLink bobToCarol = PeerLink.between(BOB, LocalIdentity.fromSeed(Bytes.fromHex("33".repeat(32))).identity());
        assertThat(bobToCarol.open(sealed)).isEmpty();                     // not from Carol: empty, no exception
        // end:dm
    }

    @Test
    void ack() {
        // begin:ack
        TextMessageContent post = TextMessageContent.plain(1_700_000_200L, 0, "Hello room");
        AckHash expected = AckHash.forPlainText(post, ALICE.publicKey());   // the sender's key
        Packet ack = AckPayload.of(expected).toFlood();
        assertThat(ack.payload()).isEqualTo(expected.value());
        // end:ack
    }

    @Test
    void transportScope() {
        // begin:scope
        RegionKey seattle = RegionKey.named("#seattle");
        Packet flood = GroupTextPayload.seal(ChannelKey.PUBLIC, GroupTextContent.of(5, "Bob", "hi")).toFlood();
        Packet scoped = seattle.scope(flood);                              // TRANSPORT_FLOOD, code over type ‖ payload
        assertThat(scoped.transportCodes().orElseThrow().code1())
                .isEqualTo(seattle.transportCode(flood.payloadTypeCode(), flood.payload()));
        assertThat(seattle.matches(scoped)).isTrue();
        assertThat(RegionKey.named("#portland").matches(scoped)).isFalse();
        // end:scope
    }

    @Test
    void companion() throws MalformedFrameException {
        // begin:companion
        Bytes rawAck = Bytes.fromHex("0D00712250F6");
        Bytes wire = CompanionFrameWriter.frame(new SendRawPacket(0, rawAck));    // '<', u16 LE length, frame
        assertThat(wire).isEqualTo(Bytes.fromHex("3C0800 41 00 0D00712250F6"));

        CompanionFrameDeframer fromRadio = CompanionFrameDeframer.appEnd();
        List<Bytes> frames = fromRadio.feed(Bytes.fromHex("00 3E0900882EC40D0071"));   // noise, then half a frame
        frames.addAll(fromRadio.feed(Bytes.fromHex("2250F6")));
        LogRxData log = (LogRxData) CompanionReply.decode(frames.get(0));
        assertThat(log.rssiDbm()).isEqualTo(-60);
        assertThat(log.raw()).isEqualTo(rawAck);
        assertThat(CompanionCommand.decode(Bytes.fromHex("16 03")).code()).isEqualTo(0x16);   // CMD_DEVICE_QUERY
        // end:companion
    }

    @Test
    void kiss() {
        // begin:kiss
        Bytes wire = KissEncoder.encode(new DataFrame(Bytes.fromHex("0D00712250F6")));
        assertThat(wire).isEqualTo(Bytes.fromHex("C0 00 0D00712250F6 C0"));

        List<KissFrame> received = new ArrayList<>();
        KissDeframer deframer = new KissDeframer(new KissDeframer.Listener() {
            @Override
            public void onFrame(KissFrame frame) {
                received.add(frame);
            }

            @Override
            public void onDropped(MalformedFrameException error) {
                // counted in deframer.framesDropped(reason); the stream resumes at the next FEND
            }
        });
        deframer.feed(wire);
        assertThat(received).containsExactly(new DataFrame(Bytes.fromHex("0D00712250F6")));
        // end:kiss
    }

    @Test
    void airtime() {
        // begin:airtime
        LoRaModulation narrow = LoRaModulation.meshCore(10, 62_500, 5);   // SF10, 62.5 kHz, CR 4/5
        Duration advert = TimeOnAir.duration(narrow, 107);                // a 107-byte advert packet
        assertThat(advert).isEqualTo(Duration.ofNanos(2_674_688_000L));    // low-data-rate optimisation is on
        // end:airtime
    }

    @Test
    void errors() {
        // begin:errors
        try {
            Packet.decode(Bytes.fromHex("15C1"));                          // path_len 0xC1: hash-size mode 3
            throw new AssertionError("refused above");
        } catch (MalformedFrameException e) {
            assertThat(e.reason()).isEqualTo(MalformedFrameException.Reason.RESERVED_BITS);
            assertThat(e.detail()).contains("reserved hash-size mode 3");
        }
        // end:errors
    }
}
