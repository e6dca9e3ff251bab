package org.meshbridge.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.payload.AdvertPayload;

/**
 * Seeded, deterministic MeshCore payloads of every common type, built the way firmware builds
 * them: adverts signed by seed identities, group texts encrypted with channel keys, peer datagrams
 * encrypted with ECDH secrets between the identities. {@link OnAirFraming} puts them in packets.
 */
final class SyntheticTraffic {

    /** A payload with its 4-bit type code. */
    record Payload(int type, Bytes bytes) {
    }

    static final int REQ = 0x00;
    static final int RESPONSE = 0x01;
    static final int TXT_MSG = 0x02;
    static final int ACK = 0x03;
    static final int ADVERT = 0x04;
    static final int GRP_TXT = 0x05;
    static final int ANON_REQ = 0x07;
    static final int PATH = 0x08;
    static final int TRACE = 0x09;
    static final int CONTROL = 0x0B;

    /** 2026-01-01T00:00:00Z: synthetic timestamps count from here. */
    private static final long BASE_EPOCH_SECONDS = 1_767_225_600L;
    private static final String[] NAMES = {
        "Hilltop Rptr", "Alice", "Bob T-Deck", "Carol", "Dave Heltec", "Base Camp", "Harbour Room",
        "Ridge 2", "Eve", "Mallory RAK", "Trent", "Peggy", "Victor", "Walter Solar", "Sybil", "Olivia"};
    private static final String[] WORDS = {
        "hello", "mesh", "test", "anyone", "copy", "signal", "repeater", "north", "weather", "rain",
        "battery", "73", "good", "morning", "range", "antenna", "hop", "path", "ok", "thanks", "🌲", "☁️"};

    private final Random random;
    private final List<LocalIdentity> nodes;
    private final Map<Long, Bytes> secrets = new HashMap<>();

    SyntheticTraffic(Random random, int nodeCount) {
        this.random = random;
        this.nodes = new ArrayList<>();
        while (nodes.size() < nodeCount) {
            try {
                nodes.add(LocalIdentity.fromSeed(randomBytes(32)));
            } catch (IllegalArgumentException reservedHash) {
                // public key starts 0x00 or 0xFF: firmware draws again, so do we
            }
        }
    }

    /** An advert: key, timestamp, signature over key ‖ timestamp ‖ app data, app data. */
    Payload advert() {
        int i = random.nextInt(nodes.size());
        LocalIdentity node = nodes.get(i);
        long timestamp = timestamp();
        Bytes appData = appData(i);
        Bytes signature = node.sign(AdvertPayload.signedMessage(node.publicKey(), timestamp, appData));
        return new Payload(ADVERT, new AdvertPayload(node.publicKey(), timestamp, signature, appData).encode());
    }

    /** A channel message {@code timestamp ‖ 0x00 ‖ "name: text"}, encrypted with {@code channel}. */
    Payload groupText(ChannelKey channel) {
        String line = NAMES[random.nextInt(NAMES.length)] + ": " + text(1 + random.nextInt(14));
        Bytes plain = new ByteWriter().u32(timestamp()).u8(0).utf8(line).toBytes();
        Bytes body = PayloadCipher.encryptThenMac(channel.secret(), plain);
        return new Payload(GRP_TXT, new ByteWriter().u8(channel.hash()).bytes(body).toBytes());
    }

    /** An ACK: 4 bytes, or the 6 of v1.16 companions (attempt byte, random byte). */
    Payload ack() {
        Bytes ack = random.nextInt(3) == 0 ? randomBytes(4).concat(Bytes.of((byte) 0, (byte) random.nextInt(256)))
                : randomBytes(4);
        return new Payload(ACK, ack);
    }

    /** A TXT_MSG: {@code timestamp ‖ (type << 2 | attempt) ‖ text}. */
    Payload textMessage() {
        Bytes plain = new ByteWriter().u32(timestamp()).u8(random.nextInt(3)).utf8(text(1 + random.nextInt(16)))
                .toBytes();
        return peerDatagram(TXT_MSG, plain);
    }

    /** A REQ as {@code BaseChatMesh::sendRequest} builds it: tag, type, 4 reserved, 4 random. */
    Payload request() {
        int[] types = {0x01, 0x03, 0x05, 0x06, 0x07};
        Bytes plain = new ByteWriter().u32(timestamp()).u8(types[random.nextInt(types.length)]).zeros(4)
                .bytes(randomBytes(4)).toBytes();
        return peerDatagram(REQ, plain);
    }

    /** A RESPONSE: the echoed tag and an application body. */
    Payload response() {
        Bytes plain = new ByteWriter().u32(timestamp()).bytes(randomBytes(4 + random.nextInt(60))).toBytes();
        return peerDatagram(RESPONSE, plain);
    }

    /** A PATH return: path, then an ACK extra or the no-extra marker 0xFF and 4 random bytes. */
    Payload pathReturn() {
        int hops = random.nextInt(5);
        ByteWriter w = new ByteWriter().u8(hops).bytes(randomBytes(hops));
        if (random.nextBoolean()) {
            w.u8(ACK).bytes(randomBytes(4));
        } else {
            w.u8(0xFF).bytes(randomBytes(4));
        }
        return peerDatagram(PATH, w.toBytes());
    }

    /** A room login ANON_REQ: {@code timestamp ‖ sync_since ‖ password}. */
    Payload anonRequest() {
        int from = random.nextInt(nodes.size());
        int to = otherThan(from);
        Bytes plain = new ByteWriter().u32(timestamp()).u32(0).utf8("pw" + random.nextInt(10_000)).toBytes();
        Bytes body = PayloadCipher.encryptThenMac(secret(from, to), plain);
        return new Payload(ANON_REQ, new ByteWriter().u8(hash(to)).bytes(nodes.get(from).publicKey()).bytes(body)
                .toBytes());
    }

    /** A TRACE payload with {@code hops} 1-byte hop hashes. */
    Payload trace(int hops) {
        Bytes payload = new ByteWriter().u32(random.nextInt() & 0xFFFF_FFFFL).u32(0).u8(0).bytes(randomBytes(hops))
                .toBytes();
        return new Payload(TRACE, payload);
    }

    /** A CONTROL discover request (all node types) or a repeater's response with its whole key. */
    Payload discover() {
        if (random.nextBoolean()) {
            return new Payload(CONTROL, new ByteWriter().u8(0x80).u8(0x1E).u32(random.nextInt() & 0xFFFF_FFFFL)
                    .toBytes());
        }
        LocalIdentity node = nodes.get(random.nextInt(nodes.size()));
        return new Payload(CONTROL, new ByteWriter().u8(0x92).u8(random.nextInt(80) - 40)
                .u32(random.nextInt() & 0xFFFF_FFFFL).bytes(node.publicKey()).toBytes());
    }

    Bytes randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return Bytes.of(b);
    }

    private Payload peerDatagram(int type, Bytes plaintext) {
        int from = random.nextInt(nodes.size());
        int to = otherThan(from);
        Bytes body = PayloadCipher.encryptThenMac(secret(from, to), plaintext);
        return new Payload(type, new ByteWriter().u8(hash(to)).u8(hash(from)).bytes(body).toBytes());
    }

    /** App data: flags (type, name, sometimes location), [lat, lon], name. At most 32 bytes. */
    private Bytes appData(int node) {
        int nodeType = 1 + node % 4;
        boolean located = random.nextInt(3) > 0;
        ByteWriter w = new ByteWriter().u8(0x80 | (located ? 0x10 : 0) | nodeType);
        if (located) {
            w.i32(47_000_000 + random.nextInt(2_000_000)).i32(-123_000_000 + random.nextInt(2_000_000));
        }
        return w.utf8(NAMES[node % NAMES.length]).toBytes();
    }

    private String text(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private long timestamp() {
        return BASE_EPOCH_SECONDS + random.nextInt(30 * 24 * 3600);
    }

    private int otherThan(int node) {
        return (node + 1 + random.nextInt(nodes.size() - 1)) % nodes.size();
    }

    private int hash(int node) {
        return nodes.get(node).identity().hash();
    }

    /** The ECDH secret of two nodes (computed once per pair, as both firmware sides cache it). */
    private Bytes secret(int a, int b) {
        long pair = (long) Math.min(a, b) << 32 | Math.max(a, b);
        return secrets.computeIfAbsent(pair, p -> nodes.get(a).sharedSecret(nodes.get(b).identity()));
    }
}
