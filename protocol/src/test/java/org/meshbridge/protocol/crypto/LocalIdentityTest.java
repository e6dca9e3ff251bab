package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshbridge.protocol.crypto.KeyVectors.ADVERT_B;
import static org.meshbridge.protocol.crypto.KeyVectors.A_PRV;
import static org.meshbridge.protocol.crypto.KeyVectors.A_PUB;
import static org.meshbridge.protocol.crypto.KeyVectors.A_SIG_HELLO;
import static org.meshbridge.protocol.crypto.KeyVectors.B_PRV;
import static org.meshbridge.protocol.crypto.KeyVectors.B_PUB;
import static org.meshbridge.protocol.crypto.KeyVectors.C_PRV;
import static org.meshbridge.protocol.crypto.KeyVectors.C_PUB;
import static org.meshbridge.protocol.crypto.KeyVectors.C_SEED;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

class LocalIdentityTest {

    /** Seed 0x6301 00…00: its public key starts with a reserved byte. */
    private static final Bytes RESERVED_SEED = Bytes.fromHex("6301" + "00".repeat(30));

    @Test
    void derivesThePublicKeyOfTheFirmwareTestKeypair() {
        LocalIdentity a = LocalIdentity.fromExpandedKey(A_PRV);
        assertThat(a.publicKey()).isEqualTo(A_PUB);
        assertThat(a.expandedKey()).isEqualTo(A_PRV);
        assertThat(a.seed()).isEmpty();
    }

    @Test
    void derivesThePublicKeyOfTheDecoderSample() {
        assertThat(LocalIdentity.fromExpandedKey(B_PRV).publicKey()).isEqualTo(B_PUB);
    }

    @Test
    void aSeedExpandsAsOrlpAndRfc8032Do() {
        LocalIdentity c = LocalIdentity.fromSeed(C_SEED);
        assertThat(c.expandedKey()).isEqualTo(C_PRV);
        assertThat(c.publicKey()).isEqualTo(C_PUB);
        assertThat(c.seed()).contains(C_SEED);
        assertThat(LocalIdentity.fromExpandedKey(C_PRV).publicKey()).isEqualTo(C_PUB);
    }

    @Test
    void signsHelloWithTheExpandedKeyAsTheFirmwareDoes() {
        assertThat(LocalIdentity.fromExpandedKey(A_PRV).sign(Bytes.utf8("hello"))).isEqualTo(A_SIG_HELLO);
        assertThat(LocalIdentity.fromExpandedKey(B_PRV).sign(Bytes.utf8("hello"))).isEqualTo(KeyVectors.B_SIG_HELLO);
    }

    @Test
    void reproducesTheSignatureOfTheSpecRoomAdvert() {
        LocalIdentity b = LocalIdentity.fromExpandedKey(B_PRV);
        assertThat(b.sign(KeyVectors.advertSignedPart(ADVERT_B))).isEqualTo(KeyVectors.advertSignature(ADVERT_B));
    }

    @Test
    void seedAndExpandedKeySignaturesAreIdentical() {
        Bytes message = Bytes.utf8("meshbridge");
        Bytes bySeed = LocalIdentity.fromSeed(C_SEED).sign(message);
        assertThat(LocalIdentity.fromExpandedKey(C_PRV).sign(message)).isEqualTo(bySeed);
        assertThat(Identity.of(C_PUB).verify(message, bySeed)).isTrue();
    }

    @Property(tries = 100)
    void expandedKeySigningMatchesRfc8032ForAnySeedAndMessage(@ForAll @Size(32) byte[] seed, @ForAll byte[] message) {
        byte[] pub = new byte[32];
        Ed25519.generatePublicKey(seed, 0, pub, 0);
        byte[] expected = new byte[64];
        Ed25519.sign(seed, 0, message, 0, message.length, expected, 0);
        if (pub[0] == 0 || pub[0] == (byte) 0xFF) {
            return; // reserved: refused by every factory, tested below
        }
        LocalIdentity bySeed = LocalIdentity.fromSeed(Bytes.of(seed));
        LocalIdentity byKey = LocalIdentity.fromExpandedKey(bySeed.expandedKey());
        assertThat(byKey.publicKey()).isEqualTo(Bytes.of(pub));
        assertThat(bySeed.sign(Bytes.of(message))).isEqualTo(Bytes.of(expected));
        assertThat(byKey.sign(Bytes.of(message))).isEqualTo(Bytes.of(expected));
        assertThat(byKey.identity().verify(Bytes.of(message), Bytes.of(expected))).isTrue();
    }

    @Test
    void generationDrawsAgainWhenThePublicKeyHasAReservedHash() {
        byte[] pub = new byte[32];
        Ed25519.generatePublicKey(RESERVED_SEED.toArray(), 0, pub, 0);
        assertThat(pub[0] & 0xFF).isIn(0x00, 0xFF);
        LocalIdentity id = LocalIdentity.generate(new ScriptedRandom(RESERVED_SEED, C_SEED));
        assertThat(id.publicKey()).isEqualTo(C_PUB);
        assertThat(id.seed()).contains(C_SEED);
    }

    @Test
    void importsRefuseReservedHashesLikeValidatePrivateKey() {
        assertThatThrownBy(() -> LocalIdentity.fromSeed(RESERVED_SEED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserve");
        Bytes expanded = expandedKeyOf(RESERVED_SEED);
        assertThatThrownBy(() -> LocalIdentity.fromExpandedKey(expanded))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserves");
    }

    @Test
    void importsRefuseAnUnclampedScalarOrAWrongSize() {
        byte[] lowBits = A_PRV.toArray();
        lowBits[0] |= 1;
        byte[] topBit = A_PRV.toArray();
        topBit[31] |= (byte) 0x80;
        byte[] bit254 = A_PRV.toArray();
        bit254[31] &= (byte) 0xBF;
        for (byte[] bad : List.of(lowBits, topBit, bit254)) {
            assertThatThrownBy(() -> LocalIdentity.fromExpandedKey(Bytes.of(bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clamped");
        }
        assertThatThrownBy(() -> LocalIdentity.fromExpandedKey(A_PRV.prefix(63))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalIdentity.fromSeed(C_SEED.prefix(31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exportsAndImportsTheFirmwareWriteToForm() {
        LocalIdentity a = LocalIdentity.fromExpandedKey(A_PRV);
        assertThat(a.writeTo()).isEqualTo(A_PRV.concat(A_PUB));
        assertThat(LocalIdentity.fromExport(a.writeTo()).publicKey()).isEqualTo(A_PUB);
        assertThat(LocalIdentity.fromExport(A_PRV).publicKey()).isEqualTo(A_PUB);
        assertThatThrownBy(() -> LocalIdentity.fromExport(A_PRV.concat(B_PUB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
        assertThatThrownBy(() -> LocalIdentity.fromExport(A_PRV.concat(A_PUB.prefix(31))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsNoPrivateMaterial() {
        LocalIdentity a = LocalIdentity.fromExpandedKey(A_PRV);
        assertThat(a.toString()).contains(A_PUB.hex()).doesNotContain(A_PRV.hex().substring(0, 16));
        assertThat(LocalIdentity.fromSeed(C_SEED).toString()).doesNotContain(C_SEED.hex().substring(0, 8));
    }

    @Property(tries = 200)
    void signaturesFromGeneratedIdentitiesVerifyAndTamperingIsDetected(@ForAll long seed, @ForAll byte[] message) {
        LocalIdentity id = LocalIdentity.generate(seededRandom(seed));
        Bytes sig = id.sign(Bytes.of(message));
        assertThat(id.identity().verify(Bytes.of(message), sig)).isTrue();
        assertThat(id.identity().verify(Bytes.of(message).concat(Bytes.of((byte) 0)), sig)).isFalse();
        assertThat(id.publicKey().get(0)).isNotIn(0x00, 0xFF);
    }

    static SecureRandom seededRandom(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static Bytes expandedKeyOf(Bytes seed) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-512").digest(seed.toArray());
            h[0] &= (byte) 248;
            h[31] &= 63;
            h[31] |= 64;
            return Bytes.of(h);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Hands out the given seeds in order. */
    private static final class ScriptedRandom extends SecureRandom {
        private final Deque<Bytes> seeds;

        ScriptedRandom(Bytes... seeds) {
            this.seeds = new ArrayDeque<>(List.of(seeds));
        }

        @Override
        public void nextBytes(byte[] bytes) {
            seeds.removeFirst().copyTo(bytes, 0);
        }
    }
}
