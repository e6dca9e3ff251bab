package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * The 147-byte contact record of {@code MyMesh::writeContactRespFrame} (after the code byte), carried by
 * {@link Contact}, {@link NewAdvert} and (in full or in part) {@link AddUpdateContact}.
 *
 * <p>{@code outPath} is all 64 bytes of {@code ContactInfo::out_path}, including bytes past the path;
 * {@code name} is the 32-byte NUL-padded field as sent.
 *
 * @param publicKey pub_key (32)
 * @param type adv type (1 chat, 2 repeater, 3 room, 4 sensor)
 * @param flags bit 0 favourite; higher bits telemetry permissions
 * @param outPathLen encoded out_path_len, 0xFF = unknown (flood)
 * @param outPath out_path (64)
 * @param name name (32, NUL-padded)
 * @param lastAdvertTimestamp last_advert_timestamp (the node's clock)
 * @param gpsLatitudeE6 gps_lat × 1e6
 * @param gpsLongitudeE6 gps_lon × 1e6
 * @param lastmod lastmod (the radio's clock)
 */
public record ContactRecord(Bytes publicKey, int type, int flags, int outPathLen, Bytes outPath, Bytes name,
        long lastAdvertTimestamp, int gpsLatitudeE6, int gpsLongitudeE6, long lastmod) {

    public ContactRecord {
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.u8(type, "type");
        Fields.u8(flags, "flags");
        Fields.u8(outPathLen, "outPathLen");
        Fields.exact(outPath, CompanionConstants.MAX_PATH_SIZE, "outPath");
        Fields.exact(name, CompanionConstants.NAME_SIZE, "name");
        Fields.u32(lastAdvertTimestamp, "lastAdvertTimestamp");
        Fields.u32(lastmod, "lastmod");
    }

    /** A record with the path zero-padded to 64 bytes and the name NUL-padded to 32 (cut to 31 bytes). */
    public static ContactRecord of(Bytes publicKey, int type, int flags, int outPathLen, Bytes path, String name,
            long lastAdvertTimestamp, int gpsLatitudeE6, int gpsLongitudeE6, long lastmod) {
        return new ContactRecord(publicKey, type, flags, outPathLen,
                Fields.padded(path, CompanionConstants.MAX_PATH_SIZE, "path"),
                Fields.fixedText(name, CompanionConstants.NAME_SIZE), lastAdvertTimestamp, gpsLatitudeE6,
                gpsLongitudeE6, lastmod);
    }

    /** Reads the 147-byte record. */
    public static ContactRecord read(ByteReader r) throws MalformedFrameException {
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        int type = r.u8("type");
        int flags = r.u8("flags");
        int outPathLen = r.u8("out_path_len");
        Bytes outPath = r.bytes(CompanionConstants.MAX_PATH_SIZE, "out_path");
        Bytes name = r.bytes(CompanionConstants.NAME_SIZE, "name");
        long lastAdvert = r.u32("last_advert_timestamp");
        int lat = r.i32("gps_lat");
        int lon = r.i32("gps_lon");
        long lastmod = r.u32("lastmod");
        return new ContactRecord(publicKey, type, flags, outPathLen, outPath, name, lastAdvert, lat, lon, lastmod);
    }

    /** Writes all 147 bytes. */
    public void write(ByteWriter w) {
        writeRequired(w);
        w.i32(gpsLatitudeE6).i32(gpsLongitudeE6).u32(lastmod);
    }

    /** Writes the 135 bytes up to last_advert_timestamp, which CMD_ADD_UPDATE_CONTACT must carry. */
    void writeRequired(ByteWriter w) {
        w.bytes(publicKey).u8(type).u8(flags).u8(outPathLen).bytes(outPath).bytes(name).u32(lastAdvertTimestamp);
    }

    /** The name as text: UTF-8 up to the first NUL. */
    public String nameUtf8() {
        return Fields.cString(name);
    }

    /** The path bytes that out_path_len announces; empty when it is 0xFF (unknown) or not a valid encoding. */
    public Bytes outPathHashes() {
        if (outPathLen == CompanionConstants.OUT_PATH_UNKNOWN || !Fields.isValidPathLen(outPathLen)) {
            return Bytes.EMPTY;
        }
        return outPath.prefix(Fields.pathByteLength(outPathLen));
    }
}
