package org.meshbridge.protocol.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

class RegionKeyTest {

    /** GRP_TXT payload type. */
    private static final int GRP_TXT = 0x05;

    @Test
    void matchesTheRealOttawaCapture() {
        // Spec §12.1 [R5]: 14 | codes FA1A 0000 | path_len 03 | path 4E927D | payload
        Bytes packet = Bytes.fromHex("14FA1A0000034E927D596EA23622BCB4D5945E49348165AF7DABA3F5DCEED85F430E0856DB5B"
                + "591E86AB3363BC00E1BA30776698F72FC57C7168E66A4875CDB710F3C175FC2B3FE75A036EF14FA59A709062D3A9FF"
                + "7014F2E7A8512C");
        Bytes payload = packet.slice(9, packet.size());
        assertThat(RegionKey.named("ottawa").transportCode(GRP_TXT, payload)).isEqualTo(0x1AFA);
        assertThat(RegionKey.named("#ottawa").transportCode(GRP_TXT, payload)).isEqualTo(0x1AFA);
        assertThat(RegionKey.named("ottawa").matches(packet.get(1) | packet.get(2) << 8, GRP_TXT, payload)).isTrue();
        assertThat(RegionKey.named("Ottawa").matches(0x1AFA, GRP_TXT, payload)).isFalse();
    }

    @Test
    void matchesTheSpecTestScopeVector() {
        // Spec §12.2 [9]: payload of [7] = 11 2A34 D8E13779CE7668329339679EE383641C
        Bytes payload = Bytes.fromHex("112A34D8E13779CE7668329339679EE383641C");
        assertThat(RegionKey.named("test").transportCode(GRP_TXT, payload)).isEqualTo(0x0C19);
        Bytes scoped = Bytes.fromHex("14190C000000112A34D8E13779CE7668329339679EE383641C");
        assertThat(scoped.slice(6, scoped.size())).isEqualTo(payload);
    }

    @Test
    void theKeyIsTheFirst16BytesOfSha256OfTheHashtagName() {
        assertThat(RegionKey.named("test").key()).isEqualTo(ChannelKey.hashtag("#test").secret());
        assertThat(RegionKey.named("test").key()).isEqualTo(Bytes.fromHex("9cd8fcf22a47333b591d96a2b848b73f"));
    }

    @Test
    void reservedCodesAreMovedInward() throws Exception {
        RegionKey test = RegionKey.named("test");
        Bytes zero = Bytes.fromHex("641d00");
        Bytes allOnes = Bytes.fromHex("d5c100");
        assertThat(rawCode(test, zero)).isEqualTo(0x0000);
        assertThat(rawCode(test, allOnes)).isEqualTo(0xFFFF);
        assertThat(test.transportCode(GRP_TXT, zero)).isEqualTo(0x0001);
        assertThat(test.transportCode(GRP_TXT, allOnes)).isEqualTo(0xFFFE);
    }

    @Test
    void privateAndEmptyNamesAndBadSizesAreRefused() {
        assertThatThrownBy(() -> RegionKey.named("$secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionKey.named("#")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionKey.named("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionKey(Bytes.zeros(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionKey.named("x").transportCode(16, Bytes.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RegionKey.named("x")).hasToString("RegionKey[…]");
    }

    private static int rawCode(RegionKey key, Bytes payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.key().toArray(), "HmacSHA256"));
        mac.update((byte) GRP_TXT);
        byte[] out = mac.doFinal(payload.toArray());
        return (out[0] & 0xFF) | (out[1] & 0xFF) << 8;
    }
}
