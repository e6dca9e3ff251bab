package org.meshbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    @Test
    void committedPacketsAreExactlyWhatTheSeededGeneratorWrites() throws IOException {
        assertThat(resource(Corpus.PACKETS_FILE)).isEqualTo(CorpusGenerator.packetsFile());
    }

    @Test
    void committedChannelsAreExactlyWhatTheGeneratorWrites() throws IOException {
        assertThat(resource(Corpus.CHANNELS_FILE)).isEqualTo(CorpusGenerator.channelsFile());
    }

    @Test
    void corpusHoldsTheSpecPacketsAndOneThousandSyntheticOnes() {
        Corpus corpus = Corpus.load();

        assertThat(corpus.packets()).hasSize(Corpus.PACKET_COUNT).hasSize(
                CapturedVectors.REAL_CAPTURES.size() + CapturedVectors.SPEC_VECTORS.size() + 1000);
        assertThat(corpus.channels()).containsOnlyKeys("Public", "#test", "#bot", "#meshbridge");
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = CorpusGeneratorTest.class.getResourceAsStream("/corpus/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
