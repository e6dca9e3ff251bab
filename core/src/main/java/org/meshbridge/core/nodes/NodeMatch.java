package org.meshbridge.core.nodes;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Which node a per-node setting is for: by id (the public key in hex, or a prefix of it, as
 * MeshCore tools print the first bytes) or by exact advertised name.
 */
public sealed interface NodeMatch {

    /** True when the node with this id and name is meant. */
    boolean matches(String nodeId, String name);

    /** Matches nodes whose id starts with {@code prefix} (hex, any case, at least 2 digits, even length). */
    static NodeMatch byId(String prefix) {
        return new ById(prefix);
    }

    /** Matches nodes advertising exactly this name. */
    static NodeMatch byName(String name) {
        return new ByName(name);
    }

    /**
     * @param prefix lowercase hex, 2..64 digits, even length
     */
    record ById(String prefix) implements NodeMatch {
        public ById {
            Objects.requireNonNull(prefix, "prefix");
            prefix = prefix.toLowerCase(Locale.ROOT);
            if (prefix.length() < 2 || prefix.length() > 64 || prefix.length() % 2 != 0) {
                throw new IllegalArgumentException("a node id (prefix) is 2 to 64 hex digits, an even number: " + prefix);
            }
            try {
                HexFormat.of().parseHex(prefix);
            } catch (IllegalArgumentException notHex) {
                throw new IllegalArgumentException("a node id (prefix) is hex digits: " + prefix);
            }
        }

        @Override
        public boolean matches(String nodeId, String name) {
            return nodeId.startsWith(prefix);
        }
    }

    /** @param name the exact advertised name, not empty */
    record ByName(String name) implements NodeMatch {
        public ByName {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a node name must not be empty");
            }
        }

        @Override
        public boolean matches(String nodeId, String name) {
            return this.name.equals(name);
        }
    }
}
