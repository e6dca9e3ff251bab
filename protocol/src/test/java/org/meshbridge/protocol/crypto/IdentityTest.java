package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshbridge.protocol.crypto.KeyVectors.ADVERT_B;
import static org.meshbridge.protocol.crypto.KeyVectors.ADVERT_R1;
import static org.meshbridge.protocol.crypto.KeyVectors.A_PUB;
import static org.meshbridge.protocol.crypto.KeyVectors.A_SIG_HELLO;
import static org.meshbridge.protocol.crypto.KeyVectors.advertSignature;
import static org.meshbridge.protocol.crypto.KeyVectors.advertSignedPart;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

class IdentityTest {

    @Test
    void theHashIsTheFirstKeyByteAndPrefixesAreKeyPrefixes() {
        Identity a = Identity.of(A_PUB);
        assertThat(a.hash()).isEqualTo(0x1E);
        assertThat(a.hashPrefix(1)).isEqualTo(Bytes.fromHex("1E"));
        assertThat(a.hashPrefix(3)).isEqualTo(Bytes.fromHex("1EC771"));
        assertThat(a.hashPrefix(32)).isEqualTo(A_PUB);
        assertThat(a.isHashMatch(Bytes.fromHex("1EC7"))).isTrue();
        assertThat(a.isHashMatch(Bytes.fromHex("1EC8"))).isFalse();
        assertThat(a.isHashMatch(Bytes.EMPTY)).isFalse();
        assertThatThrownBy(() -> a.hashPrefix(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.hashPrefix(33)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPublicKeyIsExactly32Bytes() {
        assertThatThrownBy(() -> Identity.of(Bytes.zeros(31))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identity.of(Bytes.zeros(33))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Identity.fromHex(A_PUB.hex())).isEqualTo(Identity.of(A_PUB));
        assertThat(Identity.of(A_PUB)).hasSameHashCodeAs(Identity.of(A_PUB)).hasToString(A_PUB.hex());
    }

    @Test
    void verifiesTheSignatureOfARealCapturedAdvert() {
        Identity author = Identity.of(ADVERT_R1.slice(2, 34));
        assertThat(author.verify(advertSignedPart(ADVERT_R1), advertSignature(ADVERT_R1))).isTrue();
    }

    @Test
    void verifiesTheSpecRoomAdvertAndASignatureOnHello() {
        Identity b = Identity.of(KeyVectors.B_PUB);
        assertThat(b.verify(advertSignedPart(ADVERT_B), advertSignature(ADVERT_B))).isTrue();
        assertThat(Identity.of(A_PUB).verify(Bytes.utf8("hello"), A_SIG_HELLO)).isTrue();
        assertThat(b.verify(Bytes.utf8("hello"), KeyVectors.B_SIG_HELLO)).isTrue();
    }

    @Test
    void rejectsAWrongKeyMessageOrSignatureSize() {
        assertThat(Identity.of(KeyVectors.B_PUB).verify(Bytes.utf8("hello"), A_SIG_HELLO)).isFalse();
        assertThat(Identity.of(A_PUB).verify(Bytes.utf8("hello"), KeyVectors.B_SIG_HELLO)).isFalse();
        assertThat(Identity.of(A_PUB).verify(Bytes.utf8("hellp"), A_SIG_HELLO)).isFalse();
        assertThat(Identity.of(A_PUB).verify(Bytes.utf8("hello"), A_SIG_HELLO.prefix(63))).isFalse();
        assertThat(Identity.of(A_PUB).verify(Bytes.utf8("hello"), Bytes.zeros(64))).isFalse();
    }

    @Test
    void aKeyThatIsNotACurvePointNeverVerifies() {
        // y = 2 has no x on the curve.
        Identity notAPoint = Identity.of(Bytes.fromHex("02" + "00".repeat(31)));
        assertThat(notAPoint.isCurvePoint()).isFalse();
        assertThat(notAPoint.verify(Bytes.utf8("hello"), A_SIG_HELLO)).isFalse();
        assertThat(Identity.of(A_PUB).isCurvePoint()).isTrue();
    }

    @Property(tries = 300)
    void anyFlippedBitInSignatureOrMessageIsRejected(@ForAll @IntRange(min = 0, max = 8 * (64 + 5) - 1) int bit) {
        byte[] sig = A_SIG_HELLO.toArray();
        byte[] msg = "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (bit < 8 * 64) {
            sig[bit / 8] ^= (byte) (1 << (bit % 8));
        } else {
            int b = bit - 8 * 64;
            msg[b / 8] ^= (byte) (1 << (b % 8));
        }
        assertThat(Identity.of(A_PUB).verify(Bytes.of(msg), Bytes.of(sig))).isFalse();
    }

    @Property
    void verifyAnswersAnyInputWithoutThrowing(@ForAll @Size(32) byte[] key, @ForAll byte[] message,
            @ForAll @Size(max = 80) byte[] signature) {
        Identity id = Identity.of(Bytes.of(key));
        assertThat(id.verify(Bytes.of(message), Bytes.of(signature))).isFalse();
        id.isCurvePoint();
    }
}
