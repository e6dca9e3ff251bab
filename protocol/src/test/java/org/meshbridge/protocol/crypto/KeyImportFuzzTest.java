package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Key material from users and devices: any bytes give a key or an IllegalArgumentException. */
class KeyImportFuzzTest {

    @Property(tries = 300)
    void expandedKeysImportOrFailWithIllegalArgument(@ForAll("keyBytes") byte[] key) {
        try {
            LocalIdentity id = LocalIdentity.fromExpandedKey(org.meshbridge.protocol.bytes.Bytes.of(key));
            assertThat(id.publicKey().get(0)).isNotIn(0x00, 0xFF);
            assertThat(LocalIdentity.fromExport(id.writeTo()).publicKey()).isEqualTo(id.publicKey());
        } catch (IllegalArgumentException expected) {
            // the documented failure
        }
    }

    @Property(tries = 300)
    void exportsImportOrFailWithIllegalArgument(@ForAll("keyBytes") byte[] export) {
        try {
            LocalIdentity.fromExport(org.meshbridge.protocol.bytes.Bytes.of(export));
        } catch (IllegalArgumentException expected) {
            // the documented failure
        }
    }

    @Property(tries = 300)
    void seedsImportOrFailWithIllegalArgument(@ForAll("keyBytes") byte[] seed) {
        try {
            LocalIdentity.fromSeed(org.meshbridge.protocol.bytes.Bytes.of(seed));
        } catch (IllegalArgumentException expected) {
            // the documented failure
        }
    }

    /** Random sizes around 32/64/96, and clamped 64-byte keys so that most imports succeed. */
    @Provide
    Arbitrary<byte[]> keyBytes() {
        Arbitrary<byte[]> anySize = Arbitraries.bytes().array(byte[].class).ofMaxSize(100);
        Arbitrary<byte[]> exact = Arbitraries.of(32, 64, 96).flatMap(n -> Arbitraries.bytes().array(byte[].class).ofSize(n));
        Arbitrary<byte[]> clamped = Arbitraries.bytes().array(byte[].class).ofSize(64).map(k -> {
            k[0] &= (byte) 248;
            k[31] &= 63;
            k[31] |= 64;
            return k;
        });
        return Arbitraries.oneOf(anySize, exact, clamped);
    }
}
