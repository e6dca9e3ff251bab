package org.meshbridge.server.gateway;

import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.server.web.WebSocketEndpoint;
import org.meshbridge.server.web.WebSocketSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One gateway's WebSocket connection on the server: waits for a {@code hello}, then routes the
 * gateway's messages to its {@link GatewayRadioLink}. The first malformed or unexpected message
 * closes the connection with {@link CloseCode#MALFORMED} and the reason.
 */
final class GatewayConnection implements WebSocketEndpoint.Connection {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayConnection.class);

    private final GatewayRegistry registry;
    private final WebSocketSession session;
    private volatile GatewayRadioLink link;
    private volatile boolean closing;

    GatewayConnection(GatewayRegistry registry, WebSocketSession session) {
        this.registry = registry;
        this.session = session;
    }

    String remoteAddress() {
        return session.remoteAddress();
    }

    void send(GatewayMessage message) {
        session.sendText(GatewayCodec.encode(message));
    }

    void close(CloseCode code, String reason) {
        closing = true;
        session.close(code.code(), reason);
    }

    @Override
    public void onText(String text) {
        if (closing) {
            return;
        }
        GatewayMessage message;
        try {
            message = GatewayCodec.decode(text);
        } catch (MalformedFrameException e) {
            refuse(e.getMessage());
            return;
        }
        if (!message.type().fromGateway()) {
            refuse("'" + message.type().code() + "' is sent by the server, not a gateway");
            return;
        }
        GatewayRadioLink current = link;
        if (current == null) {
            if (message instanceof Hello hello) {
                link = registry.accept(this, hello);
            } else {
                refuse("expected hello first, got '" + message.type().code() + "'");
            }
            return;
        }
        dispatch(current, message);
    }

    private void dispatch(GatewayRadioLink current, GatewayMessage message) {
        if (message instanceof RxMessage rx) {
            current.received(this, rx);
        } else if (message instanceof TxReport report) {
            if (!current.reported(this, report)) {
                LOG.debug("gateway {}: tx_result {} matches no frame in flight (late or unknown)",
                        current.gatewayId(), report.id());
            }
        } else if (message instanceof LinkReport report) {
            current.radioChanged(this, report.state());
        } else if (message instanceof Ping ping) {
            send(new Pong(ping.nonce()));
        } else if (message instanceof Hello) {
            refuse("hello was already accepted on this connection");
        }
    }

    @Override
    public void onClose() {
        closing = true;
        GatewayRadioLink current = link;
        if (current != null) {
            current.detach(this, "connection closed");
        }
    }

    private void refuse(String reason) {
        GatewayRadioLink current = link;
        LOG.info("closing gateway connection from {}{}: {}", session.remoteAddress(),
                current == null ? "" : " (" + current.gatewayId() + ")", reason);
        close(CloseCode.MALFORMED, reason);
    }
}
