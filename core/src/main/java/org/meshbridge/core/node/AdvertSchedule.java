package org.meshbridge.core.node;

import java.time.Duration;
import java.util.Objects;

/**
 * When the node sends its own adverts, for each local endpoint that advertises (firmware room
 * server and repeater {@code MyMesh::loop}, {@code updateAdvertTimer}, {@code updateFloodAdvertTimer}).
 * A flood advert also restarts the zero-hop timer, so the two never go out together.
 *
 * @param firstDelay the zero-hop advert after start ({@code sendSelfAdvertisement(16000, false)},
 *     {@code ENABLE_ADVERT_ON_BOOT})
 * @param zeroHopInterval between zero-hop adverts; zero turns them off. The firmware uses
 *     {@code advert_interval × 2} minutes: 2 min on a fresh install (until the config is first
 *     saved, which then turns it off), 60..240 min when set by CLI. Default 60 min
 * @param floodInterval between flood adverts; zero turns them off ({@code flood_advert_interval},
 *     default 47 h, CLI 3..168 h)
 */
public record AdvertSchedule(Duration firstDelay, Duration zeroHopInterval, Duration floodInterval) {

    /** 16 s, 60 min, 47 h. */
    public static final AdvertSchedule DEFAULT =
            new AdvertSchedule(Duration.ofSeconds(16), Duration.ofMinutes(60), Duration.ofHours(47));

    /** No adverts at all. */
    public static final AdvertSchedule NONE = new AdvertSchedule(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public AdvertSchedule {
        for (Duration d : new Duration[] {
            Objects.requireNonNull(firstDelay, "firstDelay"),
            Objects.requireNonNull(zeroHopInterval, "zeroHopInterval"),
            Objects.requireNonNull(floodInterval, "floodInterval")}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("advert durations must not be negative: " + d);
            }
        }
    }
}
