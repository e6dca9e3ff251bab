package org.meshbridge.protocol.payload;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.packet.Path;

/**
 * The plaintext of an ANON_REQ. Its layout depends on the receiver, so there are two readers: a
 * room server reads {@link RoomLogin}; a repeater or sensor reads {@link RepeaterLogin} or, when
 * byte 4 is 0x01..0x03, a {@link RepeaterSubRequest}.
 */
public sealed interface AnonRequestContent permits RoomLogin, RepeaterLogin, RepeaterSubRequest {

    /** The sender's clock (uint32), echoed as the tag of the reply. */
    long timestamp();

    void write(ByteWriter w);

    default Bytes encode() {
        ByteWriter w = new ByteWriter(32);
        write(w);
        return w.toBytes();
    }

    /** Reads the plaintext as a room server does ({@code simple_room_server onAnonDataRecv}). */
    static RoomLogin readRoomLogin(Bytes plaintext) throws MalformedFrameException {
        PayloadFields.checkInputSize(plaintext, PlaintextLimits.ANON_DECRYPTED_BYTES, "anon request plaintext");
        ByteReader r = plaintext.reader();
        long timestamp = r.u32("timestamp");
        long since = r.u32("sync_since");
        return new RoomLogin(timestamp, since, password(r));
    }

    /**
     * Reads the plaintext as a repeater does ({@code simple_repeater onAnonDataRecv}): byte 4 of 0
     * or at least 0x20 starts a password; 0x01..0x03 is a sub-request; anything else is refused.
     */
    static AnonRequestContent readForRepeater(Bytes plaintext) throws MalformedFrameException {
        PayloadFields.checkInputSize(plaintext, PlaintextLimits.ANON_DECRYPTED_BYTES, "anon request plaintext");
        ByteReader r = plaintext.reader();
        long timestamp = r.u32("timestamp");
        int first = r.hasRemaining() ? r.peekU8("request type") : 0;
        if (first == 0 || first >= PayloadConstants.FIRST_PASSWORD_CHAR) {
            return new RepeaterLogin(timestamp, password(r));
        }
        if (AnonRequestType.fromCode(first).isEmpty()) {
            throw new MalformedFrameException(Reason.UNKNOWN_CODE, "anon request type 0x" + Integer.toHexString(first));
        }
        r.u8("request type");
        Path reply = Path.read(r);
        PayloadFields.zeroPadding(r, "anon sub-request");
        return new RepeaterSubRequest(timestamp, first, reply);
    }

    private static Bytes password(ByteReader r) throws MalformedFrameException {
        Bytes password = PayloadFields.cString(r, "password", new boolean[1]);
        PayloadFields.zeroPadding(r, "login");
        return password;
    }
}
