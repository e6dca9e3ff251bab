package org.meshbridge.core.room;

import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The room server's answer to GET_STATUS (firmware {@code struct ServerStats}, spec §7.6): 52
 * bytes, little-endian, no padding. Counters wider than their field are cut to it, as the C
 * casts do. meshbridge has no battery, noise-floor reading or transmit queue of its own, so
 * those read 0.
 */
public record ServerStats(int battMilliVolts, int txQueueLength, int noiseFloor, int lastRssi, long packetsReceived,
                          long packetsSent, long airTimeSeconds, long upTimeSeconds, long sentFlood, long sentDirect,
                          long receivedFlood, long receivedDirect, int errorEvents, int lastSnrQuarterDb, int directDuplicates,
                          int floodDuplicates, int posted, int postPushes) {

    /** {@code sizeof(ServerStats)}. */
    public static final int BYTES = 52;

    public Bytes encode() {
        return new ByteWriter(BYTES)
                .u16(battMilliVolts & 0xFFFF).u16(txQueueLength & 0xFFFF).u16(noiseFloor & 0xFFFF).u16(lastRssi & 0xFFFF)
                .u32(packetsReceived & 0xFFFF_FFFFL).u32(packetsSent & 0xFFFF_FFFFL)
                .u32(airTimeSeconds & 0xFFFF_FFFFL).u32(upTimeSeconds & 0xFFFF_FFFFL)
                .u32(sentFlood & 0xFFFF_FFFFL).u32(sentDirect & 0xFFFF_FFFFL)
                .u32(receivedFlood & 0xFFFF_FFFFL).u32(receivedDirect & 0xFFFF_FFFFL)
                .u16(errorEvents & 0xFFFF).u16(lastSnrQuarterDb & 0xFFFF)
                .u16(directDuplicates & 0xFFFF).u16(floodDuplicates & 0xFFFF)
                .u16(posted & 0xFFFF).u16(postPushes & 0xFFFF)
                .toBytes();
    }
}
