package org.meshbridge.protocol.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * {@code @michaelhart/meshcore-decoder} 0.3.0 as a test oracle for LoRa packets.
 *
 * <p>One {@code node oracles/decode-lines.js} process per instance, started on the first request
 * and killed by {@link #close()}. Typical use, once per test class:
 *
 * <pre>{@code
 * static MeshcoreDecoderOracle decoder;
 * @BeforeAll static void startOracle() { decoder = MeshcoreDecoderOracle.start(); } // skips if not installed
 * @AfterAll static void stopOracle() { decoder.close(); }
 *
 * JsonNode packet = decoder.decode("150011C3C1…", "8b3387e9c5cdea6ac9e5edbaa115cd72");
 * packet.at("/payload/decoded/decrypted/sender").asText();   // "🌲 Tree"
 * }</pre>
 *
 * <p>The reply is the decoder's {@code DecodedPacket} ({@code decodeWithVerification}, so advert
 * signatures are checked: {@code /payload/decoded/signatureValid}), with byte fields as upper-case
 * hex; or {@code {"error": "..."}} when the decoder throws (bad hex). Mind its quirks: invalid
 * packets report placeholder route 1 / type 15, {@code messageHash} is not the firmware hash, and
 * PATH payload fields are read as if unencrypted.
 */
public final class MeshcoreDecoderOracle implements AutoCloseable {

    public static final String NPM_PACKAGE = "@michaelhart/meshcore-decoder";
    public static final String VERSION = "0.3.0";

    private final LineServerProcess process;

    private MeshcoreDecoderOracle(OracleInstallation installation, Duration timeoutPerRequest) {
        this.process = new LineServerProcess(List.of("node", "decode-lines.js"), installation.directory(), timeoutPerRequest);
    }

    /** Skips the calling tests if the oracle is not installed (fails instead under {@code -Dmeshbridge.oracles=required}). */
    public static MeshcoreDecoderOracle start() {
        return start(OracleReplies.DEFAULT_TIMEOUT);
    }

    public static MeshcoreDecoderOracle start(Duration timeoutPerRequest) {
        return new MeshcoreDecoderOracle(OracleInstallation.require(NPM_PACKAGE, VERSION), timeoutPerRequest);
    }

    /** Decodes one packet, trying each 16-byte channel secret on GroupText payloads. */
    public JsonNode decode(String packetHex, String... channelSecretsHex) {
        StringBuilder line = new StringBuilder(OracleReplies.token(packetHex, "packet hex"));
        for (String secret : channelSecretsHex) {
            line.append(' ').append(OracleReplies.token(secret, "channel secret"));
        }
        String request = line.toString();
        return OracleReplies.parse(process.request(request), request);
    }

    public JsonNode decode(Bytes packet, Bytes... channelSecrets) {
        String[] secrets = new String[channelSecrets.length];
        for (int i = 0; i < secrets.length; i++) {
            secrets[i] = channelSecrets[i].hex();
        }
        return decode(packet.hex(), secrets);
    }

    /**
     * Decodes one packet and also asks the decoder whether its first transport code matches each
     * region name ({@code transportCodeMatchesRegion}): the reply gains
     * {@code "regionMatches": {"#name": true|false}}.
     */
    public JsonNode decodeInRegions(Bytes packet, List<String> regionNames, Bytes... channelSecrets) {
        String[] tokens = new String[channelSecrets.length + regionNames.size()];
        for (int i = 0; i < channelSecrets.length; i++) {
            tokens[i] = channelSecrets[i].hex();
        }
        for (int i = 0; i < regionNames.size(); i++) {
            tokens[channelSecrets.length + i] = "region=" + regionNames.get(i);
        }
        return decode(packet.hex(), tokens);
    }

    @Override
    public void close() {
        process.close();
    }
}
