package org.meshbridge.core.room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbridge.protocol.bytes.Bytes;

/** An {@link AclStore} in memory, for tests and for running without a database. Thread-safe. */
public final class InMemoryAclStore implements AclStore {

    private final Map<String, Map<Bytes, AclEntry>> rooms = new LinkedHashMap<>();

    @Override
    public synchronized List<AclEntry> load(String room) {
        return new ArrayList<>(rooms.getOrDefault(room, Map.of()).values());
    }

    @Override
    public synchronized void save(AclEntry entry) {
        rooms.computeIfAbsent(entry.room(), r -> new LinkedHashMap<>()).put(entry.publicKey(), entry);
    }

    @Override
    public synchronized void remove(String room, Bytes publicKey) {
        Map<Bytes, AclEntry> entries = rooms.get(room);
        if (entries != null) {
            entries.remove(publicKey);
        }
    }
}
