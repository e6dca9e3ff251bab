package org.meshbridge.protocol.companion;

import java.util.OptionalInt;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_AUTOADD_CONFIG}: the auto-add bitmask (0x01 overwrite oldest, 0x02 chat, 0x04 repeater,
 * 0x08 room, 0x10 sensor) and, when present, the hop limit (the firmware caps it at 64). The firmware does not
 * check the length; we require the byte it always reads.
 *
 * @param config autoadd_config
 * @param maxHops optional autoadd_max_hops
 * @param trailing bytes the firmware ignores (only after maxHops)
 */
public record SetAutoaddConfig(int config, OptionalInt maxHops, Bytes trailing) implements CompanionCommand {

    public SetAutoaddConfig {
        Fields.u8(config, "config");
        Fields.u8(maxHops, "maxHops");
        Fields.any(trailing, "trailing");
        if (maxHops.isEmpty() && !trailing.isEmpty()) {
            throw new IllegalArgumentException("trailing bytes would be read as max_hops");
        }
    }

    /** Config and hop limit. */
    public SetAutoaddConfig(int config, int maxHops) {
        this(config, OptionalInt.of(maxHops), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetAutoaddConfig read(ByteReader r) throws MalformedFrameException {
        int config = r.u8("autoadd_config");
        OptionalInt hops = r.hasRemaining() ? OptionalInt.of(r.u8("autoadd_max_hops")) : OptionalInt.empty();
        return new SetAutoaddConfig(config, hops, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SET_AUTOADD_CONFIG.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(config);
        maxHops.ifPresent(w::u8);
        w.bytes(trailing);
    }
}
