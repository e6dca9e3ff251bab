package org.meshbridge.core.radio.sim;

import java.util.Objects;

/**
 * A room's answer to a {@link SimCompanion#login}, as the companion reads it
 * ({@code onContactResponse}, spec §7.3).
 *
 * @param room the room contact's name
 * @param success true for {@code RESP_SERVER_LOGIN_OK} (or a legacy "OK")
 * @param serverTime the reply's tag: the room's clock
 * @param adminFlag byte 6: 1 admin, 2 read-only guest, else 0
 * @param permissions byte 7: the ACL permissions
 * @param firmwareLevel byte 12: the room's {@code FIRMWARE_VER_LEVEL}
 */
public record LoginResult(String room, boolean success, long serverTime, int adminFlag, int permissions, int firmwareLevel) {

    public LoginResult {
        Objects.requireNonNull(room, "room");
    }
}
