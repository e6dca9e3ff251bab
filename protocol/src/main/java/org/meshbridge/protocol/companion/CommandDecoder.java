package org.meshbridge.protocol.companion;

import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/** Dispatches an app→radio frame on its first byte. */
final class CommandDecoder {

    private CommandDecoder() {
    }

    static CompanionCommand decode(Bytes frame) throws MalformedFrameException {
        ByteReader r = FrameCodec.open(frame, "app→radio");
        int code = r.u8("command code");
        Optional<CommandCode> known = CommandCode.fromCode(code);
        CompanionCommand command = known.isPresent() ? read(known.get(), r) : new UnknownCommand(code, r.rest());
        r.requireFinished("CMD " + code);
        return command;
    }

    private static CompanionCommand read(CommandCode code, ByteReader r) throws MalformedFrameException {
        switch (code) {
            case ADD_UPDATE_CONTACT:
                return AddUpdateContact.read(r);
            case APP_START:
                return AppStart.read(r);
            case DEVICE_QUERY:
                return DeviceQuery.read(r);
            case EXPORT_CONTACT:
                return ExportContact.read(r);
            case EXPORT_PRIVATE_KEY:
                return ExportPrivateKey.read(r);
            case FACTORY_RESET:
                return FactoryReset.read(r);
            case GET_ADVERT_PATH:
                return GetAdvertPath.read(r);
            case GET_ALLOWED_REPEAT_FREQ:
                return GetAllowedRepeatFreq.read(r);
            case GET_AUTOADD_CONFIG:
                return GetAutoaddConfig.read(r);
            case GET_BATT_AND_STORAGE:
                return GetBattAndStorage.read(r);
            case GET_CHANNEL:
                return GetChannel.read(r);
            case GET_CONTACT_BY_KEY:
                return GetContactByKey.read(r);
            case GET_CONTACTS:
                return GetContacts.read(r);
            case GET_CUSTOM_VARS:
                return GetCustomVars.read(r);
            case GET_DEFAULT_FLOOD_SCOPE:
                return GetDefaultFloodScope.read(r);
            case GET_DEVICE_TIME:
                return GetDeviceTime.read(r);
            case GET_STATS:
                return GetStats.read(r);
            case GET_TUNING_PARAMS:
                return GetTuningParams.read(r);
            case HAS_CONNECTION:
                return HasConnection.read(r);
            case IMPORT_CONTACT:
                return ImportContact.read(r);
            case IMPORT_PRIVATE_KEY:
                return ImportPrivateKey.read(r);
            case LOGOUT:
                return Logout.read(r);
            case REBOOT:
                return Reboot.read(r);
            case REMOVE_CONTACT:
                return RemoveContact.read(r);
            case RESET_PATH:
                return ResetPath.read(r);
            case SEND_ANON_REQ:
                return SendAnonReq.read(r);
            case SEND_BINARY_REQ:
                return SendBinaryReq.read(r);
            case SEND_CHANNEL_DATA:
                return SendChannelData.read(r);
            case SEND_CHANNEL_TXT_MSG:
                return SendChannelTxtMsg.read(r);
            case SEND_CONTROL_DATA:
                return SendControlData.read(r);
            case SEND_LOGIN:
                return SendLogin.read(r);
            case SEND_PATH_DISCOVERY_REQ:
                return SendPathDiscoveryReq.read(r);
            case SEND_RAW_DATA:
                return SendRawData.read(r);
            case SEND_RAW_PACKET:
                return SendRawPacket.read(r);
            case SEND_SELF_ADVERT:
                return SendSelfAdvert.read(r);
            case SEND_STATUS_REQ:
                return SendStatusReq.read(r);
            case SEND_TELEMETRY_REQ:
                return SendTelemetryReq.read(r);
            case SEND_TRACE_PATH:
                return SendTracePath.read(r);
            case SEND_TXT_MSG:
                return SendTxtMsg.read(r);
            case SET_ADVERT_LATLON:
                return SetAdvertLatLon.read(r);
            case SET_ADVERT_NAME:
                return SetAdvertName.read(r);
            case SET_AUTOADD_CONFIG:
                return SetAutoaddConfig.read(r);
            case SET_CHANNEL:
                return SetChannel.read(r);
            case SET_CUSTOM_VAR:
                return SetCustomVar.read(r);
            case SET_DEFAULT_FLOOD_SCOPE:
                return SetDefaultFloodScope.read(r);
            case SET_DEVICE_PIN:
                return SetDevicePin.read(r);
            case SET_DEVICE_TIME:
                return SetDeviceTime.read(r);
            case SET_FLOOD_SCOPE_KEY:
                return SetFloodScopeKey.read(r);
            case SET_OTHER_PARAMS:
                return SetOtherParams.read(r);
            case SET_PATH_HASH_MODE:
                return SetPathHashMode.read(r);
            case SET_RADIO_PARAMS:
                return SetRadioParams.read(r);
            case SET_RADIO_TX_POWER:
                return SetRadioTxPower.read(r);
            case SET_TUNING_PARAMS:
                return SetTuningParams.read(r);
            case SHARE_CONTACT:
                return ShareContact.read(r);
            case SIGN_DATA:
                return SignData.read(r);
            case SIGN_FINISH:
                return SignFinish.read(r);
            case SIGN_START:
                return SignStart.read(r);
            case SYNC_NEXT_MESSAGE:
                return SyncNextMessage.read(r);
            default:
                throw new AssertionError("no decoder for " + code);
        }
    }
}
