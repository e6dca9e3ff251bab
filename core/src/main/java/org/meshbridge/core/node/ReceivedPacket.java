package org.meshbridge.core.node;

import java.util.Objects;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.protocol.packet.Packet;

/**
 * A packet a link heard that decoded (malformed frames are only counted, see {@link NodeStats}).
 *
 * @param frame the raw frame with its signal report and link
 * @param packet the decoded packet (its {@code toString} is the decode summary)
 * @param duplicate true when its hash was already in the seen table (heard before, on any link
 *     or path, or sent by this node)
 */
public record ReceivedPacket(ReceivedFrame frame, Packet packet, boolean duplicate) {

    public ReceivedPacket {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(packet, "packet");
    }
}
