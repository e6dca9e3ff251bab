package org.meshbridge.protocol.companion;

import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/** Dispatches a radio→app frame on its first byte. */
final class ReplyDecoder {

    private ReplyDecoder() {
    }

    static CompanionReply decode(Bytes frame) throws MalformedFrameException {
        ByteReader r = FrameCodec.open(frame, "radio→app");
        int code = r.u8("reply code");
        Optional<ResponseCode> response = ResponseCode.fromCode(code);
        Optional<PushCode> push = PushCode.fromCode(code);
        CompanionReply reply;
        if (response.isPresent()) {
            reply = readResponse(response.get(), r);
        } else if (push.isPresent()) {
            reply = readPush(push.get(), r);
        } else {
            reply = new UnknownReply(code, r.rest());
        }
        r.requireFinished("reply " + code);
        return reply;
    }

    private static CompanionResponse readResponse(ResponseCode code, ByteReader r) throws MalformedFrameException {
        switch (code) {
            case ADVERT_PATH:
                return AdvertPath.read(r);
            case ALLOWED_REPEAT_FREQ:
                return AllowedRepeatFreq.read(r);
            case AUTOADD_CONFIG:
                return AutoaddConfig.read(r);
            case BATT_AND_STORAGE:
                return BattAndStorage.read(r);
            case CHANNEL_DATA_RECV:
                return ChannelDataRecv.read(r);
            case CHANNEL_INFO:
                return ChannelInfo.read(r);
            case CHANNEL_MSG_RECV:
                return ChannelMsgRecv.read(r);
            case CHANNEL_MSG_RECV_V3:
                return ChannelMsgRecvV3.read(r);
            case CONTACT:
                return Contact.read(r);
            case CONTACT_MSG_RECV:
                return ContactMsgRecv.read(r);
            case CONTACT_MSG_RECV_V3:
                return ContactMsgRecvV3.read(r);
            case CONTACTS_START:
                return ContactsStart.read(r);
            case CURR_TIME:
                return CurrTime.read(r);
            case CUSTOM_VARS:
                return CustomVars.read(r);
            case DEFAULT_FLOOD_SCOPE:
                return DefaultFloodScope.read(r);
            case DEVICE_INFO:
                return DeviceInfo.read(r);
            case DISABLED:
                return Disabled.read(r);
            case END_OF_CONTACTS:
                return EndOfContacts.read(r);
            case ERR:
                return Err.read(r);
            case EXPORT_CONTACT:
                return ExportContactResponse.read(r);
            case NO_MORE_MESSAGES:
                return NoMoreMessages.read(r);
            case OK:
                return Ok.read(r);
            case PRIVATE_KEY:
                return PrivateKey.read(r);
            case SELF_INFO:
                return SelfInfo.read(r);
            case SENT:
                return Sent.read(r);
            case SIGN_START:
                return SignStartResponse.read(r);
            case SIGNATURE:
                return Signature.read(r);
            case STATS:
                return Stats.read(r);
            case TUNING_PARAMS:
                return TuningParams.read(r);
            default:
                throw new AssertionError("no decoder for " + code);
        }
    }

    private static CompanionPush readPush(PushCode code, ByteReader r) throws MalformedFrameException {
        switch (code) {
            case ADVERT:
                return Advert.read(r);
            case BINARY_RESPONSE:
                return BinaryResponse.read(r);
            case CONTACT_DELETED:
                return ContactDeleted.read(r);
            case CONTACTS_FULL:
                return ContactsFull.read(r);
            case CONTROL_DATA:
                return ControlData.read(r);
            case LOG_RX_DATA:
                return LogRxData.read(r);
            case LOGIN_FAIL:
                return LoginFail.read(r);
            case LOGIN_SUCCESS:
                return LoginSuccess.read(r);
            case MSG_WAITING:
                return MsgWaiting.read(r);
            case NEW_ADVERT:
                return NewAdvert.read(r);
            case PATH_DISCOVERY_RESPONSE:
                return PathDiscoveryResponse.read(r);
            case PATH_UPDATED:
                return PathUpdated.read(r);
            case RAW_DATA:
                return RawData.read(r);
            case SEND_CONFIRMED:
                return SendConfirmed.read(r);
            case STATUS_RESPONSE:
                return StatusResponse.read(r);
            case TELEMETRY_RESPONSE:
                return TelemetryResponse.read(r);
            case TRACE_DATA:
                return TraceData.read(r);
            default:
                throw new AssertionError("no decoder for " + code);
        }
    }
}
