package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code link}: the gateway's radio changed state. {@code {"type":"link","state":"down","detail":"serial port closed"}};
 * {@code state} is {@code connecting}, {@code up}, {@code down} or {@code closed}, and {@code detail}
 * (at most 200 characters) is required for {@code up} and {@code down}.
 */
public record LinkReport(LinkState state) implements GatewayMessage {

    /** Longest {@code detail}. */
    static final int MAX_DETAIL_CHARS = 200;

    public LinkReport {
        Objects.requireNonNull(state, "state");
    }

    @Override
    public MessageType type() {
        return MessageType.LINK;
    }

    @Override
    public void write(ObjectNode json) {
        writeState(json, state);
    }

    static LinkReport read(JsonFields fields) throws MalformedFrameException {
        return new LinkReport(readState(fields));
    }

    /** Writes {@code state} as {@code state} and {@code detail} fields. */
    static void writeState(ObjectNode json, LinkState state) {
        if (state instanceof LinkState.Up up) {
            json.put("state", "up").put("detail", cut(up.detail()));
        } else if (state instanceof LinkState.Down down) {
            json.put("state", "down").put("detail", cut(down.reason()));
        } else if (state instanceof LinkState.Connecting) {
            json.put("state", "connecting");
        } else {
            json.put("state", "closed");
        }
    }

    /** Reads the {@code state} and {@code detail} fields. */
    static LinkState readState(JsonFields fields) throws MalformedFrameException {
        String state = fields.text("state", 16);
        switch (state) {
            case "up":
                return new LinkState.Up(fields.text("detail", MAX_DETAIL_CHARS));
            case "down":
                return new LinkState.Down(fields.text("detail", MAX_DETAIL_CHARS));
            case "connecting":
                return new LinkState.Connecting();
            case "closed":
                return new LinkState.Closed();
            default:
                throw new MalformedFrameException(Reason.UNKNOWN_CODE, "link state '" + state + "' is not one of"
                        + " connecting, up, down, closed");
        }
    }

    private static String cut(String detail) {
        return detail.length() <= MAX_DETAIL_CHARS ? detail : detail.substring(0, MAX_DETAIL_CHARS);
    }
}
