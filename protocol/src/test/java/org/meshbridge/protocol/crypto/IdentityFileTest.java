package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshbridge.protocol.bytes.Bytes;

class IdentityFileTest {

    private static final String C_FILE = "# meshbridge identity: keep this file private\n"
            + "format=1\n"
            + "seed=4242424242424242424242424242424242424242424242424242424242424242\n"
            + "public-key=2152f8d19b791d24453242e15f2eab6cb7cffa7b6a5ed30097960e069881db12\n";

    @Test
    void aSeededIdentityIsStoredByItsSeed() {
        LocalIdentity c = LocalIdentity.fromSeed(KeyVectors.C_SEED);
        assertThat(IdentityFile.encode(c).utf8()).isEqualTo(C_FILE);
        LocalIdentity back = IdentityFile.decode(Bytes.utf8(C_FILE));
        assertThat(back.seed()).contains(KeyVectors.C_SEED);
        assertThat(back.expandedKey()).isEqualTo(KeyVectors.C_PRV);
    }

    @Test
    void anImportedIdentityIsStoredByItsExpandedKey() {
        LocalIdentity a = LocalIdentity.fromExpandedKey(KeyVectors.A_PRV);
        String text = IdentityFile.encode(a).utf8();
        assertThat(text).contains("private-key=" + KeyVectors.A_PRV.hex(), "public-key=" + KeyVectors.A_PUB.hex())
                .doesNotContain("seed=");
        LocalIdentity back = IdentityFile.decode(Bytes.utf8(text));
        assertThat(back.seed()).isEmpty();
        assertThat(back.writeTo()).isEqualTo(a.writeTo());
    }

    @Test
    void crlfCommentsBlankLinesAndUpperCaseHexAreAccepted() {
        String text = "\r\n# note\r\nformat = 1\r\npublic-key=" + KeyVectors.C_PUB.hex().toUpperCase()
                + "\r\n\r\nseed=" + KeyVectors.C_SEED.hex() + "\r\n";
        assertThat(IdentityFile.decode(Bytes.utf8(text)).publicKey()).isEqualTo(KeyVectors.C_PUB);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "format=2\nseed=4242424242424242424242424242424242424242424242424242424242424242\n"
                + "public-key=2152f8d19b791d24453242e15f2eab6cb7cffa7b6a5ed30097960e069881db12\n",
        "format=1\npublic-key=2152f8d19b791d24453242e15f2eab6cb7cffa7b6a5ed30097960e069881db12\n",
        "format=1\nseed=4242424242424242424242424242424242424242424242424242424242424242\n",
        "format=1\nseed=4242424242424242424242424242424242424242424242424242424242424243\n"
                + "public-key=2152f8d19b791d24453242e15f2eab6cb7cffa7b6a5ed30097960e069881db12\n",
        "format=1\nseed=42\npublic-key=2152f8d19b791d24453242e15f2eab6cb7cffa7b6a5ed30097960e069881db12\n",
        "format=1\nseed=zz\npublic-key=2152f8d19b791d24453242e15f2eab6cb7cffa7b6a5ed30097960e069881db12\n",
        "format=1\nformat=1\nseed=4242424242424242424242424242424242424242424242424242424242424242\n"
                + "public-key=2152f8d19b791d24453242e15f2eab6cb7cffa7b6a5ed30097960e069881db12\n",
        "format=1\nsead=4242424242424242424242424242424242424242424242424242424242424242\n"
                + "public-key=2152f8d19b791d24453242e15f2eab6cb7cffa7b6a5ed30097960e069881db12\n",
        "format=1\njunk\n",
    })
    void invalidFilesAreRefusedWithAReason(String text) {
        assertThatThrownBy(() -> IdentityFile.decode(Bytes.utf8(text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("4242424242");
    }

    @Test
    void bothSeedAndPrivateKeyIsRefused() {
        String text = C_FILE + "private-key=" + KeyVectors.C_PRV.hex() + "\n";
        assertThatThrownBy(() -> IdentityFile.decode(Bytes.utf8(text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
    }

    @Test
    void theSizeLimitIsInclusive() {
        String padded = C_FILE + "#".repeat(IdentityFile.MAX_SIZE - C_FILE.length());
        assertThat(IdentityFile.decode(Bytes.utf8(padded)).publicKey()).isEqualTo(KeyVectors.C_PUB);
        assertThatThrownBy(() -> IdentityFile.decode(Bytes.utf8(padded + "#")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4096");
    }

    @Test
    void nonUtf8BytesAreRefused() {
        assertThatThrownBy(() -> IdentityFile.decode(Bytes.fromHex("ff fe 00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-8");
    }

    @Property(tries = 50)
    void generatedIdentitiesRoundTrip(@ForAll long seed) {
        LocalIdentity id = LocalIdentity.generate(LocalIdentityTest.seededRandom(seed));
        LocalIdentity back = IdentityFile.decode(IdentityFile.encode(id));
        assertThat(back.writeTo()).isEqualTo(id.writeTo());
        assertThat(back.seed()).isEqualTo(id.seed());
    }

    @Property
    void arbitraryOrMutatedFilesFailOnlyWithIllegalArgument(@ForAll("files") byte[] file) {
        try {
            LocalIdentity id = IdentityFile.decode(Bytes.of(file));
            assertThat(id.publicKey()).isEqualTo(KeyVectors.C_PUB);
        } catch (IllegalArgumentException expected) {
            // the documented failure
        }
    }

    @Provide
    Arbitrary<byte[]> files() {
        byte[] good = C_FILE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Arbitrary<byte[]> mutated = Arbitraries.integers().between(0, good.length - 1).list().ofMaxSize(4)
                .flatMap(positions -> Arbitraries.bytes().array(byte[].class).ofSize(positions.size()).map(values -> {
                    byte[] copy = good.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        copy[positions.get(i)] = values[i];
                    }
                    return copy;
                }));
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(300), mutated);
    }
}
