package org.meshbridge.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.Payload;

/**
 * The corpus decoded once, split the way the benchmarks (and {@code oracles/bench-decoder.js})
 * use it: all frames, the adverts, and the GRP_TXTs a corpus channel opens. Loading fails if any
 * packet does not decode or any advert does not verify, so a benchmark never times failures.
 */
final class CorpusSets {

    /** An advert packet and its decoded payload. */
    record Advert(Bytes frame, AdvertPayload payload) {
    }

    /** A GRP_TXT a corpus channel opens: its payload, that channel (and hash), and the plaintext. */
    record GroupText(GroupTextPayload payload, ChannelKey channel, int channelHash, GroupTextContent content) {
    }

    private final Bytes[] frames;
    private final List<Advert> adverts;
    private final List<GroupText> groupTexts;
    /** Channel keys by channel hash (0..255); an empty array for hashes no channel has. */
    private final ChannelKey[][] channelsByHash;

    private CorpusSets(Corpus corpus) throws MalformedFrameException {
        frames = corpus.packets().toArray(Bytes[]::new);
        if (frames.length != Corpus.PACKET_COUNT) {
            throw new IllegalStateException("corpus has " + frames.length + " packets, expected " + Corpus.PACKET_COUNT);
        }
        channelsByHash = byHash(corpus.channels().values());
        adverts = new ArrayList<>();
        groupTexts = new ArrayList<>();
        for (Bytes frame : frames) {
            Payload payload = Payload.decode(Packet.decode(frame));
            if (payload instanceof AdvertPayload advert) {
                if (!Identity.of(advert.publicKey()).verify(advert.signedMessage(), advert.signature())) {
                    throw new IllegalStateException("corpus advert does not verify: " + frame.hex());
                }
                adverts.add(new Advert(frame, advert));
            } else if (payload instanceof GroupTextPayload text) {
                opener(text).ifPresent(k -> groupTexts.add(
                        new GroupText(text, k, k.hash(), open(text).orElseThrow())));
            }
        }
    }

    /** Decodes the committed corpus. */
    static CorpusSets load() {
        try {
            return new CorpusSets(Corpus.load());
        } catch (MalformedFrameException e) {
            throw new IllegalStateException("the corpus holds a packet our decoder refuses", e);
        }
    }

    Bytes[] frames() {
        return frames.clone();
    }

    List<Advert> adverts() {
        return List.copyOf(adverts);
    }

    List<GroupText> groupTexts() {
        return List.copyOf(groupTexts);
    }

    /**
     * What a receiver with the corpus channels does with a payload: for a GRP_TXT, try each
     * channel with its hash until one's MAC verifies, and parse the plaintext. Empty for anything
     * else, or when no channel opens it.
     */
    Optional<GroupTextContent> open(Payload payload) {
        if (!(payload instanceof GroupTextPayload text)) {
            return Optional.empty();
        }
        for (ChannelKey key : channelsByHash[text.channelHash()]) {
            Optional<Bytes> plain = PayloadCipher.macThenDecrypt(key.secret(), text.macAndCiphertext());
            if (plain.isPresent()) {
                try {
                    return Optional.of(GroupTextContent.decode(plain.get()));
                } catch (MalformedFrameException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static ChannelKey[][] byHash(Collection<ChannelKey> keys) {
        Map<Integer, List<ChannelKey>> grouped = new HashMap<>();
        keys.forEach(k -> grouped.computeIfAbsent(k.hash(), h -> new ArrayList<>()).add(k));
        ChannelKey[][] table = new ChannelKey[256][];
        for (int hash = 0; hash < table.length; hash++) {
            table[hash] = grouped.getOrDefault(hash, List.of()).toArray(ChannelKey[]::new);
        }
        return table;
    }

    private Optional<ChannelKey> opener(GroupTextPayload text) {
        for (ChannelKey key : channelsByHash[text.channelHash()]) {
            if (PayloadCipher.macThenDecrypt(key.secret(), text.macAndCiphertext()).isPresent()) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
