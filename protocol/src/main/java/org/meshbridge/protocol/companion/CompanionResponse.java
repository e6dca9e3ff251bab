package org.meshbridge.protocol.companion;

/** A synchronous radio→app reply ({@code RESP_CODE_*}, codes below 0x80). */
public sealed interface CompanionResponse extends CompanionReply permits
        AdvertPath,
        AllowedRepeatFreq,
        AutoaddConfig,
        BattAndStorage,
        ChannelDataRecv,
        ChannelInfo,
        ChannelMsgRecv,
        ChannelMsgRecvV3,
        Contact,
        ContactMsgRecv,
        ContactMsgRecvV3,
        ContactsStart,
        CurrTime,
        CustomVars,
        DefaultFloodScope,
        DeviceInfo,
        Disabled,
        EndOfContacts,
        Err,
        ExportContactResponse,
        NoMoreMessages,
        Ok,
        PrivateKey,
        SelfInfo,
        Sent,
        SignStartResponse,
        Signature,
        Stats,
        TuningParams {

    /** The response code as a constant. */
    default ResponseCode response() {
        return ResponseCode.fromCode(code()).orElseThrow();
    }
}
