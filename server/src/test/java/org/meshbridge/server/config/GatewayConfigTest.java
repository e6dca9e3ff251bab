package org.meshbridge.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayConfigTest {

    /** SHA-256 of "hilltop-token-0123456789abcdef". */
    private static final String HASH = "52c351e55118b8ec245fbd0932f838059d9ba9e7b9697fc08ea1ff6899e61270";

    @Test
    void gatewaysAreReadWithTheirTokenHashesAndSummarised() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.parse("""
                radio:
                  type: gateway
                  gateways:
                    - { id: hilltop, token_sha256: %s }
                    - { id: valley.2, token_sha256: %s }
                """.formatted(HASH, HASH.replace('5', '6')));

        assertThat(config.radio().type()).isEqualTo(RadioType.GATEWAY);
        assertThat(config.radio().gateways()).containsExactly(new GatewaySettings("hilltop", HASH),
                new GatewaySettings("valley.2", HASH.replace('5', '6')));
        assertThat(config.summary().get(1))
                .isEqualTo("radio: gateway, accepting hilltop, valley.2 on http://127.0.0.1:7070/api/v1/gateway");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "radio: { type: gateway }|radio.gateways|required for type gateway",
        "radio: { type: gateway, gateways: [] }|radio.gateways|required for type gateway",
        "radio: { type: gateway, gateways: hilltop }|radio.gateways|must be a list of mappings",
        "radio: { type: gateway, gateways: [ hilltop ] }|radio.gateways[0]|must be a mapping",
        "radio: { type: gateway, gateways: [ { id: hilltop } ] }|radio.gateways[0].token_sha256|required",
        "radio: { type: gateway, gateways: [ { id: hilltop, token: secret } ] }|radio.gateways[0].token|unknown key",
        "radio: { type: gateway, gateways: [ { id: hill top, token_sha256: HASH } ] }|radio.gateways[0].id|gateway id must be",
        "radio: { type: gateway, gateways: [ { id: hilltop, token_sha256: ABCD } ] }|radio.gateways[0].token_sha256|64 lowercase hex",
        "radio: { type: gateway, gateways: [ { id: a, token_sha256: HASH }, { id: a, token_sha256: HASH } ] }|radio.gateways[1].id|configured twice",
        "radio: { type: gateway, spreading_factor: 9, gateways: [ { id: a, token_sha256: HASH } ] }|radio.spreading_factor|not used with type gateway",
        "radio: { type: gateway, device: /dev/ttyUSB0, gateways: [ { id: a, token_sha256: HASH } ] }|radio.device|only used with type kiss or companion",
        "radio: { type: kiss, device: /dev/ttyUSB0, gateways: [ { id: a, token_sha256: HASH } ] }|radio.gateways|only used with type gateway",
    })
    void unusableGatewayEntriesAreRefusedNamingTheKey(String yaml, String keyPath, String reason) {
        assertThatThrownBy(() -> MeshbridgeConfig.parse(yaml.replace("HASH", HASH)))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.keyPath()).isEqualTo(keyPath);
                    assertThat(e.getMessage()).contains(reason);
                });
    }

    @Test
    void gatewaysNeedTlsOrALoopbackListenerEvenWhenInsecureIsSet() {
        assertThatThrownBy(() -> MeshbridgeConfig.parse("""
                radio: { type: gateway, gateways: [ { id: a, token_sha256: %s } ] }
                server: { listen: "0.0.0.0:7070", insecure: true }
                """.formatted(HASH)))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.keyPath()).isEqualTo("server.listen");
                    assertThat(e.getMessage()).contains("radio type gateway needs server.tls or a loopback listener");
                });
    }
}
