package org.meshbridge.protocol.payload;

import static org.meshbridge.protocol.payload.PayloadConstants.ADV_FEAT1_MASK;
import static org.meshbridge.protocol.payload.PayloadConstants.ADV_FEAT2_MASK;
import static org.meshbridge.protocol.payload.PayloadConstants.ADV_LATLON_MASK;
import static org.meshbridge.protocol.payload.PayloadConstants.ADV_NAME_MASK;
import static org.meshbridge.protocol.payload.PayloadConstants.ADV_TYPE_MASK;
import static org.meshbridge.protocol.payload.PayloadConstants.MAX_ADVERT_DATA_SIZE;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.Utf8;

/**
 * Advert app data ({@code AdvertDataBuilder}/{@code AdvertDataParser}): a flags byte (node type
 * in the low nibble, presence bits above), then lat/lon, feature1, feature2 and the name, each
 * present when its bit is set. At most 32 bytes.
 *
 * @param nodeTypeCode the node type code 0..15 (see {@link NodeType}; 5..15 are future)
 * @param location     latitude and longitude when {@code ADV_LATLON_MASK} is set
 * @param feature1     the reserved uint16 when {@code ADV_FEAT1_MASK} is set
 * @param feature2     the reserved uint16 when {@code ADV_FEAT2_MASK} is set
 * @param nameBytes    the raw name when {@code ADV_NAME_MASK} is set (possibly empty, not terminated)
 */
public record AdvertAppData(int nodeTypeCode, Optional<Location> location, OptionalInt feature1, OptionalInt feature2,
                            Optional<Bytes> nameBytes) {

    /** Degrees × 10^6 as signed 32-bit integers, as on the wire. */
    public record Location(int latitudeMicroDeg, int longitudeMicroDeg) {
    }

    public AdvertAppData {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(feature1, "feature1");
        Objects.requireNonNull(feature2, "feature2");
        Objects.requireNonNull(nameBytes, "nameBytes");
        if (nodeTypeCode < 0 || nodeTypeCode > ADV_TYPE_MASK) {
            throw new IllegalArgumentException("node type must be 0..15, not " + nodeTypeCode);
        }
        feature1.ifPresent(f -> PayloadFields.requireU16(f, "feature1"));
        feature2.ifPresent(f -> PayloadFields.requireU16(f, "feature2"));
        PayloadFields.requireAtMost(encodedLength(location, feature1, feature2, nameBytes), MAX_ADVERT_DATA_SIZE, "advert app data");
    }

    /**
     * App data as {@code AdvertDataBuilder} makes it: the name cut on a UTF-8 boundary to fit 32
     * bytes, and no name bit for an empty name.
     */
    public static AdvertAppData of(NodeType type, String name, Optional<Location> location) {
        int room = MAX_ADVERT_DATA_SIZE - encodedLength(location, OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
        Bytes name1 = Bytes.of(Utf8.truncate(name, room));
        return new AdvertAppData(type.code(), location, OptionalInt.empty(), OptionalInt.empty(),
                name1.isEmpty() ? Optional.empty() : Optional.of(name1));
    }

    /**
     * Parses app data. Refused: no flags byte, fields cut short ({@code AdvertDataParser} calls
     * that invalid), and bytes after the last field when the name bit is clear (the firmware
     * ignores them; they could not be re-encoded).
     */
    public static AdvertAppData decode(Bytes appData) throws MalformedFrameException {
        PayloadFields.checkInputSize(appData, MAX_ADVERT_DATA_SIZE, "advert app data");
        ByteReader r = appData.reader();
        int flags = r.u8("flags");
        Optional<Location> location = (flags & ADV_LATLON_MASK) != 0
                ? Optional.of(new Location(r.i32("latitude"), r.i32("longitude"))) : Optional.empty();
        OptionalInt feat1 = (flags & ADV_FEAT1_MASK) != 0 ? OptionalInt.of(r.u16("feature1")) : OptionalInt.empty();
        OptionalInt feat2 = (flags & ADV_FEAT2_MASK) != 0 ? OptionalInt.of(r.u16("feature2")) : OptionalInt.empty();
        Optional<Bytes> name = (flags & ADV_NAME_MASK) != 0 ? Optional.of(r.rest()) : Optional.empty();
        r.requireFinished("advert app data");
        return new AdvertAppData(flags & ADV_TYPE_MASK, location, feat1, feat2, name);
    }

    public Optional<NodeType> nodeType() {
        return NodeType.fromCode(nodeTypeCode);
    }

    /**
     * The name as the firmware sees it: UTF-8 up to the first NUL; empty when absent or blank
     * ({@code AdvertDataParser::hasName}). Chat nodes ignore adverts without a name.
     */
    public Optional<String> name() {
        if (nameBytes.isEmpty()) {
            return Optional.empty();
        }
        String s = nameBytes.get().reader().restAsText();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The flags byte. */
    public int flags() {
        return nodeTypeCode | (location.isPresent() ? ADV_LATLON_MASK : 0) | (feature1.isPresent() ? ADV_FEAT1_MASK : 0)
                | (feature2.isPresent() ? ADV_FEAT2_MASK : 0) | (nameBytes.isPresent() ? ADV_NAME_MASK : 0);
    }

    public void write(ByteWriter w) {
        w.u8(flags());
        location.ifPresent(l -> w.i32(l.latitudeMicroDeg()).i32(l.longitudeMicroDeg()));
        feature1.ifPresent(w::u16);
        feature2.ifPresent(w::u16);
        nameBytes.ifPresent(w::bytes);
    }

    public Bytes encode() {
        ByteWriter w = new ByteWriter(MAX_ADVERT_DATA_SIZE);
        write(w);
        return w.toBytes();
    }

    private static int encodedLength(Optional<Location> location, OptionalInt f1, OptionalInt f2, Optional<Bytes> name) {
        return 1 + (location.isPresent() ? 8 : 0) + (f1.isPresent() ? 2 : 0) + (f2.isPresent() ? 2 : 0)
                + name.map(Bytes::size).orElse(0);
    }
}
