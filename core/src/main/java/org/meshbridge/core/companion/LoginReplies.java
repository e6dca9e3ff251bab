package org.meshbridge.core.companion;

import org.meshbridge.protocol.bytes.Bytes;

/**
 * Reads a server's answer to a login the way the companion firmware does
 * ({@code MyMesh::onContactResponse}): {@code tag(4) | "OK"} from a legacy repeater, or
 * {@code tag(4) | RESP_SERVER_LOGIN_OK(0) | keep_alive | is_admin | permissions | random(4) | fw_level};
 * anything else is a refusal.
 */
final class LoginReplies {

    private static final int RESP_SERVER_LOGIN_OK = 0;

    private LoginReplies() {
    }

    static LoginResult parse(Bytes server, Bytes plain) {
        if (plain.size() >= 6 && plain.get(4) == 'O' && plain.get(5) == 'K') {
            return new LoginResult(server, true, false, 0, 0);
        }
        if (plain.size() >= 8 && plain.get(4) == RESP_SERVER_LOGIN_OK) {
            return new LoginResult(server, true, plain.get(6) != 0, plain.get(7), RemoteRequests.tagOf(plain));
        }
        return LoginResult.refused(server);
    }
}
