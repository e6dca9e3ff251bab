package org.meshbridge.protocol.companion;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_LOGIN_SUCCESS}: a server accepted CMD_SEND_LOGIN. New servers (RESP_SERVER_LOGIN_OK) give
 * 14 bytes: permissions (response byte 6, e.g. is_admin), pk6, server timestamp (the response tag), ACL
 * permissions (byte 7) and FIRMWARE_VER_LEVEL (byte 12). A legacy repeater's "OK" gives flag 0 and pk6 only.
 * meshcore.js reads the first two fields only.
 *
 * @param permissions byte 1 (0 for the legacy form)
 * @param publicKeyPrefix the server's first 6 key bytes
 * @param serverTimestamp server time (new form only)
 * @param aclPermissions ACL permissions (new form only)
 * @param firmwareVerLevel the server's FIRMWARE_VER_LEVEL (new form only)
 */
public record LoginSuccess(int permissions, Bytes publicKeyPrefix, OptionalLong serverTimestamp,
        OptionalInt aclPermissions, OptionalInt firmwareVerLevel) implements CompanionPush {

    public LoginSuccess {
        Fields.u8(permissions, "permissions");
        Fields.exact(publicKeyPrefix, CompanionConstants.PUB_KEY_PREFIX_SIZE, "publicKeyPrefix");
        Fields.u32(serverTimestamp, "serverTimestamp");
        Fields.u8(aclPermissions, "aclPermissions");
        Fields.u8(firmwareVerLevel, "firmwareVerLevel");
        boolean extended = serverTimestamp.isPresent();
        if (aclPermissions.isPresent() != extended || firmwareVerLevel.isPresent() != extended) {
            throw new IllegalArgumentException("server timestamp, ACL permissions and level come together");
        }
    }

    /** The 14-byte form sent for a new server's login reply. */
    public LoginSuccess(int permissions, Bytes publicKeyPrefix, long serverTimestamp, int aclPermissions,
            int firmwareVerLevel) {
        this(permissions, publicKeyPrefix, OptionalLong.of(serverTimestamp), OptionalInt.of(aclPermissions),
                OptionalInt.of(firmwareVerLevel));
    }

    /** The 8-byte form sent for a legacy repeater's "OK" reply. */
    public static LoginSuccess legacy(Bytes publicKeyPrefix) {
        return new LoginSuccess(0, publicKeyPrefix, OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    /** Whether this is the legacy 8-byte form. */
    public boolean isLegacy() {
        return serverTimestamp.isEmpty();
    }

    /** Reads the body after the code byte. */
    public static LoginSuccess read(ByteReader r) throws MalformedFrameException {
        int permissions = r.u8("permissions");
        Bytes prefix = r.bytes(CompanionConstants.PUB_KEY_PREFIX_SIZE, "pub_key_prefix");
        if (!r.hasRemaining()) {
            return new LoginSuccess(permissions, prefix, OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty());
        }
        long ts = r.u32("server_timestamp");
        int acl = r.u8("acl_permissions");
        int level = r.u8("firmware_ver_level");
        return new LoginSuccess(permissions, prefix, ts, acl, level);
    }

    @Override
    public int code() {
        return PushCode.LOGIN_SUCCESS.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(permissions).bytes(publicKeyPrefix);
        serverTimestamp.ifPresent(w::u32);
        aclPermissions.ifPresent(w::u8);
        firmwareVerLevel.ifPresent(w::u8);
    }
}
