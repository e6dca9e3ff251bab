package org.meshbridge.protocol.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Assertions on the JSON that {@link MeshcoreDecoderOracle#decode} returns. */
public final class DecodedPacketAssertions {

    private DecodedPacketAssertions() {
    }

    /** No oracle error, packet and payload valid, version 0, and exactly these route/type/hops. */
    public static void assertHeader(JsonNode packet, int routeType, int payloadType, List<String> pathHops) {
        assertThat(packet.has("error")).as("oracle error: %s", packet).isFalse();
        assertThat(packet.path("isValid").asBoolean()).as("packet valid: %s", packet).isTrue();
        assertThat(packet.at("/payload/decoded/isValid").asBoolean()).as("payload valid: %s", packet).isTrue();
        assertThat(packet.path("routeType").asInt()).isEqualTo(routeType);
        assertThat(packet.path("payloadType").asInt()).isEqualTo(payloadType);
        assertThat(packet.path("payloadVersion").asInt()).isZero();
        assertThat(packet.path("pathLength").asInt()).isEqualTo(pathHops.size());
        assertThat(texts(packet.path("path"))).containsExactlyElementsOf(pathHops);
    }

    public static void assertDecrypted(JsonNode groupText, long timestamp, String sender, String message) {
        JsonNode decrypted = groupText.path("decrypted");
        assertThat(decrypted.path("timestamp").asLong()).isEqualTo(timestamp);
        assertThat(decrypted.path("flags").asInt()).isZero();
        assertThat(decrypted.path("sender").asText()).isEqualTo(sender);
        assertThat(decrypted.path("message").asText()).isEqualTo(message);
    }

    public static void assertPeerDatagram(JsonNode payload, String dest, String src, String mac, String ciphertext) {
        assertThat(payload.path("destinationHash").asText()).isEqualTo(dest);
        assertThat(payload.path("sourceHash").asText()).isEqualTo(src);
        assertThat(payload.path("cipherMac").asText()).isEqualTo(mac);
        assertThat(payload.path("ciphertext").asText()).isEqualTo(ciphertext);
    }

    /** The elements of a JSON array of strings; a JSON null (the decoder's "no path") is empty. */
    public static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }

    public static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(element -> out.add(element.asInt()));
        return out;
    }
}
