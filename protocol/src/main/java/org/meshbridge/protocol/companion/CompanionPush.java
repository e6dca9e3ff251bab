package org.meshbridge.protocol.companion;

/** An unsolicited radio→app frame ({@code PUSH_CODE_*}, codes 0x80 and up). */
public sealed interface CompanionPush extends CompanionReply permits
        Advert,
        BinaryResponse,
        ContactDeleted,
        ContactsFull,
        ControlData,
        LogRxData,
        LoginFail,
        LoginSuccess,
        MsgWaiting,
        NewAdvert,
        PathDiscoveryResponse,
        PathUpdated,
        RawData,
        SendConfirmed,
        StatusResponse,
        TelemetryResponse,
        TraceData {

    /** The push code as a constant. */
    default PushCode push() {
        return PushCode.fromCode(code()).orElseThrow();
    }
}
