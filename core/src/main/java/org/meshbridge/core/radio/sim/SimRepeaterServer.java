package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.AnonRequestContent;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.PeerLink;
import org.meshbridge.protocol.payload.RepeaterLogin;
import org.meshbridge.protocol.payload.RequestContent;
import org.meshbridge.protocol.payload.RequestPayload;
import org.meshbridge.protocol.payload.RequestType;
import org.meshbridge.protocol.payload.ResponseContent;

/**
 * The server side of a simulated repeater ({@code simple_repeater/MyMesh.cpp}): logins
 * ({@code handleLoginReq}: the admin password gives admin, the guest password — blank by default —
 * guest; a wrong one gets no answer) put the sender in the ACL (at most {@value #MAX_CLIENTS},
 * the oldest dropped), and REQs from ACL clients ({@code handleRequest}) answer GET_STATUS with
 * {@code RepeaterStats} (56 bytes; battery, uptime and packet counters filled, the rest 0) and
 * GET_TELEMETRY_DATA with Cayenne LPP (voltage on channel 1). A flooded request is answered by a
 * path return, a zero-hop one zero-hop, any other direct one by flood (no out path is learned),
 * {@value #RESPONSE_DELAY_MS} ms later ({@code SERVER_RESPONSE_DELAY}).
 */
final class SimRepeaterServer {

    static final int MAX_CLIENTS = 32;
    static final int RESPONSE_DELAY_MS = 300;
    private static final int RESP_SERVER_LOGIN_OK = 0;
    private static final int PERM_ACL_GUEST = 1;
    private static final int PERM_ACL_ADMIN = 3;
    private static final int FIRMWARE_VER_LEVEL = 2;
    private static final int REPEATER_STATS_BYTES = 56;
    private static final int LPP_VOLTAGE = 116;

    /** An ACL entry. */
    private static final class Client {
        final PeerLink link;
        final int permissions;
        long lastTimestamp;

        Client(PeerLink link, int permissions, long lastTimestamp) {
            this.link = link;
            this.permissions = permissions;
            this.lastTimestamp = lastTimestamp;
        }
    }

    private final SimRepeater repeater;
    private final Map<Identity, Client> acl = new LinkedHashMap<>();
    private String adminPassword = "password";
    private String guestPassword = "";
    private int batteryMillivolts = 4_150;
    private long requestsAnswered;
    private long loginsAnswered;

    SimRepeaterServer(SimRepeater repeater) {
        this.repeater = repeater;
    }

    void setPasswords(String admin, String guest) {
        adminPassword = admin;
        guestPassword = guest;
    }

    void setBatteryMillivolts(int millivolts) {
        batteryMillivolts = millivolts;
    }

    int batteryMillivolts() {
        return batteryMillivolts;
    }

    long requestsAnswered() {
        return requestsAnswered;
    }

    long loginsAnswered() {
        return loginsAnswered;
    }

    /** Forgets every client, as a reboot without a saved ACL, or 32 newer logins, would. */
    void forgetClients() {
        acl.clear();
    }

    boolean onAnonRequest(Packet packet, AnonRequestPayload request) {
        Optional<AnonRequestContent> content;
        try {
            content = request.openForRepeater(repeater.identity());
        } catch (MalformedFrameException notLogin) {
            return true;
        }
        if (content.isEmpty()) {
            return false;
        }
        if (!(content.get() instanceof RepeaterLogin login)) {
            return true;
        }
        Identity sender = request.sender();
        String password = login.passwordString();
        Client known = acl.get(sender);
        if (password.isEmpty() && known == null && !guestPassword.isEmpty()) {
            return true;
        }
        if (!(password.isEmpty() && known != null)) {
            int permissions;
            if (password.equals(adminPassword)) {
                permissions = PERM_ACL_ADMIN;
            } else if (password.equals(guestPassword)) {
                permissions = PERM_ACL_GUEST;
            } else {
                return true;
            }
            if (known != null && login.timestamp() <= known.lastTimestamp) {
                return true; // replay
            }
            acl.remove(sender);
            if (acl.size() >= MAX_CLIENTS) {
                acl.remove(acl.keySet().iterator().next());
            }
            known = new Client(PeerLink.between(repeater.identity(), sender), permissions, login.timestamp());
            acl.put(sender, known);
        }
        Bytes reply = new ByteWriter(9).u8(RESP_SERVER_LOGIN_OK).u8(0).u8(known.permissions == PERM_ACL_ADMIN ? 1 : 0)
                .u8(known.permissions).bytes(randomBytes(4)).u8(FIRMWARE_VER_LEVEL).toBytes();
        loginsAnswered++;
        respond(packet, known, new ResponseContent(repeater.rtcNowUnique(), reply));
        return true;
    }

    boolean onPeerDatagram(Packet packet, PeerDatagram datagram) {
        if (!(datagram instanceof RequestPayload req)) {
            return false;
        }
        for (Client client : acl.values()) {
            if (client.link.peer().hash() != datagram.srcHash()) {
                continue;
            }
            Optional<RequestContent> opened;
            try {
                opened = client.link.open(req);
            } catch (MalformedFrameException malformed) {
                return true;
            }
            if (opened.isEmpty()) {
                continue;
            }
            RequestContent request = opened.get();
            if (request.tag() <= client.lastTimestamp) {
                return true; // possible replay
            }
            Optional<Bytes> answer = answer(request.requestTypeCode());
            if (answer.isPresent()) {
                client.lastTimestamp = request.tag();
                requestsAnswered++;
                respond(packet, client, new ResponseContent(request.tag(), answer.get()));
            }
            return true;
        }
        return false;
    }

    private Optional<Bytes> answer(int type) {
        if (type == RequestType.GET_STATUS.code()) {
            var counters = repeater.counters();
            long uptime = repeater.uptimeSeconds();
            return Optional.of(new ByteWriter(REPEATER_STATS_BYTES)
                    .u16(batteryMillivolts & 0xFFFF).u16(0).u16(0).u16(0)
                    .u32(counters.received() & 0xFFFF_FFFFL).u32(counters.transmitted() & 0xFFFF_FFFFL)
                    .u32(0).u32(uptime & 0xFFFF_FFFFL)
                    .u32(0).u32(0).u32(0).u32(0)
                    .u16(0).u16(0).u16((int) (counters.duplicates() & 0xFFFF)).u16(0)
                    .u32(0).u32(0).toBytes());
        }
        if (type == RequestType.GET_TELEMETRY_DATA.code()) {
            int centivolts = Math.round(batteryMillivolts / 10f);
            return Optional.of(new ByteWriter(4).u8(1).u8(LPP_VOLTAGE).u8(centivolts >> 8 & 0xFF).u8(centivolts & 0xFF).toBytes());
        }
        return Optional.empty();
    }

    private void respond(Packet request, Client client, ResponseContent response) {
        Duration delay = Duration.ofMillis(RESPONSE_DELAY_MS);
        if (request.route().isFlood()) {
            repeater.sendFlood(client.link.seal(PathContent.withResponse(request.path(), response)), delay);
        } else if (request.path().isEmpty()) {
            repeater.sendZeroHop(client.link.seal(response), delay);
        } else {
            repeater.sendFlood(client.link.seal(response), delay);
        }
    }

    private Bytes randomBytes(int n) {
        byte[] b = new byte[n];
        repeater.random().nextBytes(b);
        return Bytes.of(b);
    }
}
