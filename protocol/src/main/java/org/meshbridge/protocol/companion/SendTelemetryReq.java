package org.meshbridge.protocol.companion;

import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_TELEMETRY_REQ}: three reserved bytes, then a contact's key (frame of at least 36 bytes:
 * answered with SENT, later PUSH_CODE_TELEMETRY_RESPONSE), or nothing (frame of exactly 4 bytes: the node's
 * own telemetry, pushed at once). Frames of 5 to 35 bytes get ERR_CODE_UNSUPPORTED_CMD from the firmware.
 *
 * @param reserved the 3 reserved bytes
 * @param publicKey the contact, or empty for self
 * @param trailing bytes the firmware ignores (only after publicKey)
 */
public record SendTelemetryReq(Bytes reserved, Optional<Bytes> publicKey, Bytes trailing) implements CompanionCommand {

    private static final int RESERVED_BYTES = 3;

    public SendTelemetryReq {
        Fields.exact(reserved, RESERVED_BYTES, "reserved");
        publicKey.ifPresent(k -> Fields.exact(k, CompanionConstants.PUB_KEY_SIZE, "publicKey"));
        Fields.any(trailing, "trailing");
        if (publicKey.isEmpty() && !trailing.isEmpty()) {
            throw new IllegalArgumentException("a self request is exactly 4 bytes");
        }
    }

    /** A request for a contact's telemetry. */
    public static SendTelemetryReq of(Bytes publicKey) {
        return new SendTelemetryReq(Bytes.zeros(RESERVED_BYTES), Optional.of(publicKey), Bytes.EMPTY);
    }

    /** A request for the node's own telemetry. */
    public static SendTelemetryReq self() {
        return new SendTelemetryReq(Bytes.zeros(RESERVED_BYTES), Optional.empty(), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SendTelemetryReq read(ByteReader r) throws MalformedFrameException {
        Bytes reserved = r.bytes(RESERVED_BYTES, "reserved");
        if (!r.hasRemaining()) {
            return new SendTelemetryReq(reserved, Optional.empty(), Bytes.EMPTY);
        }
        if (r.remaining() < CompanionConstants.PUB_KEY_SIZE) {
            throw new MalformedFrameException(Reason.TRUNCATED,
                    "CMD_SEND_TELEMETRY_REQ is 4 bytes (self) or at least 36, not " + (4 + r.remaining()));
        }
        Bytes key = r.bytes(CompanionConstants.PUB_KEY_SIZE, "pub_key");
        return new SendTelemetryReq(reserved, Optional.of(key), r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SEND_TELEMETRY_REQ.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(reserved);
        publicKey.ifPresent(w::bytes);
        w.bytes(trailing);
    }
}
