package org.meshbridge.core.nodes;

import org.meshbridge.protocol.payload.AdvertAppData;

/**
 * Where a node says it is, in decimal degrees (WGS 84 as the advert carries it).
 *
 * @param latitude -90..90
 * @param longitude -180..180
 */
public record Position(double latitude, double longitude) {

    public Position {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("position out of range: " + latitude + ", " + longitude);
        }
    }

    /**
     * The position of an advert's lat/lon (degrees × 10^6); empty when out of range, and for
     * exactly 0, 0: a node with no position set still sends its zero lat/lon
     * ({@code CommonCLI::buildAdvertData} passes {@code node_lat}/{@code node_lon}, 0 until set,
     * and {@code AdvertDataBuilder} then sets the lat/lon flag).
     */
    public static java.util.Optional<Position> of(AdvertAppData.Location location) {
        if (location.latitudeMicroDeg() == 0 && location.longitudeMicroDeg() == 0) {
            return java.util.Optional.empty();
        }
        double lat = location.latitudeMicroDeg() / 1e6;
        double lon = location.longitudeMicroDeg() / 1e6;
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Position(lat, lon));
    }
}
