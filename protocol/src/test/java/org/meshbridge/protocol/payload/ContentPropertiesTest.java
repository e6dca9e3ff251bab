package org.meshbridge.protocol.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Mutations;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Vectors;

/**
 * Every payload and plaintext decoder on random and mutated input: only MalformedFrameException,
 * and whatever is accepted re-encodes to the same bytes (plaintexts: to the input without its
 * trailing zero padding).
 */
class ContentPropertiesTest {

    /** Decodes a plaintext and re-encodes what it accepted. */
    interface Decoder {
        Bytes roundTrip(Bytes input) throws MalformedFrameException;
    }

    @Provide
    Arbitrary<Bytes> randomInput() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200).map(Bytes::of);
    }

    @Provide
    Arbitrary<Bytes> mutatedPayloads() {
        return Mutations.of(Vectors.validPackets().stream().map(ContentPropertiesTest::payloadOf).toList());
    }

    @Provide
    Arbitrary<Bytes> mutatedPlaintexts() {
        return Mutations.of(Vectors.plaintexts());
    }

    @Property
    void payloadsOfEveryTypeFromRandomBytes(@ForAll("randomInput") Bytes input, @ForAll("typeCodes") int type) {
        assertPayloadRoundTrip(type, input);
    }

    @Property
    void payloadsFromMutatedVectors(@ForAll("mutatedPayloads") Bytes input, @ForAll("typeCodes") int type) {
        assertPayloadRoundTrip(type, input);
    }

    @Provide
    Arbitrary<Integer> typeCodes() {
        return Arbitraries.integers().between(0, 15);
    }

    @Property
    void plaintextsFromRandomBytes(@ForAll("randomInput") Bytes input) {
        for (Decoder d : plaintextDecoders()) {
            assertPlaintextRoundTrip(d, input);
        }
    }

    @Property
    void plaintextsFromMutatedVectors(@ForAll("mutatedPlaintexts") Bytes input) {
        for (Decoder d : plaintextDecoders()) {
            assertPlaintextRoundTrip(d, input);
        }
    }

    @Property
    void advertAppDataFromRandomBytes(@ForAll("randomInput") Bytes input) {
        try {
            assertThat(AdvertAppData.decode(input).encode()).isEqualTo(input);
        } catch (MalformedFrameException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }

    private static List<Decoder> plaintextDecoders() {
        return List.of(in -> TextMessageContent.decode(in).encode(), in -> RequestContent.decode(in).encode(),
                in -> ResponseContent.decode(in).encode(), in -> PathContent.decode(in).encode(),
                in -> GroupTextContent.decode(in).encode(), in -> GroupDataContent.decode(in).encode(),
                in -> AnonRequestContent.readRoomLogin(in).encode(), in -> AnonRequestContent.readForRepeater(in).encode());
    }

    private static void assertPayloadRoundTrip(int type, Bytes input) {
        try {
            Payload p = Payload.decode(type, input);
            assertThat(p.encode()).isEqualTo(input);
            assertThat(p.typeCode()).isEqualTo(type);
        } catch (MalformedFrameException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }

    private static void assertPlaintextRoundTrip(Decoder decoder, Bytes input) {
        Bytes encoded;
        try {
            encoded = decoder.roundTrip(input);
        } catch (MalformedFrameException expected) {
            assertThat(expected.reason()).isNotNull();
            return;
        }
        assertThat(input.startsWith(encoded)).as("%s re-encodes to a prefix of %s", encoded, input).isTrue();
        assertThat(input.slice(encoded.size(), input.size())).isEqualTo(Bytes.zeros(input.size() - encoded.size()));
    }

    private static Bytes payloadOf(Bytes frame) {
        try {
            return Packet.decode(frame).payload();
        } catch (MalformedFrameException e) {
            throw new AssertionError(e);
        }
    }
}
