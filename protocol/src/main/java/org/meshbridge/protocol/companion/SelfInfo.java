package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_SELF_INFO}: reply to CMD_APP_START. The name runs to the end of the frame, without a NUL.
 *
 * @param advType adv_type
 * @param txPowerDbm tx_power_dbm
 * @param maxTxPowerDbm max_tx_power
 * @param publicKey pub_key
 * @param latitudeE6 lat
 * @param longitudeE6 lon
 * @param multiAcks multi_acks
 * @param advertLocPolicy advert_loc_policy
 * @param telemetryModes telemetry modes: env << 4 | loc << 2 | base
 * @param manualAddContacts manual_add_contacts
 * @param frequencyKhz freq (MHz × 1000)
 * @param bandwidthHz bw (kHz × 1000)
 * @param spreadingFactor sf
 * @param codingRate cr
 * @param name node_name
 */
public record SelfInfo(int advType, int txPowerDbm, int maxTxPowerDbm, Bytes publicKey, int latitudeE6, int longitudeE6, int multiAcks, int advertLocPolicy, int telemetryModes, int manualAddContacts, long frequencyKhz, long bandwidthHz, int spreadingFactor, int codingRate, Bytes name) implements CompanionResponse {

    public SelfInfo {
        Fields.u8(advType, "advType");
        Fields.i8(txPowerDbm, "txPowerDbm");
        Fields.u8(maxTxPowerDbm, "maxTxPowerDbm");
        Fields.exact(publicKey, CompanionConstants.PUB_KEY_SIZE, "publicKey");
        Fields.u8(multiAcks, "multiAcks");
        Fields.u8(advertLocPolicy, "advertLocPolicy");
        Fields.u8(telemetryModes, "telemetryModes");
        Fields.u8(manualAddContacts, "manualAddContacts");
        Fields.u32(frequencyKhz, "frequencyKhz");
        Fields.u32(bandwidthHz, "bandwidthHz");
        Fields.u8(spreadingFactor, "spreadingFactor");
        Fields.u8(codingRate, "codingRate");
        Fields.any(name, "name");
    }

    /** Reads the body after the code byte. */
    public static SelfInfo read(ByteReader r) throws MalformedFrameException {
        int advType = r.u8("adv_type");
        int txPowerDbm = r.i8("tx_power_dbm");
        int maxTxPowerDbm = r.u8("max_tx_power");
        Bytes publicKey = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        int latitudeE6 = r.i32("lat");
        int longitudeE6 = r.i32("lon");
        int multiAcks = r.u8("multi_acks");
        int advertLocPolicy = r.u8("advert_loc_policy");
        int telemetryModes = r.u8("telemetry modes: env << 4 | loc << 2 | base");
        int manualAddContacts = r.u8("manual_add_contacts");
        long frequencyKhz = r.u32("freq (MHz × 1000)");
        long bandwidthHz = r.u32("bw (kHz × 1000)");
        int spreadingFactor = r.u8("sf");
        int codingRate = r.u8("cr");
        Bytes name = r.rest();
        return new SelfInfo(advType, txPowerDbm, maxTxPowerDbm, publicKey, latitudeE6, longitudeE6, multiAcks, advertLocPolicy, telemetryModes, manualAddContacts, frequencyKhz, bandwidthHz, spreadingFactor, codingRate, name);
    }

    @Override
    public int code() {
        return ResponseCode.SELF_INFO.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(advType);
        w.u8(txPowerDbm);
        w.u8(maxTxPowerDbm);
        w.bytes(publicKey);
        w.i32(latitudeE6);
        w.i32(longitudeE6);
        w.u8(multiAcks);
        w.u8(advertLocPolicy);
        w.u8(telemetryModes);
        w.u8(manualAddContacts);
        w.u32(frequencyKhz);
        w.u32(bandwidthHz);
        w.u8(spreadingFactor);
        w.u8(codingRate);
        w.bytes(name);
    }

    /** {@code name} as text: UTF-8 up to the first NUL, as the firmware reads it. */
    public String nameUtf8() {
        return Fields.cString(name);
    }
}
