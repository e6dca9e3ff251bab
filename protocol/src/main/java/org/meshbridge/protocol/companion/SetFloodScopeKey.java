package org.meshbridge.protocol.companion;

import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SET_FLOOD_SCOPE_KEY} (v8+): mode 0 with a 16-byte key overrides the flood scope, mode 0 alone
 * clears the override, mode 1 forces un-scoped floods (v12+). Other modes get ERR_CODE_UNSUPPORTED_CMD.
 *
 * @param mode 0 (scope key / clear) or 1 (un-scoped)
 * @param key the transport key (mode 0 only)
 * @param trailing bytes the firmware ignores (fewer than 16 when mode 0 has no key)
 */
public record SetFloodScopeKey(int mode, Optional<Bytes> key, Bytes trailing) implements CompanionCommand {

    /** Mode byte that sets or clears the scope override. */
    public static final int MODE_SCOPE = 0;
    /** Mode byte that forces un-scoped floods. */
    public static final int MODE_UNSCOPED = 1;

    public SetFloodScopeKey {
        if (mode != MODE_SCOPE && mode != MODE_UNSCOPED) {
            throw new IllegalArgumentException("mode must be 0 or 1, was " + mode);
        }
        key.ifPresent(k -> Fields.exact(k, CompanionConstants.SCOPE_KEY_SIZE, "key"));
        Fields.any(trailing, "trailing");
        if (mode == MODE_UNSCOPED && key.isPresent()) {
            throw new IllegalArgumentException("mode 1 carries no key");
        }
        if (mode == MODE_SCOPE && key.isEmpty() && trailing.size() >= CompanionConstants.SCOPE_KEY_SIZE) {
            throw new IllegalArgumentException("16 trailing bytes would be read as the key");
        }
    }

    /** Overrides the flood scope with {@code key}. */
    public static SetFloodScopeKey scope(Bytes key) {
        return new SetFloodScopeKey(MODE_SCOPE, Optional.of(key), Bytes.EMPTY);
    }

    /** Clears the override ({@code 36 00}). */
    public static SetFloodScopeKey clear() {
        return new SetFloodScopeKey(MODE_SCOPE, Optional.empty(), Bytes.EMPTY);
    }

    /** Forces un-scoped floods ({@code 36 01}). */
    public static SetFloodScopeKey unscoped() {
        return new SetFloodScopeKey(MODE_UNSCOPED, Optional.empty(), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetFloodScopeKey read(ByteReader r) throws MalformedFrameException {
        int mode = r.u8("mode");
        if (mode != MODE_SCOPE && mode != MODE_UNSCOPED) {
            throw new MalformedFrameException(Reason.BAD_VALUE, "CMD_SET_FLOOD_SCOPE_KEY mode " + mode + " is not 0 or 1");
        }
        Optional<Bytes> key = mode == MODE_SCOPE && r.remaining() >= CompanionConstants.SCOPE_KEY_SIZE
                ? Optional.of(r.bytes(CompanionConstants.SCOPE_KEY_SIZE, "key")) : Optional.empty();
        return new SetFloodScopeKey(mode, key, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SET_FLOOD_SCOPE_KEY.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(mode);
        key.ifPresent(w::bytes);
        w.bytes(trailing);
    }
}
