package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * A default flood scope as CMD_SET_DEFAULT_FLOOD_SCOPE and RESP_CODE_DEFAULT_FLOOD_SCOPE carry it:
 * {@code default_scope_name} (31 bytes, NUL-padded) and {@code default_scope_key} (16 bytes).
 *
 * @param name the 31-byte name field
 * @param key the 16-byte transport key
 */
public record FloodScope(Bytes name, Bytes key) {

    /** Bytes on the wire. */
    static final int SIZE = CompanionConstants.SCOPE_NAME_SIZE + CompanionConstants.SCOPE_KEY_SIZE;

    public FloodScope {
        Fields.exact(name, CompanionConstants.SCOPE_NAME_SIZE, "name");
        Fields.exact(key, CompanionConstants.SCOPE_KEY_SIZE, "key");
    }

    /** A scope with a NUL-padded name (cut to 30 bytes). */
    public static FloodScope of(String name, Bytes key) {
        return new FloodScope(Fields.fixedText(name, CompanionConstants.SCOPE_NAME_SIZE), key);
    }

    static FloodScope read(ByteReader r) throws MalformedFrameException {
        Bytes name = r.bytes(CompanionConstants.SCOPE_NAME_SIZE, "scope_name");
        Bytes key = r.bytes(CompanionConstants.SCOPE_KEY_SIZE, "scope_key");
        return new FloodScope(name, key);
    }

    void write(ByteWriter w) {
        w.bytes(name).bytes(key);
    }

    /** The name as text: UTF-8 up to the first NUL. */
    public String nameUtf8() {
        return Fields.cString(name);
    }
}
