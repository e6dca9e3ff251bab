package org.meshbridge.core.radio.sim;

/**
 * How one node hears another on the {@link SimulatedAir}: one direction of a link.
 *
 * @param lossProbability the chance, 0 to 1, that a frame is not decoded although nothing else
 *     disturbed it (fading, noise); drawn per frame from the air's seeded generator
 * @param snrQuarterDb the signal-to-noise ratio the receiver reports, in quarter dB
 * @param rssiDbm the received signal strength the receiver reports; also decides capture (see
 *     {@link SimulatedAir})
 */
public record LinkQuality(double lossProbability, int snrQuarterDb, int rssiDbm) {

    public LinkQuality {
        if (!(lossProbability >= 0 && lossProbability <= 1)) {
            throw new IllegalArgumentException("loss probability must be 0..1: " + lossProbability);
        }
    }

    /** A link that never loses a frame on its own. */
    public static LinkQuality perfect(int snrQuarterDb, int rssiDbm) {
        return new LinkQuality(0, snrQuarterDb, rssiDbm);
    }

    /** A clean link with a typical good signal: SNR 10 dB, RSSI -80 dBm. */
    public static LinkQuality good() {
        return perfect(40, -80);
    }

    /** The signal-to-noise ratio in dB. */
    public double snrDb() {
        return snrQuarterDb / 4.0;
    }
}
