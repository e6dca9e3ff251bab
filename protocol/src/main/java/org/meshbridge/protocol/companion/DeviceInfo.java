package org.meshbridge.protocol.companion;

import java.util.OptionalInt;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_DEVICE_INFO}: reply to CMD_DEVICE_QUERY, in the firmware's layout: fw_ver_code,
 * MAX_CONTACTS / 2, MAX_GROUP_CHANNELS, ble_pin (u32), build date (12, NUL-padded), manufacturer/model (40),
 * version (20), then client_repeat (v9+) and path_hash_mode (v10+), which older firmware omits. meshcore.js
 * calls bytes 2-7 "reserved" and reads everything after the date as the manufacturer (test-oracles P4).
 *
 * @param firmwareVerCode FIRMWARE_VER_CODE
 * @param maxContactsHalf MAX_CONTACTS / 2
 * @param maxChannels MAX_GROUP_CHANNELS
 * @param blePin the stored BLE PIN (0 = default)
 * @param buildDate FIRMWARE_BUILD_DATE field (12)
 * @param manufacturer manufacturer/model field (40)
 * @param version FIRMWARE_VERSION field (20)
 * @param clientRepeat repeat enabled (v9+)
 * @param pathHashMode path_hash_mode (v10+, only after clientRepeat)
 */
public record DeviceInfo(int firmwareVerCode, int maxContactsHalf, int maxChannels, long blePin, Bytes buildDate,
        Bytes manufacturer, Bytes version, OptionalInt clientRepeat, OptionalInt pathHashMode)
        implements CompanionResponse {

    public DeviceInfo {
        Fields.u8(firmwareVerCode, "firmwareVerCode");
        Fields.u8(maxContactsHalf, "maxContactsHalf");
        Fields.u8(maxChannels, "maxChannels");
        Fields.u32(blePin, "blePin");
        Fields.exact(buildDate, CompanionConstants.BUILD_DATE_SIZE, "buildDate");
        Fields.exact(manufacturer, CompanionConstants.MANUFACTURER_SIZE, "manufacturer");
        Fields.exact(version, CompanionConstants.VERSION_SIZE, "version");
        Fields.u8(clientRepeat, "clientRepeat");
        Fields.u8(pathHashMode, "pathHashMode");
        if (pathHashMode.isPresent() && clientRepeat.isEmpty()) {
            throw new IllegalArgumentException("path_hash_mode follows client_repeat");
        }
    }

    /** The v1.17 form (FIRMWARE_VER_CODE 13) with text fields NUL-padded. */
    public static DeviceInfo of(int maxContactsHalf, int maxChannels, long blePin, String buildDate,
            String manufacturer, String version, boolean clientRepeat, int pathHashMode) {
        return new DeviceInfo(CompanionConstants.FIRMWARE_VER_CODE, maxContactsHalf, maxChannels, blePin,
                Fields.fixedText(buildDate, CompanionConstants.BUILD_DATE_SIZE),
                Fields.fixedText(manufacturer, CompanionConstants.MANUFACTURER_SIZE),
                Fields.fixedText(version, CompanionConstants.VERSION_SIZE),
                OptionalInt.of(clientRepeat ? 1 : 0), OptionalInt.of(pathHashMode));
    }

    /** Reads the body after the code byte. */
    public static DeviceInfo read(ByteReader r) throws MalformedFrameException {
        int ver = r.u8("fw_ver_code");
        int contacts = r.u8("max_contacts");
        int channels = r.u8("max_channels");
        long pin = r.u32("ble_pin");
        Bytes date = r.bytes(CompanionConstants.BUILD_DATE_SIZE, "build_date");
        Bytes maker = r.bytes(CompanionConstants.MANUFACTURER_SIZE, "manufacturer");
        Bytes version = r.bytes(CompanionConstants.VERSION_SIZE, "version");
        OptionalInt repeat = r.hasRemaining() ? OptionalInt.of(r.u8("client_repeat")) : OptionalInt.empty();
        OptionalInt hashMode = r.hasRemaining() ? OptionalInt.of(r.u8("path_hash_mode")) : OptionalInt.empty();
        return new DeviceInfo(ver, contacts, channels, pin, date, maker, version, repeat, hashMode);
    }

    @Override
    public int code() {
        return ResponseCode.DEVICE_INFO.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(firmwareVerCode).u8(maxContactsHalf).u8(maxChannels).u32(blePin);
        w.bytes(buildDate).bytes(manufacturer).bytes(version);
        clientRepeat.ifPresent(w::u8);
        pathHashMode.ifPresent(w::u8);
    }

    /** The build date as text. */
    public String buildDateUtf8() {
        return Fields.cString(buildDate);
    }

    /** The manufacturer/model as text. */
    public String manufacturerUtf8() {
        return Fields.cString(manufacturer);
    }

    /** The firmware version as text. */
    public String versionUtf8() {
        return Fields.cString(version);
    }
}
