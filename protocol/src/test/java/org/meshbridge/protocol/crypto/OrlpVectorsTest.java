package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.protocol.bytes.Bytes;

/** Rows written by the firmware's lib/ed25519 (see vectors/crypto/README.md). */
class OrlpVectorsTest {

    record Row(Bytes seed, Bytes expandedKey, Bytes publicKey, Bytes message, Bytes signature,
               Bytes peerPublicKey, Bytes sharedSecret) {

        boolean reserved() {
            return publicKey.get(0) == 0x00 || publicKey.get(0) == 0xFF;
        }

        @Override
        public String toString() {
            return "pub " + publicKey.hex().substring(0, 8);
        }
    }

    static Stream<Row> rows() throws IOException {
        try (InputStream in = OrlpVectorsTest.class.getResourceAsStream("/vectors/crypto/orlp-ed25519.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(l -> !l.startsWith("#")).toList();
            assertThat(lines).hasSize(48);
            return lines.stream().map(l -> l.split(",", -1)).map(f -> new Row(Bytes.fromHex(f[0]),
                    Bytes.fromHex(f[1]), Bytes.fromHex(f[2]), Bytes.fromHex(f[3]), Bytes.fromHex(f[4]),
                    Bytes.fromHex(f[5]), Bytes.fromHex(f[6])));
        }
    }

    static Stream<Row> usableRows() throws IOException {
        return rows().filter(r -> !r.reserved());
    }

    @ParameterizedTest
    @MethodSource("usableRows")
    void keysFromASeedMatchTheFirmware(Row row) {
        LocalIdentity id = LocalIdentity.fromSeed(row.seed());
        assertThat(id.expandedKey()).isEqualTo(row.expandedKey());
        assertThat(id.publicKey()).isEqualTo(row.publicKey());
        assertThat(id.sign(row.message())).isEqualTo(row.signature());
        assertThat(id.sharedSecret(Identity.of(row.peerPublicKey()))).isEqualTo(row.sharedSecret());
    }

    @ParameterizedTest
    @MethodSource("usableRows")
    void keysFromAnExpandedKeyMatchTheFirmware(Row row) {
        LocalIdentity id = LocalIdentity.fromExpandedKey(row.expandedKey());
        assertThat(id.publicKey()).isEqualTo(row.publicKey());
        assertThat(id.sign(row.message())).isEqualTo(row.signature());
        assertThat(id.sharedSecret(Identity.of(row.peerPublicKey()))).isEqualTo(row.sharedSecret());
        assertThat(id.identity().verify(row.message(), row.signature())).isTrue();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void firmwareSignaturesVerify(Row row) {
        assertThat(Identity.of(row.publicKey()).verify(row.message(), row.signature())).isTrue();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void aReservedPublicKeyIsRefusedOnImport(Row row) {
        if (row.reserved()) {
            assertThatThrownBy(() -> LocalIdentity.fromSeed(row.seed())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> LocalIdentity.fromExpandedKey(row.expandedKey()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void theVectorsContainOneReservedKey() throws IOException {
        assertThat(rows().filter(Row::reserved)).hasSize(1);
    }
}
