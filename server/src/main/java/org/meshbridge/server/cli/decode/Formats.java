package org.meshbridge.server.cli.decode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meshbridge.protocol.bytes.Bytes;

/** How decode prints numbers, codes and times. */
final class Formats {

    private Formats() {
    }

    /** A byte as {@code 0x1f}. */
    static String hex8(int value) {
        return String.format("0x%02x", value);
    }

    /** A uint16 as {@code 0x1afa}. */
    static String hex16(int value) {
        return String.format("0x%04x", value);
    }

    /** A uint32 as {@code 0xbd894da2}. */
    static String hex32(long value) {
        return String.format("0x%08x", value);
    }

    /** A byte as two hex digits without prefix, as node and channel hashes are written. */
    static String byteHex(int value) {
        return String.format("%02x", value);
    }

    /** Whole numbers without a fraction ({@code 12}), others as Java prints them ({@code -9.25}). */
    static String decimal(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** Seconds since 1970 as ISO-8601 UTC, {@code 2025-09-21T11:54:20Z}. */
    static String utc(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }

    /** A timestamp as its number and its UTC time. */
    static String timestamp(long epochSeconds) {
        return epochSeconds + " (" + utc(epochSeconds) + ")";
    }

    /** Byte counts in text: {@code 1 byte}, {@code 16 bytes}. */
    static String bytes(int count) {
        return count == 1 ? "1 byte" : count + " bytes";
    }

    /** Cuts {@code data} into hex strings of {@code size} bytes each. */
    static List<String> chunksHex(Bytes data, int size) {
        List<String> out = new ArrayList<>(data.size() / size);
        for (int from = 0; from + size <= data.size(); from += size) {
            out.add(data.slice(from, from + size).hex());
        }
        return out;
    }

    /** Hex of {@code data}, or {@code (none)} when empty. */
    static String hexOrNone(Bytes data) {
        return data.isEmpty() ? "(none)" : data.hex();
    }
}
