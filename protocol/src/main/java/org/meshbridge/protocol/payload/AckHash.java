package org.meshbridge.protocol.payload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * The 4-byte ACK of spec §6.1: the first 4 bytes of SHA-256 over part of a plaintext followed by
 * a 32-byte public key. The same bytes travel in ACK payloads, in PATH extras of type ACK, in
 * MULTIPART ACKs and in the companion's {@code expected_ack}.
 */
public record AckHash(Bytes value) {

    /** The size of an ACK hash. */
    public static final int BYTES = PayloadConstants.ACK_HASH_SIZE;

    public AckHash {
        Objects.requireNonNull(value, "value");
        PayloadFields.requireSize(value, BYTES, "ACK hash");
    }

    public static AckHash read(ByteReader r) throws MalformedFrameException {
        return new AckHash(r.bytes(BYTES, "ack"));
    }

    public void write(ByteWriter w) {
        w.bytes(value);
    }

    /**
     * TXT_TYPE_PLAIN (and the room server's plain posts): {@code P[0 .. 5+textlen) ‖ sender pub key},
     * where the key is the original sender's ({@code BaseChatMesh::composeMsgPacket}, {@code onPeerDataRecv}).
     */
    public static AckHash forPlainText(TextMessageContent message, Bytes senderPublicKey) {
        requireType(message, TextType.PLAIN);
        return compute(message.ackedBytes(), senderPublicKey);
    }

    /**
     * TXT_TYPE_SIGNED_PLAIN (room pushes): {@code P[0 .. 9+textlen) ‖ recipient pub key}
     * (room {@code pushPostToClient}, client {@code onPeerDataRecv}).
     */
    public static AckHash forSignedPlainText(TextMessageContent message, Bytes recipientPublicKey) {
        requireType(message, TextType.SIGNED_PLAIN);
        return compute(message.ackedBytes(), recipientPublicKey);
    }

    /**
     * A KEEP_ALIVE request to a room: {@code P[0..9) ‖ client pub key}, that is tag, 0x02 and
     * sync_since ({@code BaseChatMesh::checkConnections}, room {@code onPeerDataRecv}).
     *
     * @throws IllegalArgumentException unless the request is a KEEP_ALIVE of at least 9 bytes
     */
    public static AckHash forKeepAlive(RequestContent request, Bytes clientPublicKey) {
        if (request.requestType().orElse(null) != RequestType.KEEP_ALIVE || request.body().size() < 5) {
            throw new IllegalArgumentException("not a KEEP_ALIVE request: " + request);
        }
        return compute(request.encode().prefix(9), clientPublicKey);
    }

    /** SHA-256({@code hashed} ‖ {@code publicKey}) cut to 4 bytes, in hash output order. */
    public static AckHash compute(Bytes hashed, Bytes publicKey) {
        PayloadFields.requireSize(publicKey, PayloadConstants.PUB_KEY_SIZE, "public key");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(hashed.toArray());
            sha.update(publicKey.toArray());
            return new AckHash(Bytes.of(sha.digest()).prefix(BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void requireType(TextMessageContent message, TextType type) {
        if (message.txtTypeCode() != type.code()) {
            throw new IllegalArgumentException("expected a " + type + " message, got txt_type " + message.txtTypeCode());
        }
    }

    @Override
    public String toString() {
        return "AckHash[" + value.hex() + "]";
    }
}
