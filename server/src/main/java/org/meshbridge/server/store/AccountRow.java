package org.meshbridge.server.store;

import java.util.Objects;

/**
 * One row of the {@code account} table as the store keeps it; {@code org.meshbridge.server.accounts}
 * gives the columns their meaning.
 *
 * @param name         the login name (primary key)
 * @param role         the role's code
 * @param rooms        the per-room permissions, encoded
 * @param passwordHash the PHC string of the password hash
 * @param meshKey      the mesh identity's export ({@code prv ‖ pub}), lowercase hex
 * @param createdAtMs  when the account was added, epoch ms
 * @param updatedAtMs  when its password, role or rooms last changed, epoch ms
 */
public record AccountRow(String name, String role, String rooms, String passwordHash, String meshKey, long createdAtMs,
                         long updatedAtMs) {

    public AccountRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rooms, "rooms");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(meshKey, "meshKey");
    }

    /** Shows no secret. */
    @Override
    public String toString() {
        return "AccountRow[" + name + ", " + role + ", " + rooms + "]";
    }
}
