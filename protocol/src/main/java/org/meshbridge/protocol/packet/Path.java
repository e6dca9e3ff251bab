package org.meshbridge.protocol.packet;

import static org.meshbridge.protocol.packet.PacketConstants.MAX_PATH_HASH_SIZE;
import static org.meshbridge.protocol.packet.PacketConstants.MAX_PATH_SIZE;
import static org.meshbridge.protocol.packet.PacketConstants.PATH_COUNT_MASK;
import static org.meshbridge.protocol.packet.PacketConstants.PATH_MODE_RESERVED;
import static org.meshbridge.protocol.packet.PacketConstants.PATH_MODE_SHIFT;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * A packet path: {@code hopCount} hop hashes of {@code hashSize} bytes each (1, 2 or 3), encoded
 * behind the {@code path_len} byte {@code ((hashSize - 1) << 6) | hopCount} (firmware v1.14+).
 * At most 63 hops and at most {@value PacketConstants#MAX_PATH_SIZE} bytes.
 *
 * <p>A zero-hop path still carries its hash size: {@code 0x00} and {@code 0x40} are different
 * paths on the wire. On TRACE packets the "hashes" are one SNR byte per hop.
 *
 * @param hashSize bytes per hop hash, 1..3
 * @param hashes   the hop hashes back to back, in wire order
 */
public record Path(int hashSize, Bytes hashes) {

    /** Zero hops with 1-byte hashes: {@code path_len} 0x00. */
    public static final Path EMPTY = new Path(1, Bytes.EMPTY);

    /** The most hops the 6-bit count can express. */
    public static final int MAX_HOPS = PATH_COUNT_MASK;

    public Path {
        Objects.requireNonNull(hashes, "hashes");
        if (hashSize < 1 || hashSize > MAX_PATH_HASH_SIZE) {
            throw new IllegalArgumentException("path hash size must be 1..3, not " + hashSize);
        }
        if (hashes.size() % hashSize != 0) {
            throw new IllegalArgumentException(hashes.size() + " path bytes are not a multiple of hash size " + hashSize);
        }
        if (hashes.size() > MAX_PATH_SIZE || hashes.size() / hashSize > MAX_HOPS) {
            throw new IllegalArgumentException("path of " + hashes.size() + " bytes exceeds 64 bytes or 63 hops");
        }
    }

    /** A path of 1-byte hashes (path hash mode 0, the firmware default). */
    public static Path ofOneByteHashes(Bytes hashes) {
        return new Path(1, hashes);
    }

    /** A path of 1-byte hashes given as values 0..255. */
    public static Path ofOneByteHashes(int... hashes) {
        byte[] b = new byte[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] < 0 || hashes[i] > 0xFF) {
                throw new IllegalArgumentException("hop hash must be a byte: " + hashes[i]);
            }
            b[i] = (byte) hashes[i];
        }
        return new Path(1, Bytes.of(b));
    }

    /** Zero hops with the given hash size (what {@code sendFlood} starts with). */
    public static Path empty(int hashSize) {
        return new Path(hashSize, Bytes.EMPTY);
    }

    /**
     * Reads a {@code path_len} byte and its hashes, applying the Dispatcher's rules: mode 3 is
     * reserved, more than 64 path bytes is too long, and the hashes must be present.
     */
    public static Path read(ByteReader r) throws MalformedFrameException {
        int pathLen = r.u8("path_len");
        int mode = pathLen >>> PATH_MODE_SHIFT;
        if (mode == PATH_MODE_RESERVED) {
            throw new MalformedFrameException(Reason.RESERVED_BITS,
                    "path_len 0x" + Integer.toHexString(pathLen) + " uses reserved hash-size mode 3");
        }
        int hashSize = mode + 1;
        int byteLength = (pathLen & PATH_COUNT_MASK) * hashSize;
        if (byteLength > MAX_PATH_SIZE) {
            throw new MalformedFrameException(Reason.TOO_LONG,
                    "path of " + byteLength + " bytes exceeds " + MAX_PATH_SIZE);
        }
        return new Path(hashSize, r.bytes(byteLength, "path"));
    }

    /** Writes the {@code path_len} byte and the hashes. */
    public void write(ByteWriter w) {
        w.u8(pathLenByte()).bytes(hashes);
    }

    /** The encoded {@code path_len} byte. */
    public int pathLenByte() {
        return (hashSize - 1) << PATH_MODE_SHIFT | hopCount();
    }

    public int hopCount() {
        return hashes.size() / hashSize;
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    /** The number of path bytes ({@code Packet::getPathByteLen}). */
    public int byteLength() {
        return hashes.size();
    }

    /** The hash of hop {@code index} (0 = the first hop). */
    public Bytes hop(int index) {
        Objects.checkIndex(index, hopCount());
        return hashes.slice(index * hashSize, (index + 1) * hashSize);
    }

    /** True when one more hop fits, as {@code Mesh::routeRecvPacket} checks before appending. */
    public boolean canAppendHop() {
        return (hopCount() + 1) * hashSize <= MAX_PATH_SIZE && hopCount() < MAX_HOPS;
    }

    /**
     * This path with {@code hash} appended (a flood repeater adds its own hash).
     *
     * @throws IllegalArgumentException if the hash has the wrong size
     * @throws IllegalStateException if the path is full ({@link #canAppendHop()} is false)
     */
    public Path withHopAppended(Bytes hash) {
        if (hash.size() != hashSize) {
            throw new IllegalArgumentException("hop hash of " + hash.size() + " bytes on a path of " + hashSize + "-byte hashes");
        }
        if (!canAppendHop()) {
            throw new IllegalStateException("path is full: " + hopCount() + " hops of " + hashSize + " bytes");
        }
        return new Path(hashSize, hashes.concat(hash));
    }

    /**
     * This path without its first hop (a direct repeater removes itself, {@code Mesh::removeSelfFromPath}).
     *
     * @throws IllegalStateException on an empty path
     */
    public Path withFirstHopRemoved() {
        if (isEmpty()) {
            throw new IllegalStateException("no hop to remove from an empty path");
        }
        return new Path(hashSize, hashes.slice(hashSize, hashes.size()));
    }

    @Override
    public String toString() {
        return "Path[" + hopCount() + "x" + hashSize + ": " + hashes.hex() + "]";
    }
}
