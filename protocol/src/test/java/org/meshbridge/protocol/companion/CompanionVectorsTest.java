package org.meshbridge.protocol.companion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

/** The companion vectors of spec section 12.2 ([3] and [12]), byte for byte, through both ends. */
class CompanionVectorsTest {

    @Test
    void deviceQueryV3IsFramedAsInTheSpec() throws Exception {
        Bytes wire = Bytes.fromHex("3C 02 00 16 03");
        assertThat(CompanionFrameWriter.frame(new DeviceQuery(3))).isEqualTo(wire);
        assertThat(decodeCommandStream(wire)).isEqualTo(new DeviceQuery(3));
    }

    @Test
    void appStartMccliIsFramedAsInTheSpec() throws Exception {
        Bytes wire = Bytes.fromHex("3C 0D 00 01 00000000000000 6D63636C69");
        AppStart start = (AppStart) decodeCommandStream(wire);
        assertThat(start.reserved()).isEqualTo(Bytes.zeros(7));
        assertThat(start.appNameUtf8()).isEqualTo("mccli");
        assertThat(CompanionFrameWriter.frame(start)).isEqualTo(wire);
    }

    @Test
    void sendRawPacketCarriesTheAckPacketAtPriorityZero() throws Exception {
        Bytes wire = Bytes.fromHex("3C 08 00 41 00 0D00712250F6");
        assertThat(decodeCommandStream(wire)).isEqualTo(new SendRawPacket(0, CompanionSamples.ACK_PACKET));
        assertThat(CompanionFrameWriter.frame(new SendRawPacket(0, CompanionSamples.ACK_PACKET))).isEqualTo(wire);
    }

    @Test
    void logRxDataPushCarriesSnrRssiAndTheRawPacket() throws Exception {
        Bytes wire = Bytes.fromHex("3E 09 00 88 2E C4 0D00712250F6");
        LogRxData push = (LogRxData) decodeReplyStream(wire);
        assertThat(push.snrQuarterDb()).isEqualTo(46); // 11.5 dB
        assertThat(push.rssiDbm()).isEqualTo(-60);
        assertThat(push.raw()).isEqualTo(CompanionSamples.ACK_PACKET);
        assertThat(CompanionFrameWriter.frame(push)).isEqualTo(wire);
    }

    @Test
    void loginSuccessFromANewServerHasFourteenBytes() throws Exception {
        Bytes frame = Bytes.fromHex("85 00 4852B6936457 69F15365 02 01");
        LoginSuccess push = (LoginSuccess) CompanionReply.decode(frame);
        assertThat(push.permissions()).isZero();
        assertThat(push.publicKeyPrefix()).isEqualTo(CompanionSamples.PREFIX_B);
        assertThat(push.serverTimestamp()).isEqualTo(OptionalLong.of(1700000105L));
        assertThat(push.aclPermissions()).isEqualTo(OptionalInt.of(2));
        assertThat(push.firmwareVerLevel()).isEqualTo(OptionalInt.of(1));
        assertThat(push.isLegacy()).isFalse();
        assertThat(push.encode()).isEqualTo(frame).extracting(Bytes::size).isEqualTo(14);
    }

    @Test
    void legacyLoginSuccessHasTheFlagAndPrefixOnly() throws Exception {
        Bytes frame = Bytes.fromHex("85 00 4852B6936457");
        assertThat(CompanionReply.decode(frame)).isEqualTo(LoginSuccess.legacy(CompanionSamples.PREFIX_B));
        assertThat(LoginSuccess.legacy(CompanionSamples.PREFIX_B).encode()).isEqualTo(frame);
    }

    @Test
    void sentCarriesTheExpectedAckOfPostFourInWireOrder() throws Exception {
        Bytes frame = Bytes.fromHex("06 01 712250F6 800C0000");
        Sent sent = (Sent) CompanionReply.decode(frame);
        assertThat(sent.expectedAck()).isEqualTo(Bytes.fromHex("712250F6"));
        assertThat(sent.estTimeoutMs()).isEqualTo(3200);
        assertThat(sent.flood()).isEqualTo(1);
        assertThat(new Sent(1, Bytes.fromHex("712250F6"), 3200).encode()).isEqualTo(frame);
    }

    private static CompanionCommand decodeCommandStream(Bytes wire) throws Exception {
        var frames = CompanionFrameDeframer.deviceEnd().feed(wire);
        assertThat(frames).hasSize(1);
        return CompanionCommand.decode(frames.get(0));
    }

    private static CompanionReply decodeReplyStream(Bytes wire) throws Exception {
        var frames = CompanionFrameDeframer.appEnd().feed(wire);
        assertThat(frames).hasSize(1);
        return CompanionReply.decode(frames.get(0));
    }
}
