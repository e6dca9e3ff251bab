package org.meshbridge.server.radio;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The device-specific half of a link for one connection: the handshake, reading frames and
 * writing packets. Created per connection by {@link StreamLinkEngine}, which calls every method
 * on the link's own thread; the session talks back through its {@link StreamLinkEngine.Connection}.
 */
interface DeviceSession {

    /** The stream is open: write the first handshake request. */
    void begin() throws IOException;

    /** Bytes from the device, in order. Must not throw for any input. */
    void onBytes(byte[] chunk);

    /** Why the handshake timed out, for the {@code Down} state; {@code timeout} is how long we waited. */
    String handshakeTimeoutReason(Duration timeout);

    /** Why {@code packet} cannot go out on this link, or empty when it can. */
    Optional<String> refuse(Bytes packet);

    /** Writes {@code packet}; the session later reports the outcome with {@code Connection.finishTx}. */
    void send(Bytes packet) throws IOException;

    /** How long to wait for the outcome of sending {@code packet} before calling it {@code FAILED}. */
    Duration txTimeout(Bytes packet);

    /** The connection is over (lost or closed): flush what is held, cancel timers. */
    void end();
}
