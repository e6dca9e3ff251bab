package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Spec §12.2 peer packets, sliced by hand (header, path_len, path, dest, src or sender pub, then
 * mac ‖ ciphertext) and opened with the A↔B secret each side derives.
 */
class SpecPacketDecryptionTest {

    private static final LocalIdentity A = LocalIdentity.fromExpandedKey(KeyVectors.A_PRV);
    private static final LocalIdentity B = LocalIdentity.fromExpandedKey(KeyVectors.B_PRV);

    @Test
    void roomServerOpensTheLoginAnonReq() {
        // [2] 1D | 00 | dest 48 | sender pub 1EC7…0C10 | mac 2CFF | 16 bytes
        Bytes packet = Bytes.fromHex("1D00481EC77175B0918ED206F9AE04EC136D6D5D4315BB26305427F645B492E9350C10"
                + "2CFFAA53A7DFCADF3CF1FA889209FDAE2EAC");
        Identity sender = Identity.of(packet.slice(3, 35));
        assertThat(sender.publicKey()).isEqualTo(KeyVectors.A_PUB);
        assertThat(open(B.sharedSecret(sender), packet.slice(35, packet.size())))
                .isEqualTo(Bytes.fromHex("64F15365 00000000 68656C6C6F 000000"));
    }

    @Test
    void clientOpensTheLoginReplyPath() {
        // [3] 21 | 00 | dest 1E | src 48 | mac 9B6E | 32 bytes
        Bytes packet = Bytes.fromHex("21001E489B6E9E8620F8D1C1E6E5901F511CAE5AAFDBB826EB7A23C75F52C6A3828EE57C1035");
        assertThat(open(A.sharedSecret(B.identity()), packet.slice(4, packet.size()))).isEqualTo(Bytes.fromHex(
                "02 AABB 01 69F15365 00 00 00 02 01020304 01" + "00".repeat(15)));
    }

    @Test
    void roomServerOpensThePostedText() {
        // [4] 09 | 00 | dest 48 | src 1E | mac 9C93 | 16 bytes
        Bytes packet = Bytes.fromHex("0900481E9C93514FABCFA4A66821C0F59544EC954529");
        assertThat(open(B.sharedSecret(A.identity()), packet.slice(4, packet.size())))
                .isEqualTo(Bytes.fromHex("C8F15365 00").concat(Bytes.utf8("Hello room")).concat(Bytes.zeros(1)));
    }

    @Test
    void clientOpensThePushedPost() {
        // [6] 0A | 02 | path BB AA | dest 1E | src 48 | mac 1838 | 32 bytes
        Bytes packet = Bytes.fromHex("0A02BBAA1E48183817D23A5A253AFE118C3572579CBA0670ADAC2FA74A420473635239C7F46EFC8D");
        assertThat(open(A.sharedSecret(B.identity()), packet.slice(6, packet.size())))
                .isEqualTo(Bytes.fromHex("2CF25365 09 2152F8D1").concat(Bytes.utf8("Hi from C")).concat(Bytes.zeros(14)));
    }

    @Test
    void roomServerOpensTheStatusRequest() {
        // [8] 02 | 00 | dest 48 | src 1E | mac FBB8 | 16 bytes
        Bytes packet = Bytes.fromHex("0200481EFBB8234DFE74CF031216BD80786684F16B12");
        assertThat(open(B.sharedSecret(A.identity()), packet.slice(4, packet.size())))
                .isEqualTo(Bytes.fromHex("F4F25365 01 00000000 11223344 000000"));
    }

    @Test
    void reEncryptingGivesTheSameWireBytes() {
        Bytes macAndCt = Bytes.fromHex("9C93514FABCFA4A66821C0F59544EC954529");
        Bytes secret = A.sharedSecret(B.identity());
        assertThat(PayloadCipher.encryptThenMac(secret, open(secret, macAndCt))).isEqualTo(macAndCt);
    }

    @Test
    void aThirdKeyCannotOpenThem() {
        LocalIdentity c = LocalIdentity.fromSeed(KeyVectors.C_SEED);
        Bytes macAndCt = Bytes.fromHex("9C93514FABCFA4A66821C0F59544EC954529");
        assertThat(PayloadCipher.macThenDecrypt(c.sharedSecret(A.identity()), macAndCt)).isEmpty();
    }

    private static Bytes open(Bytes secret, Bytes macAndCiphertext) {
        return PayloadCipher.macThenDecrypt(secret, macAndCiphertext).orElseThrow();
    }
}
