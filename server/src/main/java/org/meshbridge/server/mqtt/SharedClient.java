package org.meshbridge.server.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.util.Objects;

/**
 * One HiveMQ client that every connection of a publisher with a persistent session reuses
 * ({@link HiveMqSessions#sessions}). The client keeps its side of a persistent session after a
 * connection is lost and resumes it on the next connect; a fresh client per reconnect would leave
 * the old one, with its session, reachable until the session expires (MQTT 5: the expiry interval
 * plus 10 %, on a timer of the shared I/O threads).
 *
 * <p>Each connection still gets its own {@link BrokerSession} (the publisher's generations and
 * publish streams stay per connection): messages and disconnects go to the listener of the latest
 * one, and the previous one's publish stream is ended when the next is made. The client's global
 * message flow ends with its session (a broker that lost the session, or an expiry); it is
 * registered again as soon as the client reports that, and checked after every connect.
 *
 * <p>Sessions are made on the publisher's thread; the client calls back on its own threads.
 */
final class SharedClient {

    private final SessionOptions options;
    private final Mqtt5AsyncClient client5;
    private final Mqtt3AsyncClient client3;
    private volatile BrokerSession.Listener current;
    private volatile boolean receiving;
    private BrokerSession previous;

    SharedClient(SessionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        var builder = HiveMqSessions.builder(options, cause -> {
            BrokerSession.Listener listener = current;
            if (listener != null) {
                listener.onDisconnected(cause);
            }
        });
        if (options.version() == MqttVersion.V5) {
            this.client5 = builder.useMqttVersion5().buildAsync();
            this.client3 = null;
        } else {
            this.client5 = null;
            this.client3 = builder.useMqttVersion3().buildAsync();
        }
        receive();
    }

    /** The session for the next connection; {@code listener} replaces the previous session's. */
    synchronized BrokerSession next(BrokerSession.Listener listener) {
        current = Objects.requireNonNull(listener, "listener");
        if (previous instanceof Mqtt5Session old) {
            old.endStream();
        } else if (previous instanceof Mqtt3Session old) {
            old.endStream();
        }
        previous = client5 != null ? new Mqtt5Session(client5, options, this::receive)
                : new Mqtt3Session(client3, options, this::receive);
        return previous;
    }

    /** Registers the global message flow unless it is still open. */
    private synchronized void receive() {
        if (receiving) {
            return;
        }
        receiving = true;
        if (client5 != null) {
            client5.toRx().publishes(MqttGlobalPublishFilter.ALL).subscribe(
                    p -> deliver(p.getTopic().toString(), p.getPayloadAsBytes()), this::flowEnded, this::flowEnded);
        } else {
            client3.toRx().publishes(MqttGlobalPublishFilter.ALL).subscribe(
                    p -> deliver(p.getTopic().toString(), p.getPayloadAsBytes()), this::flowEnded, this::flowEnded);
        }
    }

    private void deliver(String topic, byte[] payload) {
        BrokerSession.Listener listener = current;
        if (listener != null) {
            listener.onMessage(topic, payload);
        }
    }

    /**
     * The session ended (the broker had lost it, or it expired) and took the message flow with it:
     * a new one at once, so that no message of the new session finds none, whenever the client
     * reports the end (it may be after the connect completed).
     */
    private synchronized void flowEnded(Throwable sessionEnded) {
        receiving = false;
        receive();
    }

    private synchronized void flowEnded() {
        receiving = false;
        receive();
    }
}
