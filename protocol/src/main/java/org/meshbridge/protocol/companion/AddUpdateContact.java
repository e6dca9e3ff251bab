package org.meshbridge.protocol.companion;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_ADD_UPDATE_CONTACT}: adds or updates a contact from a contact record. The firmware
 * ({@code MyMesh::updateContactFromFrame}) reads the fields up to last_advert_timestamp unconditionally, so a
 * frame needs at least 136 bytes; gps_lat/gps_lon follow only when 8 more bytes are there, lastmod only when
 * 4 more follow them (otherwise the radio uses its clock). meshcore.js sends 144 bytes (no lastmod).
 *
 * @param contact the record; fields that were absent are zero
 * @param withLocation whether gps_lat and gps_lon were sent
 * @param withLastmod whether lastmod was sent
 * @param trailing bytes after the last field, ignored by the firmware
 */
public record AddUpdateContact(ContactRecord contact, boolean withLocation, boolean withLastmod, Bytes trailing)
        implements CompanionCommand {

    private static final int LOCATION_BYTES = 8;
    private static final int LASTMOD_BYTES = 4;

    public AddUpdateContact {
        Objects.requireNonNull(contact, "contact");
        Fields.any(trailing, "trailing");
        if (withLastmod && !withLocation) {
            throw new IllegalArgumentException("lastmod can only follow gps_lat/gps_lon");
        }
        if (!withLocation && (contact.gpsLatitudeE6() != 0 || contact.gpsLongitudeE6() != 0)) {
            throw new IllegalArgumentException("a location that is not sent must be zero");
        }
        if (!withLastmod && contact.lastmod() != 0) {
            throw new IllegalArgumentException("a lastmod that is not sent must be zero");
        }
        int room = !withLocation ? LOCATION_BYTES : !withLastmod ? LASTMOD_BYTES : Integer.MAX_VALUE;
        if (trailing.size() >= room) {
            throw new IllegalArgumentException("trailing bytes would be read as the next optional field");
        }
    }

    /** The full 148-byte form. */
    public AddUpdateContact(ContactRecord contact) {
        this(contact, true, true, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static AddUpdateContact read(ByteReader r) throws MalformedFrameException {
        Fields.requireMinFrame(r, 1 + CompanionConstants.CONTACT_RECORD_REQUIRED_SIZE, "CMD_ADD_UPDATE_CONTACT");
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        int type = r.u8("type");
        int flags = r.u8("flags");
        int outPathLen = r.u8("out_path_len");
        Bytes outPath = r.bytes(CompanionConstants.MAX_PATH_SIZE, "out_path");
        Bytes name = r.bytes(CompanionConstants.NAME_SIZE, "name");
        long lastAdvert = r.u32("last_advert_timestamp");
        boolean withLocation = r.remaining() >= LOCATION_BYTES;
        int lat = withLocation ? r.i32("gps_lat") : 0;
        int lon = withLocation ? r.i32("gps_lon") : 0;
        boolean withLastmod = withLocation && r.remaining() >= LASTMOD_BYTES;
        long lastmod = withLastmod ? r.u32("lastmod") : 0;
        ContactRecord contact = new ContactRecord(publicKey, type, flags, outPathLen, outPath, name, lastAdvert,
                lat, lon, lastmod);
        return new AddUpdateContact(contact, withLocation, withLastmod, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.ADD_UPDATE_CONTACT.code();
    }

    @Override
    public void write(ByteWriter w) {
        contact.writeRequired(w);
        if (withLocation) {
            w.i32(contact.gpsLatitudeE6()).i32(contact.gpsLongitudeE6());
        }
        if (withLastmod) {
            w.u32(contact.lastmod());
        }
        w.bytes(trailing);
    }
}
