package org.meshbridge.protocol.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class BytesDigestTest {

    @Test
    void updateDigestFeedsExactlyTheBytesOfASlice() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Bytes abc = Bytes.of("xxabcyy".getBytes(StandardCharsets.US_ASCII)).slice(2, 5);

        abc.updateDigest(sha);

        // FIPS 180-2 test vector: SHA-256("abc")
        assertThat(Hex.encode(sha.digest())).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
