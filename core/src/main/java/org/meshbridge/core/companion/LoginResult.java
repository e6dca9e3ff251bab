package org.meshbridge.core.companion;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The answer to a login to a room or repeater ({@code PUSH_CODE_LOGIN_SUCCESS} / {@code _FAIL}).
 *
 * @param server the server's public key
 * @param success whether it let us in
 * @param admin whether as admin
 * @param aclPermissions the role code the server gave (0 when refused)
 * @param serverTimestamp the server's clock in its reply (0 when refused)
 */
public record LoginResult(Bytes server, boolean success, boolean admin, int aclPermissions, long serverTimestamp) {

    public LoginResult {
        Objects.requireNonNull(server, "server");
    }

    static LoginResult refused(Bytes server) {
        return new LoginResult(server, false, false, 0, 0);
    }
}
