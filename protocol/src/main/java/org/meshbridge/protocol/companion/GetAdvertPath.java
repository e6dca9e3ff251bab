package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_GET_ADVERT_PATH}: asks for the path of the last advert heard from a node (the firmware matches a
 * 7-byte prefix); at least 34 bytes. Bytes after the last field are ignored by the firmware and kept in {@code
 * trailing} so the frame re-encodes.
 *
 * @param reserved reserved
 * @param publicKey pub_key
 * @param trailing trailing
 */
public record GetAdvertPath(int reserved, Bytes publicKey, Bytes trailing) implements CompanionCommand {

    public GetAdvertPath {
        Fields.u8(reserved, "reserved");
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public GetAdvertPath(int reserved, Bytes publicKey) {
        this(reserved, publicKey, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static GetAdvertPath read(ByteReader r) throws MalformedFrameException {
        int reserved = r.u8("reserved");
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        Bytes trailing = r.rest();
        return new GetAdvertPath(reserved, publicKey, trailing);
    }

    @Override
    public int code() {
        return CommandCode.GET_ADVERT_PATH.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(reserved);
        w.bytes(publicKey);
        w.bytes(trailing);
    }
}
