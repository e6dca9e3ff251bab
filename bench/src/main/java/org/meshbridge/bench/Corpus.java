package org.meshbridge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * The committed benchmark corpus, read from the classpath ({@code /corpus/packets.hex} and
 * {@code /corpus/channels.txt}); see {@link CorpusGenerator} for what is in it.
 */
public final class Corpus {

    /** Packets in the committed corpus (a test holds the file to it); a constant for JMH. */
    public static final int PACKET_COUNT = 1023;

    static final String PACKETS_FILE = "packets.hex";
    static final String CHANNELS_FILE = "channels.txt";

    private final List<Bytes> packets;
    private final Map<String, ChannelKey> channels;

    private Corpus(List<Bytes> packets, Map<String, ChannelKey> channels) {
        this.packets = List.copyOf(packets);
        this.channels = Map.copyOf(channels);
    }

    /** Loads the committed corpus. */
    public static Corpus load() {
        List<Bytes> packets = new ArrayList<>();
        for (String line : lines(PACKETS_FILE)) {
            packets.add(Bytes.fromHex(line));
        }
        Map<String, ChannelKey> channels = new LinkedHashMap<>();
        for (String line : lines(CHANNELS_FILE)) {
            String[] secretAndName = line.split("\\s+", 2);
            channels.put(secretAndName[1], ChannelKey.ofSecret(secretAndName[0]));
        }
        return new Corpus(packets, channels);
    }

    /** Every packet, in file order. */
    public List<Bytes> packets() {
        return packets;
    }

    /** The channels whose secrets come with the corpus, by name. */
    public Map<String, ChannelKey> channels() {
        return channels;
    }

    private static List<String> lines(String file) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IllegalStateException("corpus file /corpus/" + file + " is not on the classpath");
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.trim();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
