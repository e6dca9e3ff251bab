package org.meshbridge.core.node;

import java.util.ArrayList;
import java.util.List;
import org.meshbridge.protocol.crypto.LocalIdentity;

/** A {@link NodeListener} that records every event, in order. */
public final class RecordingNodeListener implements NodeListener {

    private final List<ReceivedPacket> received = new ArrayList<>();
    private final List<TransmittedPacket> transmitted = new ArrayList<>();
    private final List<Contact> heard = new ArrayList<>();
    private final List<Delivery> deliveries = new ArrayList<>();

    @Override
    public void onPacketReceived(ReceivedPacket packet) {
        received.add(packet);
    }

    @Override
    public void onPacketTransmitted(TransmittedPacket packet) {
        transmitted.add(packet);
    }

    @Override
    public void onNodeHeard(Contact contact) {
        heard.add(contact);
    }

    @Override
    public void onDelivery(LocalIdentity sender, Delivery delivery) {
        deliveries.add(delivery);
    }

    public List<ReceivedPacket> received() {
        return List.copyOf(received);
    }

    public List<TransmittedPacket> transmitted() {
        return List.copyOf(transmitted);
    }

    public List<Contact> heard() {
        return List.copyOf(heard);
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
