package org.meshbridge.protocol.companion;

/**
 * Builds the frame for a received message in the form a connection asked for with CMD_DEVICE_QUERY, as
 * {@code MyMesh::queueMessage} and {@code MyMesh::onChannelMessageRecv} do: {@code app_target_ver >= 3}
 * gives the _V3 codes 16/17 with SNR, anything lower the v1 codes 7/8 (meshcore.js announces 1 and parses
 * only 7/8). Like the firmware, the text is cut so the frame fits MAX_FRAME_SIZE; unlike the firmware, the cut
 * never splits a UTF-8 character.
 */
public final class MessageFrames {

    private MessageFrames() {
    }

    /** Whether a connection that announced {@code appTargetVer} gets the _V3 message frames. */
    public static boolean usesV3(int appTargetVer) {
        return appTargetVer >= CompanionConstants.V3_MESSAGES_MIN_APP_TARGET_VER;
    }

    /** RESP_CODE_CONTACT_MSG_RECV_V3 or RESP_CODE_CONTACT_MSG_RECV for {@code message}. */
    public static CompanionResponse contactMessage(int appTargetVer, int snrQuarterDb, ContactMessage message) {
        if (usesV3(appTargetVer)) {
            int room = CompanionConstants.MAX_FRAME_SIZE - 4 - message.headerBytes();
            return new ContactMsgRecvV3(snrQuarterDb, message.withTextCut(room));
        }
        return new ContactMsgRecv(message.withTextCut(CompanionConstants.MAX_FRAME_SIZE - 1 - message.headerBytes()));
    }

    /** RESP_CODE_CHANNEL_MSG_RECV_V3 or RESP_CODE_CHANNEL_MSG_RECV for {@code message}. */
    public static CompanionResponse channelMessage(int appTargetVer, int snrQuarterDb, ChannelMessage message) {
        if (usesV3(appTargetVer)) {
            int room = CompanionConstants.MAX_FRAME_SIZE - 4 - ChannelMessage.HEADER_BYTES;
            return new ChannelMsgRecvV3(snrQuarterDb, message.withTextCut(room));
        }
        return new ChannelMsgRecv(message.withTextCut(CompanionConstants.MAX_FRAME_SIZE - 1 - ChannelMessage.HEADER_BYTES));
    }
}
