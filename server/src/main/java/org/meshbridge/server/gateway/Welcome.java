package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code welcome}: the server accepted the hello.
 *
 * @param protocol the version the server speaks on this connection
 * @param linkId the link id the node knows this gateway by, e.g. {@code gw-hilltop}
 * @param maxMessageBytes the largest message the server accepts
 * @param idleTimeoutSeconds the server closes a connection silent for this long; ping more often
 */
public record Welcome(int protocol, String linkId, int maxMessageBytes, int idleTimeoutSeconds)
        implements GatewayMessage {

    public Welcome {
        Objects.requireNonNull(linkId, "linkId");
    }

    @Override
    public MessageType type() {
        return MessageType.WELCOME;
    }

    @Override
    public void write(ObjectNode json) {
        json.put("protocol", protocol).put("link_id", linkId).put("max_message_bytes", maxMessageBytes)
                .put("idle_timeout_s", idleTimeoutSeconds);
    }

    static Welcome read(JsonFields fields) throws MalformedFrameException {
        return new Welcome(fields.smallInt("protocol", 0, Integer.MAX_VALUE), fields.text("link_id", 64),
                fields.smallInt("max_message_bytes", 256, 1 << 20), fields.smallInt("idle_timeout_s", 1, 86_400));
    }
}
