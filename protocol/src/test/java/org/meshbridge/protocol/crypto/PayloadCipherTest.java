package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.meshbridge.protocol.bytes.Bytes;
import org.junit.jupiter.api.Test;

class PayloadCipherTest {

    private static final Bytes PUBLIC_CHANNEL = Bytes.fromHex("8b3387e9c5cdea6ac9e5edbaa115cd72");

    /** Spec §12.1 [R2]: payload after the channel hash byte of a real Public-channel capture. */
    @Test
    void decryptsARealPublicChannelCapture() {
        Bytes macAndCt = Bytes.fromHex("C3C1354D619BAE9590E4D177DB7EEAF982F5BDCF78005D75157D9535FA90178F785D");
        Bytes plain = PayloadCipher.macThenDecrypt(PUBLIC_CHANNEL, macAndCt).orElseThrow();
        assertThat(plain.prefix(22)).isEqualTo(Bytes.fromHex("3757D068 00 F09F8CB220547265653A20E29881EFB88F"));
        assertThat(plain.size()).isEqualTo(32);
        assertThat(PayloadCipher.encryptThenMac(PUBLIC_CHANNEL, plain)).isEqualTo(macAndCt);
    }

    @Test
    void aWrongKeyIsAnEmptyResultNotAnError() {
        Bytes macAndCt = PayloadCipher.encryptThenMac(PUBLIC_CHANNEL, Bytes.utf8("hello"));
        Bytes other = Bytes.fromHex("eb50a1bcb3e4e5d7bf69a57c9dada211");
        assertThat(PayloadCipher.macThenDecrypt(other, macAndCt)).isEmpty();
        assertThat(PayloadCipher.macThenDecrypt(PUBLIC_CHANNEL, Bytes.fromHex("0102"))).isEmpty();
        assertThat(PayloadCipher.macThenDecrypt(PUBLIC_CHANNEL, macAndCt.prefix(17))).isEmpty();
    }
}
