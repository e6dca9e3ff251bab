package org.meshbridge.protocol.companion;

import java.util.OptionalInt;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_ADVERT_LATLON}: the advertised position (degrees × 1e6); at least 9 bytes. An altitude
 * follows when the frame has at least 13 bytes (read but unused by the firmware).
 *
 * @param latitudeE6 lat × 1e6
 * @param longitudeE6 lon × 1e6
 * @param altitude optional alt
 * @param trailing bytes the firmware ignores (fewer than 4 when altitude is absent)
 */
public record SetAdvertLatLon(int latitudeE6, int longitudeE6, OptionalInt altitude, Bytes trailing)
        implements CompanionCommand {

    private static final int ALT_BYTES = 4;

    public SetAdvertLatLon {
        Fields.i32(altitude, "altitude");
        Fields.any(trailing, "trailing");
        if (altitude.isEmpty() && trailing.size() >= ALT_BYTES) {
            throw new IllegalArgumentException("4 trailing bytes would be read as alt");
        }
    }

    /** Latitude and longitude only. */
    public SetAdvertLatLon(int latitudeE6, int longitudeE6) {
        this(latitudeE6, longitudeE6, OptionalInt.empty(), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetAdvertLatLon read(ByteReader r) throws MalformedFrameException {
        int lat = r.i32("lat");
        int lon = r.i32("lon");
        OptionalInt alt = r.remaining() >= ALT_BYTES ? OptionalInt.of(r.i32("alt")) : OptionalInt.empty();
        return new SetAdvertLatLon(lat, lon, alt, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SET_ADVERT_LATLON.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.i32(latitudeE6).i32(longitudeE6);
        altitude.ifPresent(w::i32);
        w.bytes(trailing);
    }
}
