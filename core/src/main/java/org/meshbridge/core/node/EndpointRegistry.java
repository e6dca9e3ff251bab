package org.meshbridge.core.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;

/** The local endpoints a node hosts, by public key. Confined to the scheduler thread. */
final class EndpointRegistry {

    private final Map<Bytes, LocalEndpoint> byKey = new LinkedHashMap<>();

    /** @throws IllegalArgumentException if an endpoint with that key is already registered */
    void add(LocalEndpoint endpoint) {
        Bytes key = endpoint.identity().publicKey();
        if (byKey.putIfAbsent(key, endpoint) != null) {
            throw new IllegalArgumentException("an endpoint with key " + key.hex() + " is already registered");
        }
    }

    Optional<LocalEndpoint> remove(Bytes publicKey) {
        return Optional.ofNullable(byKey.remove(publicKey));
    }

    boolean isLocal(Bytes publicKey) {
        return byKey.containsKey(publicKey);
    }

    /** Endpoints whose 1-byte hash is {@code hash}, in registration order. */
    List<LocalEndpoint> withHash(int hash) {
        List<LocalEndpoint> found = new ArrayList<>(1);
        for (LocalEndpoint e : byKey.values()) {
            if (e.identity().identity().hash() == hash) {
                found.add(e);
            }
        }
        return found;
    }

    List<LocalEndpoint> all() {
        return List.copyOf(byKey.values());
    }
}
