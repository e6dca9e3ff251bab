package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * A radio→app frame: a {@link CompanionResponse} (code below 0x80, the reply to a command), a
 * {@link CompanionPush} (0x80 and up, unsolicited), or an {@link UnknownReply} for a code the firmware does
 * not define (kept raw so that a newer radio does not break the app end).
 *
 * <p>Layouts are the firmware's ({@code examples/companion_radio/MyMesh.cpp} v1.17.1) and decoding is strict:
 * trailing bytes are refused except where older firmware sent a shorter form, which is remembered so that
 * the frame re-encodes to the same bytes.
 */
public sealed interface CompanionReply permits CompanionResponse, CompanionPush, UnknownReply {

    /** The response or push code (byte 0 of the frame). */
    int code();

    /** Writes the frame body after the code byte. */
    void write(ByteWriter w);

    /**
     * The exact frame bytes (code byte first).
     *
     * @throws IllegalArgumentException when the frame would exceed MAX_FRAME_SIZE (176)
     */
    default Bytes encode() {
        return FrameCodec.encode(code(), this::write);
    }

    /** Decodes one radio→app frame, dispatching on its first byte. */
    static CompanionReply decode(Bytes frame) throws MalformedFrameException {
        return ReplyDecoder.decode(frame);
    }
}
