package org.meshbridge.protocol.crypto;

import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.Mac;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.packet.TransportCodes;

/**
 * A region ("scope") transport key, firmware {@code TransportKey} (spec §3.7): 16 bytes that
 * compute transport code 1 of {@code TRANSPORT_FLOOD} / {@code TRANSPORT_DIRECT} packets.
 *
 * <p>{@link #named} derives the key of a public hashtag region. Private ({@code $}) regions take
 * their keys from a key store, so build those with the constructor. {@link #toString()} hides the
 * key.
 */
public record RegionKey(Bytes key) {

    /** Code 0x0000 is reserved ({@code TransportKey::calcTransportCode} turns it into 1). */
    public static final int RESERVED_CODE_ZERO = 0x0000;
    /** Code 0xFFFF is reserved ({@code TransportKey::calcTransportCode} turns it into 0xFFFE). */
    public static final int RESERVED_CODE_ALL_ONES = 0xFFFF;

    /**
     * @throws IllegalArgumentException unless 16 bytes
     */
    public RegionKey {
        if (key.size() != CryptoConstants.TRANSPORT_KEY_SIZE) {
            throw new IllegalArgumentException("a region key is 16 bytes, was " + key.size());
        }
    }

    /**
     * The key of a hashtag region: the first 16 bytes of SHA-256 over the name with a leading
     * '#', added when missing ({@code RegionMap::getTransportKeysFor}, "implicit auto hashtag
     * region"; {@code TransportKeyStore::getAutoKeyFor}). Unlike hashtag channels the name is
     * hashed exactly as given: the firmware does not change its case.
     *
     * @throws IllegalArgumentException on an empty name, or a '$' (private) region name
     */
    public static RegionKey named(String name) {
        if (name.startsWith("$")) {
            throw new IllegalArgumentException("'$' regions are private; their keys are not derived from the name");
        }
        String hashed = name.startsWith("#") ? name : "#" + name;
        if (hashed.length() == 1) {
            throw new IllegalArgumentException("a region needs a name");
        }
        return new RegionKey(ChannelKey.sha256(Bytes.utf8(hashed)).prefix(CryptoConstants.TRANSPORT_KEY_SIZE));
    }

    /**
     * Transport code 1 for a packet: the first 2 bytes, little-endian, of HMAC-SHA256(key,
     * payloadType ‖ payload), with 0x0000 → 0x0001 and 0xFFFF → 0xFFFE
     * ({@code TransportKey::calcTransportCode}).
     *
     * @param payloadType the header's 4-bit payload type, 0..15
     * @param payload the packet payload (after header, transport codes, path length and path)
     * @return the code, 0x0001..0xFFFE
     * @throws IllegalArgumentException when payloadType is outside 0..15
     */
    public int transportCode(int payloadType, Bytes payload) {
        if (payloadType < 0 || payloadType > CryptoConstants.MAX_PAYLOAD_TYPE) {
            throw new IllegalArgumentException("payload type must be 0..15, was " + payloadType);
        }
        byte[] mac;
        try {
            Mac hmac = PayloadCipher.hmacSha256(key.toArray());
            hmac.update((byte) payloadType);
            hmac.update(payload.toArray());
            mac = hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable in this JVM", e);
        }
        int code = (mac[0] & 0xFF) | (mac[1] & 0xFF) << 8;
        if (code == RESERVED_CODE_ZERO) {
            return 1;
        }
        return code == RESERVED_CODE_ALL_ONES ? RESERVED_CODE_ALL_ONES - 1 : code;
    }

    /** Whether {@code code} (transport code 1 of a received packet) was made with this key. */
    public boolean matches(int code, int payloadType, Bytes payload) {
        return code == transportCode(payloadType, payload);
    }

    /**
     * {@code packet} scoped to this region, as {@code sendFlood}/{@code sendZeroHop} with transport
     * codes send it: FLOOD becomes TRANSPORT_FLOOD and DIRECT becomes TRANSPORT_DIRECT (transport
     * routes stay), transport code 1 is {@link #transportCode} over the packet's payload type and
     * payload, and code 2 is 0 (kept when the packet already had codes). Path and payload are
     * unchanged.
     */
    public Packet scope(Packet packet) {
        RouteType route = switch (packet.route()) {
            case FLOOD, TRANSPORT_FLOOD -> RouteType.TRANSPORT_FLOOD;
            case DIRECT, TRANSPORT_DIRECT -> RouteType.TRANSPORT_DIRECT;
        };
        int code2 = packet.transportCodes().map(TransportCodes::code2).orElse(0);
        TransportCodes codes = new TransportCodes(transportCode(packet.payloadTypeCode(), packet.payload()), code2);
        return new Packet(route, packet.payloadTypeCode(), packet.version(), Optional.of(codes), packet.path(), packet.payload());
    }

    /** Whether {@code packet} carries transport codes and code 1 was made with this key. */
    public boolean matches(Packet packet) {
        return packet.transportCodes().isPresent()
                && matches(packet.transportCodes().get().code1(), packet.payloadTypeCode(), packet.payload());
    }

    @Override
    public String toString() {
        return "RegionKey[…]";
    }
}
