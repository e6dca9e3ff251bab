package org.meshbridge.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * The frame streams of {@link NodeReceiveBenchmark}, seeded and built once in setup.
 *
 * <ul>
 *   <li>{@link #corpusShaped}: the committed corpus's make-up (docs/performance.md) drawn from
 *       {@code seeds} seeds, the committed corpus first: traffic of other nodes, with adverts to
 *       verify and Public/{@code #meshbridge} group texts the bridge opens. Packets with the same
 *       hash (the 23 fixed vectors recur in every seed) are kept once, so all are unique.
 *   <li>{@link #addressed}: datagrams for the station's endpoints from their known peers, in a fixed
 *       10-slot pattern: 2 × TXT_MSG flood to the room, TXT_MSG direct to the user, REQ flood to the
 *       room, ANON_REQ (login) flood to the room, PATH flood to the user, 3 × GRP_TXT on Public and
 *       1 × on {@code #meshbridge}. All unique (distinct timestamps and random bytes).
 *   <li>{@link #mix}: 50 % corpus-shaped, 20 % addressed, 30 % a frame of the last 64 heard again.
 * </ul>
 */
final class NodeTraffic {

    private final BenchStation station;
    private final Random random;
    private long timestamp = BenchStation.START.getEpochSecond();

    NodeTraffic(BenchStation station, long seed) {
        this.station = station;
        this.random = new Random(seed);
    }

    /** The corpus make-up from {@code seeds} seeds, unique by packet hash; adverts left out unless {@code adverts}. */
    static Bytes[] corpusShaped(int seeds, boolean adverts) {
        Set<Bytes> hashes = new HashSet<>();
        List<Bytes> out = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            for (Bytes frame : CorpusGenerator.packets(CorpusGenerator.SEED + i)) {
                Packet packet = decode(frame);
                if ((adverts || !packet.is(PayloadType.ADVERT)) && hashes.add(packet.hash())) {
                    out.add(frame);
                }
            }
        }
        return out.toArray(Bytes[]::new);
    }

    /** {@code count} unique frames addressed to the station's endpoints, in the 10-slot pattern. */
    Bytes[] addressed(int count) {
        Bytes[] out = new Bytes[count];
        for (int i = 0; i < count; i++) {
            out[i] = switch (i % 10) {
                case 0, 1 -> flood(PayloadType.TXT_MSG, datagram(PayloadType.TXT_MSG, peer(4), station.room, text()));
                case 2 -> zeroHop(PayloadType.TXT_MSG, datagram(PayloadType.TXT_MSG, peer(2), station.user, text()));
                case 3 -> flood(PayloadType.REQ, datagram(PayloadType.REQ, peer(4), station.room, request()));
                case 4 -> flood(PayloadType.ANON_REQ, login(peer(4)));
                case 5 -> flood(PayloadType.PATH, datagram(PayloadType.PATH, peer(2), station.user,
                        PathContent.withoutExtra(path(), bytes(4)).encode()));
                case 9 -> flood(PayloadType.GRP_TXT, group(BenchStation.HASHTAG));
                default -> flood(PayloadType.GRP_TXT, group(ChannelKey.PUBLIC));
            };
        }
        return out;
    }

    /** {@code length} frames: 50 % from {@code foreign}, 20 % from {@code addressed} (each in turn), 30 % re-heard. */
    Bytes[] mix(Bytes[] foreign, Bytes[] addressed, int length) {
        Bytes[] out = new Bytes[length];
        int f = 0;
        int a = 0;
        for (int i = 0; i < length; i++) {
            int roll = random.nextInt(10);
            if (roll < 3) {
                out[i] = i >= 64 ? out[i - 1 - random.nextInt(64)] : foreign[f++ % foreign.length];
            } else if (roll < 5) {
                out[i] = addressed[a++ % addressed.length];
            } else {
                out[i] = foreign[f++ % foreign.length];
            }
        }
        return out;
    }

    private LocalIdentity peer(int among) {
        return station.peers.get(random.nextInt(among));
    }

    private Bytes datagram(PayloadType type, LocalIdentity from, LocalIdentity to, Bytes plaintext) {
        Bytes sealed = PayloadCipher.encryptThenMac(from.sharedSecret(to.identity()), plaintext);
        return PeerDatagram.of(type, to.identity().hash(), from.identity().hash(), sealed).encode();
    }

    private Bytes login(LocalIdentity from) {
        Bytes plain = new ByteWriter().u32(++timestamp).u32(0).utf8("hello").toBytes();
        Bytes sealed = PayloadCipher.encryptThenMac(from.sharedSecret(station.room.identity()), plain);
        return new AnonRequestPayload(station.room.identity().hash(), from.publicKey(), sealed).encode();
    }

    private Bytes group(ChannelKey channel) {
        return GroupTextPayload.seal(channel, GroupTextContent.of(++timestamp, "Alice", "anyone on " + random.nextInt(1000)))
                .encode();
    }

    private Bytes text() {
        return TextMessageContent.plain(++timestamp, 0, "hello room " + random.nextInt(1000)).encode();
    }

    /** A REQ as {@code BaseChatMesh::sendRequest} builds it: tag, type (get status), 4 reserved, 4 random. */
    private Bytes request() {
        return new ByteWriter().u32(++timestamp).u8(0x01).zeros(4).bytes(bytes(4)).toBytes();
    }

    private Path path() {
        return Path.ofOneByteHashes(bytes(random.nextInt(4)));
    }

    private Bytes flood(PayloadType type, Bytes payload) {
        return Packet.of(RouteType.FLOOD, type, path(), payload).encode();
    }

    private Bytes zeroHop(PayloadType type, Bytes payload) {
        return Packet.zeroHop(type, payload).encode();
    }

    private Bytes bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return Bytes.of(b);
    }

    private static Packet decode(Bytes frame) {
        try {
            return Packet.decode(frame);
        } catch (MalformedFrameException e) {
            throw new IllegalStateException("generated frame does not decode: " + frame.hex(), e);
        }
    }
}
