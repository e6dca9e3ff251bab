package org.meshbridge.core.room;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;

/**
 * A room's access list (firmware {@code ClientACL}), written through to the {@link AclStore} so
 * every client, not only admins, survives a restart with its role, replay timestamp and cursor.
 * Bounded: admitting a new client to a full list evicts the least active non-admin
 * ({@code putClient}); admins are never evicted, so a list full of admins admits nobody.
 * Confined to the scheduler thread.
 */
final class RoomAcl {

    private final String room;
    private final AclStore store;
    private final int capacity;
    private final Consumer<RoomClient> evicted;
    private final Map<Bytes, RoomClient> clients = new LinkedHashMap<>();

    RoomAcl(String room, AclStore store, int capacity, Consumer<RoomClient> evicted) {
        this.room = room;
        this.store = store;
        this.capacity = capacity;
        this.evicted = evicted;
    }

    /** Loads the stored entries ({@code ClientACL::load}). */
    void load() {
        for (AclEntry e : store.load(room)) {
            clients.put(e.publicKey(), RoomClient.from(e));
        }
    }

    Optional<RoomClient> get(Bytes publicKey) {
        return Optional.ofNullable(clients.get(publicKey));
    }

    /** Clients whose key starts with {@code hash} ({@code searchPeersByHash}). */
    List<Identity> withHash(int hash) {
        List<Identity> found = new ArrayList<>(1);
        for (RoomClient c : clients.values()) {
            if (c.identity.hash() == hash) {
                found.add(c.identity);
            }
        }
        return found;
    }

    /**
     * The client with this key, added with {@code role} if new.
     *
     * @return empty when the list is full of admins
     */
    Optional<RoomClient> admit(Identity identity, RoomRole role) {
        RoomClient known = clients.get(identity.publicKey());
        if (known != null) {
            return Optional.of(known);
        }
        while (clients.size() >= capacity) {
            Optional<RoomClient> victim = clients.values().stream().filter(c -> c.role != RoomRole.ADMIN)
                    .min(Comparator.comparingLong(c -> c.lastActivity));
            if (victim.isEmpty()) {
                return Optional.empty();
            }
            remove(victim.get().identity.publicKey());
            evicted.accept(victim.get());
        }
        RoomClient c = new RoomClient(identity, role);
        clients.put(identity.publicKey(), c);
        return Optional.of(c);
    }

    /** Writes the client's stored fields. */
    void save(RoomClient client) {
        if (clients.get(client.identity.publicKey()) == client) {
            store.save(client.toEntry(room));
        }
    }

    /** Removes the first client whose key starts with {@code prefix} ({@code applyPermissions} with role 0). */
    Optional<RoomClient> removeByPrefix(Bytes prefix) {
        Optional<RoomClient> found = clients.values().stream().filter(c -> c.identity.publicKey().startsWith(prefix)).findFirst();
        found.ifPresent(c -> remove(c.identity.publicKey()));
        return found;
    }

    /** The clients in the order they joined (the push loop's round-robin order). */
    List<RoomClient> all() {
        return List.copyOf(clients.values());
    }

    int size() {
        return clients.size();
    }

    private void remove(Bytes key) {
        clients.remove(key);
        store.remove(room, key);
    }
}
