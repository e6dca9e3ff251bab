package org.meshbridge.protocol.companion;

import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_EXPORT_CONTACT}: asks for a contact's advert packet, or the node's own when the frame is
 * shorter than 33 bytes; answered with {@link ExportContactResponse}.
 *
 * @param publicKey the contact, or empty for self
 * @param trailing bytes the firmware ignores (fewer than 32 when publicKey is absent)
 */
public record ExportContact(Optional<Bytes> publicKey, Bytes trailing) implements CompanionCommand {

    public ExportContact {
        publicKey.ifPresent(k -> Fields.exact(k, CompanionConstants.PUB_KEY_SIZE, "publicKey"));
        Fields.any(trailing, "trailing");
        if (publicKey.isEmpty() && trailing.size() >= CompanionConstants.PUB_KEY_SIZE) {
            throw new IllegalArgumentException("32 trailing bytes would be read as pub_key");
        }
    }

    /** Export the node itself ({@code 11}). */
    public static ExportContact self() {
        return new ExportContact(Optional.empty(), Bytes.EMPTY);
    }

    /** Export a contact. */
    public static ExportContact of(Bytes publicKey) {
        return new ExportContact(Optional.of(publicKey), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static ExportContact read(ByteReader r) throws MalformedFrameException {
        Optional<Bytes> key = r.remaining() >= CompanionConstants.PUB_KEY_SIZE
                ? Optional.of(r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key")) : Optional.empty();
        return new ExportContact(key, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.EXPORT_CONTACT.code();
    }

    @Override
    public void write(ByteWriter w) {
        publicKey.ifPresent(w::bytes);
        w.bytes(trailing);
    }
}
