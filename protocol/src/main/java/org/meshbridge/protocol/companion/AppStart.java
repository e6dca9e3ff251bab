package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_APP_START}: sent when an app connects; answered with {@link SelfInfo}. The firmware ignores bytes
 * 1-7 (meshcore.js puts its app version 1 in byte 1, meshcore-cli 3) and reads the app name to the end of the
 * frame; at least 8 bytes.
 *
 * @param reserved reserved
 * @param appName app_name
 */
public record AppStart(Bytes reserved, Bytes appName) implements CompanionCommand {

    public AppStart {
        Fields.exact(reserved, 7, "reserved");
        Fields.any(appName, "appName");
    }

    /** Reads the body after the code byte. */
    public static AppStart read(ByteReader r) throws MalformedFrameException {
        Bytes reserved = r.bytes(7, "reserved");
        Bytes appName = r.rest();
        return new AppStart(reserved, appName);
    }

    @Override
    public int code() {
        return CommandCode.APP_START.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(reserved);
        w.bytes(appName);
    }

    /** {@code appName} as text: UTF-8 up to the first NUL, as the firmware reads it. */
    public String appNameUtf8() {
        return Fields.cString(appName);
    }

    /** An AppStart with {@code appVersion} in the first reserved byte, as meshcore.js and meshcore-cli send it. */
    public static AppStart of(int appVersion, String appName) {
        Fields.u8(appVersion, "appVersion");
        return new AppStart(new ByteWriter(7).u8(appVersion).zeros(6).toBytes(),
                Fields.utf8(appName, CompanionConstants.MAX_FRAME_SIZE - 8));
    }
}
