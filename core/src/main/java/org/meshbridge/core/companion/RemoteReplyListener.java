package org.meshbridge.core.companion;

import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.payload.RequestType;

/**
 * Hears the answers to the status and telemetry requests virtual companions send over RF, so
 * other parts of the server (battery readings) can use them too. Called on the scheduler thread
 * before the requesting app sees the answer; must not block.
 */
@FunctionalInterface
public interface RemoteReplyListener {

    /**
     * An answer from {@code node} to a request of {@code type} (GET_STATUS or GET_TELEMETRY_DATA).
     *
     * @param body the response plaintext after its 4-byte tag, as the node sent it (untrusted)
     */
    void onRemoteReply(Identity node, RequestType type, Bytes body);
}
