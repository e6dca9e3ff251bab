package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Wraps a frame for USB/UART serial and WiFi TCP: {@code marker | len (u16 LE) | frame}, as
 * {@code ArduinoSerialInterface::writeFrame} and {@code SerialWifiInterface} do. Over BLE a frame travels
 * without a header, one frame per write or notification.
 */
public final class CompanionFrameWriter {

    private CompanionFrameWriter() {
    }

    /**
     * The header followed by {@code frame}.
     *
     * @throws IllegalArgumentException for an empty frame or one over MAX_FRAME_SIZE (176), which the firmware
     *     neither sends nor accepts
     */
    public static Bytes frame(FrameDirection direction, Bytes frame) {
        if (frame.isEmpty() || frame.size() > CompanionConstants.MAX_FRAME_SIZE) {
            throw new IllegalArgumentException("a companion frame has 1.." + CompanionConstants.MAX_FRAME_SIZE
                    + " bytes, not " + frame.size());
        }
        return new ByteWriter(CompanionConstants.HEADER_BYTES + frame.size())
                .u8(direction.marker()).u16(frame.size()).bytes(frame).toBytes();
    }

    /** A command with its app→radio header. */
    public static Bytes frame(CompanionCommand command) {
        return frame(FrameDirection.APP_TO_RADIO, command.encode());
    }

    /** A response or push with its radio→app header. */
    public static Bytes frame(CompanionReply reply) {
        return frame(FrameDirection.RADIO_TO_APP, reply.encode());
    }
}
