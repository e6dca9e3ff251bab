package org.meshbridge.server.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meshbridge.server.gateway.GatewayTokens;

/** The {@code gateway} parts of the {@code radio} section: {@code radio.gateways} and what that type refuses. */
final class GatewayConfig {

    private static final Set<String> GATEWAY_KEYS = Set.of("id", "token_sha256");
    private static final List<String> LORA_KEYS = List.of("frequency_hz", "bandwidth_hz", "spreading_factor", "coding_rate");

    private GatewayConfig() {
    }

    /** The configured gateways: required (at least one) for type gateway, refused for the others. */
    static List<GatewaySettings> gateways(ConfigNode radio, RadioType type) throws ConfigException {
        List<ConfigNode> items = radio.mappings("gateways");
        if (type != RadioType.GATEWAY) {
            if (radio.has("gateways")) {
                throw new ConfigException(radio.keyPath("gateways"), "only used with type gateway, not " + type.code());
            }
            return List.of();
        }
        if (items.isEmpty()) {
            throw new ConfigException(radio.keyPath("gateways"), "required for type gateway: a list of"
                    + " { id, token_sha256 } (meshbridge gateway hash-token prints the hash of a token)");
        }
        List<GatewaySettings> gateways = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode item : items) {
            GatewaySettings gateway = gateway(item);
            if (!ids.add(gateway.id())) {
                throw new ConfigException(item.keyPath("id"), "gateway '" + gateway.id() + "' is configured twice");
            }
            gateways.add(gateway);
        }
        return gateways;
    }

    private static GatewaySettings gateway(ConfigNode item) throws ConfigException {
        item.refuseUnknown(GATEWAY_KEYS, "id, token_sha256");
        String id = item.text("id").orElseThrow(() -> new ConfigException(item.keyPath("id"),
                "required: the gateway's id (its --id), 1-32 of A-Z a-z 0-9 . _ -"));
        String hash = item.text("token_sha256").orElseThrow(() -> new ConfigException(item.keyPath("token_sha256"),
                "required: the SHA-256 of the gateway's token in hex (meshbridge gateway hash-token prints it)"));
        try {
            GatewayTokens.ofHashes(Map.of(id, hash));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(item.keyPath(e.getMessage().startsWith("token hash") ? "token_sha256" : "id"),
                    e.getMessage());
        }
        return new GatewaySettings(id, hash);
    }

    /** Gateways report their own LoRa settings in their hello; setting them here would mislead. */
    static void refuseLoRaKeys(ConfigNode radio) throws ConfigException {
        for (String key : LORA_KEYS) {
            if (radio.has(key)) {
                throw new ConfigException(radio.keyPath(key), "not used with type gateway: each gateway reports its"
                        + " radio's settings when it connects (its --frequency-hz, --bandwidth-hz, --sf, --cr)");
            }
        }
    }
}
