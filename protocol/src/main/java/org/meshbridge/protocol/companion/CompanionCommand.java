package org.meshbridge.protocol.companion;

import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * An app→radio frame: one record per {@code CMD_*} of {@code examples/companion_radio/MyMesh.cpp}, plus
 * {@link UnknownCommand} for codes the firmware does not define.
 *
 * <p>Decoding follows the firmware's own length checks. Where the firmware reads a field without checking
 * the length (it would read stale buffer bytes), the field is required. Bytes the firmware ignores after
 * the last field it reads are kept (usually as {@code trailing}) so that every accepted frame re-encodes
 * to the same bytes. A frame that is too short for its command throws {@link MalformedFrameException};
 * the firmware answers such frames, like unknown codes, with {@code ERR_CODE_UNSUPPORTED_CMD}.
 */
public sealed interface CompanionCommand permits
        AddUpdateContact,
        AppStart,
        DeviceQuery,
        ExportContact,
        ExportPrivateKey,
        FactoryReset,
        GetAdvertPath,
        GetAllowedRepeatFreq,
        GetAutoaddConfig,
        GetBattAndStorage,
        GetChannel,
        GetContactByKey,
        GetContacts,
        GetCustomVars,
        GetDefaultFloodScope,
        GetDeviceTime,
        GetStats,
        GetTuningParams,
        HasConnection,
        ImportContact,
        ImportPrivateKey,
        Logout,
        Reboot,
        RemoveContact,
        ResetPath,
        SendAnonReq,
        SendBinaryReq,
        SendChannelData,
        SendChannelTxtMsg,
        SendControlData,
        SendLogin,
        SendPathDiscoveryReq,
        SendRawData,
        SendRawPacket,
        SendSelfAdvert,
        SendStatusReq,
        SendTelemetryReq,
        SendTracePath,
        SendTxtMsg,
        SetAdvertLatLon,
        SetAdvertName,
        SetAutoaddConfig,
        SetChannel,
        SetCustomVar,
        SetDefaultFloodScope,
        SetDevicePin,
        SetDeviceTime,
        SetFloodScopeKey,
        SetOtherParams,
        SetPathHashMode,
        SetRadioParams,
        SetRadioTxPower,
        SetTuningParams,
        ShareContact,
        SignData,
        SignFinish,
        SignStart,
        SyncNextMessage,
        UnknownCommand {

    /** The command byte (byte 0 of the frame). */
    int code();

    /** Writes the frame body after the code byte. */
    void write(ByteWriter w);

    /** The command as a constant; empty for an {@link UnknownCommand}. */
    default Optional<CommandCode> command() {
        return CommandCode.fromCode(code());
    }

    /**
     * The exact frame bytes (code byte first), as sent over BLE or inside the serial/TCP header.
     *
     * @throws IllegalArgumentException when the frame would exceed MAX_FRAME_SIZE (176)
     */
    default Bytes encode() {
        return FrameCodec.encode(code(), this::write);
    }

    /** Decodes one app→radio frame, dispatching on its first byte. */
    static CompanionCommand decode(Bytes frame) throws MalformedFrameException {
        return CommandDecoder.decode(frame);
    }
}
