package org.meshbridge.core.radio;

import org.meshbridge.protocol.airtime.LoRaModulation;

/**
 * The LoRa parameters a link transmits with, in the units KISS {@code SetRadio} uses. The
 * modulation details that time-on-air depends on (preamble, header, CRC, low-data-rate
 * optimisation) follow the MeshCore firmware and come from {@link #modulation()}.
 *
 * @param frequencyHz centre frequency, e.g. 869618000
 * @param bandwidthHz channel bandwidth, e.g. 62500
 * @param spreadingFactor 5 to 12
 * @param codingRate the denominator of the coding rate 4/5 to 4/8, so 5 to 8
 */
public record RadioParameters(long frequencyHz, int bandwidthHz, int spreadingFactor, int codingRate) {

    /**
     * The MeshCore build default: 869.618 MHz, BW 62.5 kHz, SF 8 ({@code LORA_FREQ}, {@code LORA_BW},
     * {@code LORA_SF} in firmware {@code platformio.ini} v1.17.1) and CR 4/5 (the {@code LORA_CR}
     * fallback, {@code examples/companion_radio/MyMesh.h}).
     */
    public static final RadioParameters MESHCORE_DEFAULT = new RadioParameters(869_618_000L, 62_500, 8, 5);

    public RadioParameters {
        if (frequencyHz <= 0) {
            throw new IllegalArgumentException("frequencyHz must be positive: " + frequencyHz);
        }
        if (bandwidthHz <= 0) {
            throw new IllegalArgumentException("bandwidthHz must be positive: " + bandwidthHz);
        }
        if (spreadingFactor < 5 || spreadingFactor > 12) {
            throw new IllegalArgumentException("spreadingFactor must be 5..12: " + spreadingFactor);
        }
        if (codingRate < 5 || codingRate > 8) {
            throw new IllegalArgumentException("codingRate must be 5..8 (4/5..4/8): " + codingRate);
        }
    }

    /** The modulation as MeshCore radios use it: the firmware's preamble for this SF, explicit header, CRC on. */
    public LoRaModulation modulation() {
        return LoRaModulation.meshCore(spreadingFactor, bandwidthHz, codingRate);
    }
}
