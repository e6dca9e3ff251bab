package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_DEVICE_QUERY}: announces the app's protocol version ({@code app_target_ver}; 3 or more selects
 * the _V3 message frames) and asks for {@link DeviceInfo}; at least 2 bytes. Bytes after the last field are
 * ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param appTargetVer app_target_ver
 * @param trailing trailing
 */
public record DeviceQuery(int appTargetVer, Bytes trailing) implements CompanionCommand {

    public DeviceQuery {
        Fields.u8(appTargetVer, "appTargetVer");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public DeviceQuery(int appTargetVer) {
        this(appTargetVer, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static DeviceQuery read(ByteReader r) throws MalformedFrameException {
        int appTargetVer = r.u8("app_target_ver");
        Bytes trailing = r.rest();
        return new DeviceQuery(appTargetVer, trailing);
    }

    @Override
    public int code() {
        return CommandCode.DEVICE_QUERY.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(appTargetVer);
        w.bytes(trailing);
    }
}
