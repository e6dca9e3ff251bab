package org.meshbridge.core.node;

import java.util.Objects;

/**
 * How a {@link MeshNode} behaves. {@link #DEFAULT} is a non-repeating node like a room server or
 * companion: forwarding off, 1-byte path hashes, firmware timings.
 *
 * @param forwarding repeating for others (off by default)
 * @param retries how sent text messages are retried
 * @param adverts when local endpoints advertise
 * @param pathHashSize the path hash size of floods this node starts (path hash mode + 1), 1..3; default 1
 * @param seenCapacity the packet hashes the duplicate table holds, at least 160 (the firmware's
 *     size); default {@value #DEFAULT_SEEN_CAPACITY}
 * @param contactCapacity the contacts kept from adverts; default {@value #DEFAULT_CONTACT_CAPACITY}
 * @param pathCapacity the learned out-paths kept; default {@value #DEFAULT_PATH_CAPACITY}
 * @param extraAcks multi-ACKs sent ahead of each direct ACK ({@code multi_acks}, default 0)
 */
public record NodeConfig(ForwardingConfig forwarding, RetryPolicy retries, AdvertSchedule adverts, int pathHashSize,
                         int seenCapacity, int contactCapacity, int pathCapacity, int extraAcks) {

    /** Default duplicate table size: about 80 bytes each, some 330 KB in all. */
    public static final int DEFAULT_SEEN_CAPACITY = 4096;
    /** Default contact book size. */
    public static final int DEFAULT_CONTACT_CAPACITY = 1000;
    /** Default learned-path table size. */
    public static final int DEFAULT_PATH_CAPACITY = 1000;

    public static final NodeConfig DEFAULT = new NodeConfig(ForwardingConfig.OFF, RetryPolicy.DEFAULT, AdvertSchedule.DEFAULT,
            1, DEFAULT_SEEN_CAPACITY, DEFAULT_CONTACT_CAPACITY, DEFAULT_PATH_CAPACITY, 0);

    public NodeConfig {
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(adverts, "adverts");
        if (pathHashSize < 1 || pathHashSize > 3) {
            throw new IllegalArgumentException("pathHashSize must be 1..3: " + pathHashSize);
        }
        if (seenCapacity < NodeConstants.FIRMWARE_MAX_PACKET_HASHES) {
            throw new IllegalArgumentException("seenCapacity must be at least 160: " + seenCapacity);
        }
        if (contactCapacity < 1 || pathCapacity < 1) {
            throw new IllegalArgumentException("contactCapacity and pathCapacity must be positive");
        }
        if (extraAcks < 0 || extraAcks > 15) {
            throw new IllegalArgumentException("extraAcks must be 0..15: " + extraAcks);
        }
    }

    public NodeConfig withForwarding(ForwardingConfig value) {
        return new NodeConfig(value, retries, adverts, pathHashSize, seenCapacity, contactCapacity, pathCapacity, extraAcks);
    }

    public NodeConfig withRetries(RetryPolicy value) {
        return new NodeConfig(forwarding, value, adverts, pathHashSize, seenCapacity, contactCapacity, pathCapacity, extraAcks);
    }

    public NodeConfig withAdverts(AdvertSchedule value) {
        return new NodeConfig(forwarding, retries, value, pathHashSize, seenCapacity, contactCapacity, pathCapacity, extraAcks);
    }

    public NodeConfig withPathHashSize(int value) {
        return new NodeConfig(forwarding, retries, adverts, value, seenCapacity, contactCapacity, pathCapacity, extraAcks);
    }

    public NodeConfig withCapacities(int seen, int contacts, int paths) {
        return new NodeConfig(forwarding, retries, adverts, pathHashSize, seen, contacts, paths, extraAcks);
    }

    public NodeConfig withExtraAcks(int value) {
        return new NodeConfig(forwarding, retries, adverts, pathHashSize, seenCapacity, contactCapacity, pathCapacity, value);
    }
}
