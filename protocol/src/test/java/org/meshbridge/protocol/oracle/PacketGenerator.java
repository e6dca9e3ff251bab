package org.meshbridge.protocol.oracle;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.DiscoverRequest;
import org.meshbridge.protocol.payload.DiscoverResponse;
import org.meshbridge.protocol.payload.GroupDataContent;
import org.meshbridge.protocol.payload.GroupDataPayload;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.MultipartPayload;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.PeerLink;
import org.meshbridge.protocol.payload.RawCustomPayload;
import org.meshbridge.protocol.payload.RepeaterLogin;
import org.meshbridge.protocol.payload.RequestContent;
import org.meshbridge.protocol.payload.RequestType;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.RoomLogin;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TracePayload;

/**
 * Builds varied, valid packets with our own code from a seeded {@link Random}: every payload type,
 * every route (transport routes scoped with a region key), 1-, 2- and 3-byte path hashes. Adverts
 * are signed by seeded and by imported 64-byte keys; group texts go to the public channel, a
 * hashtag channel and private random channels; peer datagrams are sealed between real identities.
 */
final class PacketGenerator {

    /** A packet and what the decoder needs (and should find) beyond its bytes. */
    record Generated(Packet packet, Payload payload, List<Bytes> channelSecrets, Optional<GroupTextContent> groupText,
                     Optional<String> region) {
    }

    static final String REGION = "#seattle";
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final Random random;
    private final List<LocalIdentity> identities;
    private final List<ChannelKey> channels;

    PacketGenerator(long seed) {
        this.random = new Random(seed);
        LocalIdentity seeded1 = LocalIdentity.fromSeed(bytes(32, 0x11));
        LocalIdentity seeded2 = LocalIdentity.fromSeed(bytes(32, 0x42));
        this.identities = List.of(seeded1, seeded2,
                LocalIdentity.fromExpandedKey(seeded1.expandedKey()), LocalIdentity.fromExpandedKey(seeded2.expandedKey()),
                LocalIdentity.fromExpandedKey(Bytes.fromHex("7065e18fd9fabb70c1ed90dca19907de698c88b709ea146eafd93d9b830c7b60"
                        + "c4681193c79bbc39945ba8064104bb618f8fd7a84a0af6f57033d6e8ddcd6471")));
        this.channels = List.of(ChannelKey.PUBLIC, ChannelKey.hashtag("#test"), ChannelKey.hashtag("#" + word(3, 12).toLowerCase()),
                new ChannelKey(randomBytes(16)));
    }

    Generated next() {
        PayloadType type = PayloadType.values()[random.nextInt(PayloadType.values().length)];
        Optional<GroupTextContent> text = Optional.empty();
        List<Bytes> secrets = List.of();
        Payload payload;
        switch (type) {
            case GRP_TXT -> {
                ChannelKey channel = pick(channels);
                GroupTextContent content = GroupTextContent.of(u32(), word(1, 16), words());
                payload = GroupTextPayload.seal(channel, content);
                text = Optional.of(content);
                secrets = channels.stream().map(ChannelKey::secret).toList();
            }
            case GRP_DATA -> payload = GroupDataPayload.seal(pick(channels),
                    new GroupDataContent(1 + random.nextInt(0xFFFF), randomBytes(random.nextInt(60))));
            default -> payload = unencrypted(type).orElseGet(() -> peer(type));
        }
        return route(payload, secrets, text);
    }

    private Optional<Payload> unencrypted(PayloadType type) {
        return Optional.ofNullable(switch (type) {
            case ADVERT -> AdvertPayload.sign(pick(identities), u32(), appData());
            case ACK -> new AckPayload(new AckHash(randomBytes(4)), randomBytes(random.nextInt(3)));
            case TRACE -> TracePayload.of(u32(), u32(), 1 << random.nextInt(3), Bytes.EMPTY);
            case MULTIPART -> MultipartPayload.ofAck(random.nextInt(16), AckPayload.of(new AckHash(randomBytes(4))));
            case CONTROL -> random.nextBoolean()
                    ? new DiscoverRequest(random.nextBoolean(), random.nextInt(32), u32(),
                            random.nextBoolean() ? OptionalLong.of(u32()) : OptionalLong.empty())
                    : new DiscoverResponse(1 + random.nextInt(4), random.nextInt(256) - 128, u32(),
                            randomBytes(random.nextBoolean() ? 8 : 32));
            case RAW_CUSTOM -> new RawCustomPayload(randomBytes(1 + random.nextInt(100)));
            default -> null;
        });
    }

    private Payload peer(PayloadType type) {
        LocalIdentity from = pick(identities);
        PeerLink link = PeerLink.between(from, pick(identities).identity());
        return switch (type) {
            case TXT_MSG -> link.seal(TextMessageContent.plain(u32(), random.nextInt(256), words()));
            case REQ -> link.seal(RequestContent.fixed(u32(), RequestType.GET_STATUS, randomBytes(4)));
            case RESPONSE -> link.seal(new ResponseContent(u32(), randomBytes(random.nextInt(120))));
            case PATH -> link.seal(PathContent.withoutExtra(path(random.nextInt(3) + 1, random.nextInt(6)), randomBytes(4)));
            case ANON_REQ -> link.sealAnonymous(random.nextBoolean()
                    ? RoomLogin.of(u32(), u32(), word(0, 15)) : RepeaterLogin.of(u32(), word(0, 15)));
            default -> throw new IllegalStateException("not a peer datagram: " + type);
        };
    }

    private Generated route(Payload payload, List<Bytes> secrets, Optional<GroupTextContent> text) {
        if (payload instanceof TracePayload trace) {
            int hops = random.nextInt(8);
            TracePayload withHops = TracePayload.of(trace.tag(), trace.authCode(), trace.hashSize(),
                    randomBytes(hops * trace.hashSize()));
            Path snrs = Path.ofOneByteHashes(randomBytes(random.nextInt(hops + 1)));
            return new Generated(withHops.toDirect(snrs), withHops, secrets, text, Optional.empty());
        }
        int hashSize = 1 + random.nextInt(3);
        Packet plain = payload.toPacket(random.nextBoolean() ? RouteType.FLOOD : RouteType.DIRECT, path(hashSize, random.nextInt(8)));
        if (random.nextInt(4) != 0) {
            return new Generated(plain, payload, secrets, text, Optional.empty());
        }
        return new Generated(RegionKey.named(REGION).scope(plain), payload, secrets, text, Optional.of(REGION));
    }

    private AdvertAppData appData() {
        Optional<AdvertAppData.Location> location = random.nextBoolean()
                ? Optional.of(new AdvertAppData.Location(random.nextInt(180_000_001) - 90_000_000,
                        random.nextInt(360_000_001) - 180_000_000))
                : Optional.empty();
        return AdvertAppData.of(NodeType.values()[random.nextInt(NodeType.values().length)], word(1, 23), location);
    }

    private Path path(int hashSize, int hops) {
        return new Path(hashSize, randomBytes(hashSize * hops));
    }

    private long u32() {
        return random.nextLong() & 0xFFFFFFFFL;
    }

    private String word(int min, int max) {
        StringBuilder sb = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    private String words() {
        StringBuilder sb = new StringBuilder(word(1, 10));
        int more = random.nextInt(6);
        for (int i = 0; i < more; i++) {
            sb.append(' ').append(word(1, 10));
        }
        return sb.toString();
    }

    private Bytes randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return Bytes.of(b);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static Bytes bytes(int n, int value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) value);
        return Bytes.of(b);
    }
}
