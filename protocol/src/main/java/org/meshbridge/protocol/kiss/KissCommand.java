package org.meshbridge.protocol.kiss;

import java.util.Optional;

/**
 * KISS type-byte commands the MeshCore modem implements ({@code KISS_CMD_*},
 * {@code examples/kiss_modem/KissModem.h}, firmware v1.17.1). All but {@link #RETURN} are the low
 * nibble of the type byte on port 0; {@code RETURN} is the whole byte {@code FF}.
 */
public enum KissCommand {
    /** {@code KISS_CMD_DATA}: one raw MeshCore packet, either direction. */
    DATA(0x00),
    /** {@code KISS_CMD_TXDELAY}: key-up delay in 10 ms units. */
    TXDELAY(0x01),
    /** {@code KISS_CMD_PERSISTENCE}: CSMA p, 0..255. */
    PERSISTENCE(0x02),
    /** {@code KISS_CMD_SLOTTIME}: CSMA slot in 10 ms units. */
    SLOTTIME(0x03),
    /** {@code KISS_CMD_TXTAIL}: post-TX hold in 10 ms units (stored, unused by the modem). */
    TXTAIL(0x04),
    /** {@code KISS_CMD_FULLDUPLEX}: 0 = half duplex (CSMA), nonzero = full duplex. */
    FULLDUPLEX(0x05),
    /** {@code KISS_CMD_SETHARDWARE}: MeshCore extensions, sub-command byte first. */
    SETHARDWARE(0x06),
    /** {@code KISS_CMD_RETURN}: leave KISS mode; a no-op on this modem. */
    RETURN(0xFF);

    private static final KissCommand[] BY_CODE = new KissCommand[256];

    static {
        for (KissCommand c : values()) {
            if (BY_CODE[c.code] != null) {
                throw new ExceptionInInitializerError("duplicate KISS command code " + c.code);
            }
            BY_CODE[c.code] = c;
        }
    }

    private final int code;

    KissCommand(int code) {
        this.code = code;
    }

    /** The command value: the type byte's low nibble, or {@code FF} for {@link #RETURN}. */
    public int code() {
        return code;
    }

    /** True for the one-byte TNC parameters TXDELAY, PERSISTENCE, SLOTTIME, TXTAIL, FULLDUPLEX. */
    public boolean isTncParameter() {
        return code >= TXDELAY.code && code <= FULLDUPLEX.code;
    }

    public static Optional<KissCommand> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
