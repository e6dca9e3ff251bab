package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A login to a room server: {@code timestamp(4) | sync_since(4) | password}. An empty password
 * asks the room to look the sender up in its ACL. Senders cut the password to
 * {@value PlaintextLimits#MAX_PASSWORD_BYTES} bytes ({@code BaseChatMesh::sendLogin}).
 *
 * @param syncSince push posts newer than this (uint32)
 * @param password  the raw password bytes, no NUL
 */
public record RoomLogin(long timestamp, long syncSince, Bytes password) implements AnonRequestContent {

    public RoomLogin {
        Objects.requireNonNull(password, "password");
        PayloadFields.requireU32(timestamp, "timestamp");
        PayloadFields.requireU32(syncSince, "sync_since");
        PayloadFields.requireNoNul(password, "password");
        PayloadFields.requireAtMost(8 + password.size(), PlaintextLimits.ANON_DECRYPTED_BYTES, "room login");
    }

    /** A login as {@code sendLogin} builds it; the password must fit 15 bytes. */
    public static RoomLogin of(long timestamp, long syncSince, String password) {
        Bytes p = Bytes.utf8(password);
        PayloadFields.requireAtMost(p.size(), PlaintextLimits.MAX_PASSWORD_BYTES, "password");
        return new RoomLogin(timestamp, syncSince, p);
    }

    public String passwordString() {
        return password.utf8();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(timestamp).u32(syncSince).bytes(password);
    }
}
