package org.meshbridge.protocol.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.Vectors;

/**
 * Spec §12.2 vectors [1]–[9] rebuilt byte for byte with the sealing API from the spec's keys A, B
 * and C and its plaintexts, and opened again by the other side.
 */
class SealVectorsTest {

    /** A: the firmware's test client keypair (expanded key; no seed exists). */
    static final LocalIdentity A = LocalIdentity.fromExpandedKey(Bytes.fromHex(
            "7065e18fd9fabb70c1ed90dca19907de698c88b709ea146eafd93d9b830c7b60"
                    + "c4681193c79bbc39945ba8064104bb618f8fd7a84a0af6f57033d6e8ddcd6471"));
    /** B: the room server (expanded key, meshcore-decoder's sample [R7]). */
    static final LocalIdentity B = LocalIdentity.fromExpandedKey(Vectors.R7_PRIVATE_KEY);
    /** C: seed 32 × 0x42. */
    static final LocalIdentity C = LocalIdentity.fromSeed(Bytes.fromHex("42".repeat(32)));

    static final PeerLink A_TO_B = PeerLink.between(A, B.identity());
    static final PeerLink B_TO_A = PeerLink.between(B, A.identity());

    @Test
    void v1RoomAdvertIsSignedByBWithItsExpandedKey() {
        AdvertAppData appData = new AdvertAppData(NodeType.ROOM.code(), Optional.of(new AdvertAppData.Location(0, 0)),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), Optional.of(Bytes.utf8("Test BBS")));
        AdvertPayload advert = AdvertPayload.sign(B, 1700000000L, appData);
        assertThat(advert.toFlood().encode()).isEqualTo(Vectors.V1_ROOM_ADVERT);
        assertThat(advert.verifySignature()).isTrue();
    }

    @Test
    void v1RoomAdvertFromTheLibraryBuilderIsTheSameBytes() {
        AdvertAppData appData = AdvertAppData.of(NodeType.ROOM, "Test BBS", Optional.of(new AdvertAppData.Location(0, 0)));
        assertThat(AdvertPayload.sign(B, 1700000000L, appData).toFlood().encode()).isEqualTo(Vectors.V1_ROOM_ADVERT);
    }

    @Test
    void v2LoginAnonRequestFromAToBIsSealedWithAsKeyInside() throws Exception {
        AnonRequestPayload login = AnonRequestPayload.seal(A, B.identity(), RoomLogin.of(1700000100L, 0, "hello"));
        assertThat(login.toFlood().encode()).isEqualTo(Vectors.V2_LOGIN);
        assertThat(A_TO_B.sealAnonymous(RoomLogin.of(1700000100L, 0, "hello"))).isEqualTo(login);
        assertThat(login.sender()).isEqualTo(A.identity());
        assertThat(login.openRoomLogin(B)).contains(new RoomLogin(1700000100L, 0, Bytes.utf8("hello")));
        assertThat(login.openRoomLogin(C)).isEmpty();
    }

    @Test
    void v3LoginReplyIsAPathReturnFromBToACarryingTheResponse() throws Exception {
        ResponseContent reply = new ResponseContent(1700000105L, Bytes.fromHex("00 00 00 02 01020304 01"));
        PathContent content = PathContent.withResponse(Path.ofOneByteHashes(0xAA, 0xBB), reply);
        assertThat(content.encode()).isEqualTo(Vectors.V3_PLAINTEXT);
        PathPayload sealed = B_TO_A.seal(content);
        assertThat(sealed.toFlood().encode()).isEqualTo(Vectors.V3_PATH_RETURN);

        PathContent opened = A_TO_B.open(sealed).orElseThrow();
        assertThat(opened.path()).isEqualTo(Path.ofOneByteHashes(0xAA, 0xBB));
        assertThat(opened.response().orElseThrow().tag()).isEqualTo(1700000105L);
        assertThat(opened.extra()).as("the last block's padding stays").isEqualTo(reply.encode().concat(Bytes.zeros(15)));
    }

    @Test
    void v3bReciprocalPathFromAToBGoesDirectViaAaBb() throws Exception {
        PathContent content = PathContent.withoutExtra(Path.ofOneByteHashes(0xBB, 0xAA), Bytes.fromHex("DEADBEEF"));
        PathPayload sealed = A_TO_B.seal(content);
        assertThat(sealed.toDirect(Path.ofOneByteHashes(0xAA, 0xBB)).encode()).isEqualTo(Vectors.V3B_RECIPROCAL_PATH);
        assertThat(B_TO_A.open(sealed).orElseThrow().path()).isEqualTo(Path.ofOneByteHashes(0xBB, 0xAA));
    }

    @Test
    void v4PostAndV5ItsAck() throws Exception {
        TextMessageContent post = TextMessageContent.plain(1700000200L, 0, "Hello room");
        TextMessagePayload sealed = A_TO_B.seal(post);
        assertThat(sealed.toFlood().encode()).isEqualTo(Vectors.V4_POST);
        assertThat(B_TO_A.open(sealed)).contains(post);

        AckHash ack = AckHash.forPlainText(post, A.publicKey());
        assertThat(ack.value()).isEqualTo(Vectors.V4_ACK_HASH);
        assertThat(AckPayload.of(ack).toFlood().encode()).isEqualTo(Vectors.V5_ACK);
    }

    @Test
    void v6PushFromBToAIsSignedPlainByCAndAckedWithAsKey() throws Exception {
        TextMessageContent push = TextMessageContent.signedPlain(1700000300L, 1, C.publicKey().prefix(4), "Hi from C");
        TextMessagePayload sealed = B_TO_A.seal(push);
        assertThat(sealed.toDirect(Path.ofOneByteHashes(0xBB, 0xAA)).encode()).isEqualTo(Vectors.V6_PUSH);
        assertThat(A_TO_B.open(sealed)).contains(push);
        assertThat(AckHash.forSignedPlainText(push, A.publicKey()).value()).isEqualTo(Vectors.V6_ACK_HASH);
    }

    @Test
    void v7PublicChannelTextFromAlice() throws Exception {
        GroupTextContent hi = GroupTextContent.of(1700000400L, "Alice", "hi");
        GroupTextPayload sealed = GroupTextPayload.seal(ChannelKey.PUBLIC, hi);
        assertThat(sealed.toFlood().encode()).isEqualTo(Vectors.V7_GRP_TXT);
        assertThat(sealed.channelHash()).isEqualTo(0x11);
        assertThat(sealed.open(ChannelKey.PUBLIC)).contains(hi);
        ChannelPlaintext<GroupTextContent> opened = sealed.open(List.of(ChannelKey.hashtag("test"), ChannelKey.PUBLIC)).orElseThrow();
        assertThat(opened.channel()).isEqualTo(ChannelKey.PUBLIC);
        assertThat(opened.content().sender()).contains("Alice");
        assertThat(opened.content().message()).isEqualTo("hi");
    }

    @Test
    void v8StatusRequestFromAToBIsZeroHop() throws Exception {
        RequestContent status = RequestContent.fixed(1700000500L, RequestType.GET_STATUS, Bytes.fromHex("11223344"));
        RequestPayload sealed = A_TO_B.seal(status);
        assertThat(sealed.toZeroHop().encode()).isEqualTo(Vectors.V8_GET_STATUS);
        RequestContent opened = B_TO_A.open(sealed).orElseThrow();
        assertThat(opened.requestType()).contains(RequestType.GET_STATUS);
        assertThat(opened.tag()).isEqualTo(1700000500L);
    }

    @Test
    void v9TestRegionScopesThePublicChannelTextWithCode0C19() {
        Packet flood = GroupTextPayload.seal(ChannelKey.PUBLIC, GroupTextContent.of(1700000400L, "Alice", "hi")).toFlood();
        RegionKey test = RegionKey.named("#test");
        Packet scoped = test.scope(flood);
        assertThat(scoped.transportCodes().orElseThrow().code1()).isEqualTo(0x0C19);
        assertThat(scoped.encode()).isEqualTo(Vectors.V9_TRANSPORT_FLOOD);
        assertThat(test.matches(scoped)).isTrue();
        assertThat(RegionKey.named("#other").matches(scoped)).isFalse();
        assertThat(test.matches(flood)).isFalse();
    }
}
