package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.protocol.crypto.KeyVectors.A_PRV;
import static org.meshbridge.protocol.crypto.KeyVectors.A_PUB;
import static org.meshbridge.protocol.crypto.KeyVectors.B_PRV;
import static org.meshbridge.protocol.crypto.KeyVectors.B_PUB;
import static org.meshbridge.protocol.crypto.KeyVectors.SHARED_AB;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meshbridge.protocol.bytes.Bytes;

class SharedSecretTest {

    private static final LocalIdentity A = LocalIdentity.fromExpandedKey(A_PRV);
    private static final LocalIdentity B = LocalIdentity.fromExpandedKey(B_PRV);

    @Test
    void mapsEdwardsKeysToTheirMontgomeryU() {
        assertThat(Bytes.of(Edwards25519.montgomeryU(A_PUB.toArray()))).isEqualTo(KeyVectors.U_A);
        assertThat(Bytes.of(Edwards25519.montgomeryU(B_PUB.toArray()))).isEqualTo(KeyVectors.U_B);
    }

    @Test
    void bothSidesDeriveTheSpecSecret() {
        assertThat(A.sharedSecret(B.identity())).isEqualTo(SHARED_AB);
        assertThat(B.sharedSecret(A.identity())).isEqualTo(SHARED_AB);
    }

    /** Outputs of the firmware's ed25519_key_exchange (compiled locally) with A's key. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "identity point y=1, 0100000000000000000000000000000000000000000000000000000000000000,"
                + " 0000000000000000000000000000000000000000000000000000000000000000",
        "y=0 (order 4), 0000000000000000000000000000000000000000000000000000000000000000,"
                + " 0000000000000000000000000000000000000000000000000000000000000000",
        "y=-1 (order 2), ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f,"
                + " 0000000000000000000000000000000000000000000000000000000000000000",
        "non-canonical y=p+1, eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f,"
                + " 0000000000000000000000000000000000000000000000000000000000000000",
        "all ones, ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff,"
                + " 003ed741ea90e3faba221329da4dcce2bb45ee33aa367d6e97c380bf892d116e",
        "not a point y=2, 0200000000000000000000000000000000000000000000000000000000000000,"
                + " 8487b7b46a89de60f5169b640694b11c562352290bab0d6ee1cbefc43d364f60",
    })
    void degeneratePeerKeysGiveTheFirmwareResultWithoutThrowing(String name, String peer, String expected) {
        assertThat(A.sharedSecret(Identity.fromHex(peer))).isEqualTo(Bytes.fromHex(expected));
    }

    @Property(tries = 200)
    void ecdhIsSymmetricForRandomKeys(@ForAll long seedA, @ForAll long seedB) {
        LocalIdentity x = LocalIdentity.generate(LocalIdentityTest.seededRandom(seedA));
        LocalIdentity y = LocalIdentity.generate(LocalIdentityTest.seededRandom(~seedB));
        assertThat(x.sharedSecret(y.identity())).isEqualTo(y.sharedSecret(x.identity())).hasToString(
                x.sharedSecret(y.identity()).hex());
    }

    @Property
    void anyPeerKeyGivesA32ByteSecret(@ForAll @Size(32) byte[] peer) {
        assertThat(A.sharedSecret(Identity.of(Bytes.of(peer))).size()).isEqualTo(32);
    }
}
