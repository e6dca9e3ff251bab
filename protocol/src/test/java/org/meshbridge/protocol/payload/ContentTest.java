package org.meshbridge.protocol.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.Vectors;

class ContentTest {

    private static Bytes padded(Bytes plaintext) {
        int blocks = (plaintext.size() + 15) / 16;
        return plaintext.concat(Bytes.zeros(blocks * 16 - plaintext.size()));
    }

    @Test
    void readsThePostOfVector4AndItsAckHash() throws Exception {
        TextMessageContent post = TextMessageContent.decode(padded(Vectors.V4_PLAINTEXT));
        assertThat(post.timestamp()).isEqualTo(1700000200L);
        assertThat(post.txtType()).contains(TextType.PLAIN);
        assertThat(post.attempt()).isZero();
        assertThat(post.textString()).isEqualTo("Hello room");
        assertThat(post.encode()).isEqualTo(Vectors.V4_PLAINTEXT);
        assertThat(TextMessageContent.plain(1700000200L, 0, "Hello room")).isEqualTo(post);
        assertThat(AckHash.forPlainText(post, Vectors.A_PUB_KEY).value()).isEqualTo(Bytes.fromHex("712250F6"));
    }

    @Test
    void readsTheSignedPushOfVector6AndItsAckHash() throws Exception {
        TextMessageContent push = TextMessageContent.decode(padded(Vectors.V6_PLAINTEXT));
        assertThat(push.timestamp()).isEqualTo(1700000300L);
        assertThat(push.txtType()).contains(TextType.SIGNED_PLAIN);
        assertThat(push.attempt()).isEqualTo(1);
        assertThat(push.authorPrefix()).contains(Vectors.C_PUB_KEY.prefix(4));
        assertThat(push.textString()).isEqualTo("Hi from C");
        assertThat(push.encode()).isEqualTo(Vectors.V6_PLAINTEXT);
        assertThat(AckHash.forSignedPlainText(push, Vectors.A_PUB_KEY).value()).isEqualTo(Bytes.fromHex("D7A84A56"));
        assertThatThrownBy(() -> AckHash.forPlainText(push, Vectors.A_PUB_KEY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAndReadsTheExtendedAttemptForm() throws Exception {
        TextMessageContent retry = TextMessageContent.plain(1700000200L, 6, "Hello room");
        Bytes encoded = retry.encode();
        assertThat(encoded).isEqualTo(Vectors.V4_PLAINTEXT.prefix(4).concat(Bytes.fromHex("02"))
                .concat(Bytes.utf8("Hello room")).concat(Bytes.fromHex("0006")));
        assertThat(TextMessageContent.decode(padded(encoded))).isEqualTo(retry);
        assertThat(retry.ackedBytes()).isEqualTo(encoded.prefix(15));
        assertThatThrownBy(() -> TextMessageContent.decode(Bytes.fromHex("00000000 01 41 00 06")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
        assertThatThrownBy(() -> TextMessageContent.decode(Bytes.fromHex("00000000 00 41 00 00 07")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRAILING_BYTES));
    }

    @Test
    void limitsTextsAsComposeMsgPacketDoes() {
        assertThat(TextMessageContent.plain(1, 0, "a".repeat(160)).encode().size()).isEqualTo(165);
        assertThatThrownBy(() -> TextMessageContent.plain(1, 0, "a".repeat(161))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextMessageContent.plain(1, 4, "a".repeat(159))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextMessageContent(1, 0, 0, Optional.empty(), Bytes.fromHex("4100")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheGetStatusRequestOfVector8() throws Exception {
        RequestContent req = RequestContent.decode(padded(Vectors.V8_PLAINTEXT));
        assertThat(req.tag()).isEqualTo(1700000500L);
        assertThat(req.requestType()).contains(RequestType.GET_STATUS);
        assertThat(req.body().size()).isEqualTo(12);
        assertThat(RequestContent.fixed(1700000500L, RequestType.GET_STATUS, Bytes.fromHex("11223344")).encode())
                .isEqualTo(Vectors.V8_PLAINTEXT);
        assertThat(req.encode()).isEqualTo(padded(Vectors.V8_PLAINTEXT));
    }

    @Test
    void computesTheKeepAliveAckOverTheFirstNineBytes() throws Exception {
        RequestContent keepAlive = RequestContent.keepAlive(0x01020304L, 0x0A0B0C0DL);
        assertThat(keepAlive.encode()).isEqualTo(Bytes.fromHex("04030201 02 0D0C0B0A"));
        assertThat(keepAlive.keepAliveSyncSince()).isEqualTo(OptionalLong.of(0x0A0B0C0DL));
        RequestContent paddedKeepAlive = RequestContent.decode(padded(keepAlive.encode()));
        assertThat(AckHash.forKeepAlive(paddedKeepAlive, Vectors.A_PUB_KEY))
                .isEqualTo(AckHash.compute(keepAlive.encode(), Vectors.A_PUB_KEY));
        assertThatThrownBy(() -> RequestContent.decode(Bytes.fromHex("01020304")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_SHORT));
    }

    @Test
    void readsTheLoginReplyPathOfVector3() throws Exception {
        PathContent path = PathContent.decode(padded(Vectors.V3_PLAINTEXT));
        assertThat(path.path()).isEqualTo(Path.ofOneByteHashes(0xAA, 0xBB));
        assertThat(path.extraType()).contains(PayloadType.RESPONSE);
        ResponseContent reply = path.response().orElseThrow();
        assertThat(reply.tag()).isEqualTo(1700000105L);
        assertThat(reply.body().prefix(9)).isEqualTo(Bytes.fromHex("00 00 00 02 01020304 01"));
        assertThat(path.ack()).isEmpty();
        assertThat(PathContent.withResponse(Path.ofOneByteHashes(0xAA, 0xBB), ResponseContent.decode(Vectors.V3_PLAINTEXT.slice(4, 17))).encode())
                .isEqualTo(Vectors.V3_PLAINTEXT);
    }

    @Test
    void readsTheReciprocalPathOfVector3b() throws Exception {
        PathContent path = PathContent.decode(padded(Vectors.V3B_PLAINTEXT));
        assertThat(path.path()).isEqualTo(Path.ofOneByteHashes(0xBB, 0xAA));
        assertThat(path.extraTypeByte()).isEqualTo(0xFF);
        assertThat(path.extraType()).contains(PayloadType.RAW_CUSTOM);
        assertThat(PathContent.withoutExtra(Path.ofOneByteHashes(0xBB, 0xAA), Bytes.fromHex("DEADBEEF")).encode())
                .isEqualTo(Vectors.V3B_PLAINTEXT);
        PathContent withAck = PathContent.withAck(Path.EMPTY, AckPayload.withAttempt(new AckHash(Vectors.V4_ACK_HASH), 0, 7));
        assertThat(withAck.ack()).contains(new AckHash(Vectors.V4_ACK_HASH));
        assertThatThrownBy(() -> PathContent.decode(Bytes.fromHex("C0 03")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RESERVED_BITS));
    }

    @Test
    void readsGroupTextsOfVectors7AndR2() throws Exception {
        GroupTextContent v7 = GroupTextContent.decode(padded(Vectors.V7_PLAINTEXT));
        assertThat(v7.timestamp()).isEqualTo(1700000400L);
        assertThat(v7.sender()).contains("Alice");
        assertThat(v7.message()).isEqualTo("hi");
        assertThat(GroupTextContent.of(1700000400L, "Alice", "hi").encode()).isEqualTo(Vectors.V7_PLAINTEXT);
        GroupTextContent r2 = GroupTextContent.decode(padded(Vectors.R2_PLAINTEXT));
        assertThat(r2.timestamp()).isEqualTo(1758484279L);
        assertThat(r2.sender()).contains("🌲 Tree");
        assertThat(r2.message()).isEqualTo("☁️");
        assertThatThrownBy(() -> GroupTextContent.decode(Bytes.fromHex("00000000 04 41")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
        assertThat(GroupTextContent.of(1, "Bob", "z".repeat(200)).text().size()).isEqualTo(160);
    }

    @Test
    void limitsGroupDataTo165Bytes() throws Exception {
        Bytes max = new ByteWriter().u16(0xFFFF).u8(165).zeros(165).toBytes();
        assertThat(GroupDataContent.decode(max).data().size()).isEqualTo(165);
        assertThatThrownBy(() -> GroupDataContent.decode(new ByteWriter().u16(0xFFFF).u8(166).zeros(166).toBytes()))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
        assertThatThrownBy(() -> GroupDataContent.decode(Bytes.fromHex("FFFF 05 0102")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRUNCATED));
        GroupDataContent small = GroupDataContent.decode(padded(Bytes.fromHex("3412 02 AABB")));
        assertThat(small).isEqualTo(new GroupDataContent(0x1234, Bytes.fromHex("AABB")));
        assertThat(small.encode()).isEqualTo(Bytes.fromHex("3412 02 AABB"));
    }

    @Test
    void readsTheRoomLoginOfVector2() throws Exception {
        RoomLogin login = AnonRequestContent.readRoomLogin(padded(Vectors.V2_PLAINTEXT));
        assertThat(login.timestamp()).isEqualTo(1700000100L);
        assertThat(login.syncSince()).isZero();
        assertThat(login.passwordString()).isEqualTo("hello");
        assertThat(RoomLogin.of(1700000100L, 0, "hello").encode()).isEqualTo(Vectors.V2_PLAINTEXT);
        assertThatThrownBy(() -> RoomLogin.of(1, 0, "p".repeat(16))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsRepeaterLoginsFromSubRequestsByByteFour() throws Exception {
        AnonRequestContent login = AnonRequestContent.readForRepeater(padded(Bytes.fromHex("64F15365 68656C6C6F")));
        assertThat(login).isEqualTo(RepeaterLogin.of(1700000100L, "hello"));
        AnonRequestContent blank = AnonRequestContent.readForRepeater(padded(Bytes.fromHex("64F15365")));
        assertThat(blank).isEqualTo(new RepeaterLogin(1700000100L, Bytes.EMPTY));
        AnonRequestContent sub = AnonRequestContent.readForRepeater(padded(Bytes.fromHex("64F15365 03 02 AABB")));
        assertThat(sub).isEqualTo(RepeaterSubRequest.of(1700000100L, AnonRequestType.BASIC, Path.ofOneByteHashes(0xAA, 0xBB)));
        assertThat(sub.encode()).isEqualTo(Bytes.fromHex("64F15365 03 02 AABB"));
        assertThatThrownBy(() -> AnonRequestContent.readForRepeater(Bytes.fromHex("64F15365 04 00")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CODE));
        assertThatThrownBy(() -> AnonRequestContent.readForRepeater(Bytes.fromHex("64F15365 01 C0")))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RESERVED_BITS));
    }

    @Test
    void plaintextLimitsMatchTheFirmwareArithmetic() {
        assertThat(PlaintextLimits.PEER_SEND_BYTES).isEqualTo(167);
        assertThat(PlaintextLimits.ANON_SEND_BYTES).isEqualTo(136);
        assertThat(PlaintextLimits.GROUP_SEND_BYTES).isEqualTo(168);
        assertThat(PlaintextLimits.PATH_SEND_BYTES).isEqualTo(163);
        assertThat(PlaintextLimits.PEER_DECRYPTED_BYTES).isEqualTo(176);
        assertThat(PlaintextLimits.ANON_DECRYPTED_BYTES).isEqualTo(144);
        assertThat(PlaintextLimits.GROUP_DECRYPTED_BYTES).isEqualTo(176);
        assertThat(PlaintextLimits.MAX_GROUP_DATA_BYTES).isEqualTo(165);
    }
}
