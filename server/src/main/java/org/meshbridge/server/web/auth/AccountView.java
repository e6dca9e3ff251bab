package org.meshbridge.server.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;
import org.meshbridge.server.accounts.Account;
import org.meshbridge.server.accounts.Principal;

/**
 * An account in API answers: no password hash, no private key. {@code rooms} maps a room (or
 * {@code *}, any other room) to {@code read} or {@code post}; an admin's is {@code {"*":"post"}}.
 */
@JsonPropertyOrder({"name", "role", "rooms", "mesh_public_key", "created", "expires"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(String name, String role, Map<String, String> rooms,
                          @JsonProperty("mesh_public_key") String meshPublicKey, String created, String expires) {

    static AccountView of(Account account) {
        Map<String, String> rooms = new TreeMap<>();
        account.rooms().byRoom().forEach((room, permission) -> rooms.put(room, permission.code()));
        return new AccountView(account.name(), account.role().code(), rooms, account.meshPublicKey().hex(),
                account.created().toString(), null);
    }

    static AccountView of(Principal who) {
        AccountView view = of(who.account());
        return new AccountView(view.name, view.role, view.rooms, view.meshPublicKey, view.created,
                who.expires().toString());
    }
}
