package org.meshbridge.protocol.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.List;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * {@code @liamcottle/meshcore.js} 1.13.0 as a test oracle for companion frames: what the client
 * makes of frames we send it, and which frames it sends us.
 *
 * <p>One {@code node oracles/mcjs-frame.mjs} process per instance, started on the first request
 * and killed by {@link #close()}. Every reply is a JSON object with a {@code log} array (what
 * meshcore.js printed, e.g. {@code "unhandled frame: code=16 10"}) and, if it threw, {@code error}.
 *
 * <pre>{@code
 * JsonNode event = mcjs.onlyEvent("882EC40D00712250F6");
 * // {"code":136,"name":"LogRxData","data":{"lastSnr":11.5,"lastRssi":-60,"raw":"0D00712250F6"}}
 * mcjs.build("sendCommandDeviceQuery", 1).path("wire").asText();   // "3C02001601"
 * }</pre>
 */
public final class MeshcoreJsOracle implements AutoCloseable {

    public static final String NPM_PACKAGE = "@liamcottle/meshcore.js";
    public static final String VERSION = "1.13.0";

    private final LineServerProcess process;

    private MeshcoreJsOracle(OracleInstallation installation, Duration timeoutPerRequest) {
        this.process = new LineServerProcess(List.of("node", "mcjs-frame.mjs"), installation.directory(), timeoutPerRequest);
    }

    /** Skips the calling tests if the oracle is not installed (fails instead under {@code -Dmeshbridge.oracles=required}). */
    public static MeshcoreJsOracle start() {
        return start(OracleReplies.DEFAULT_TIMEOUT);
    }

    public static MeshcoreJsOracle start(Duration timeoutPerRequest) {
        return new MeshcoreJsOracle(OracleInstallation.require(NPM_PACKAGE, VERSION), timeoutPerRequest);
    }

    /**
     * One radio→app frame payload (code byte first, no {@code '>'} header) through
     * {@code Connection.onFrameReceived}: {@code {"events":[{"code","name","data"}],"log":[…]}}.
     */
    public JsonNode frame(String payloadHex) {
        return ask("frame " + OracleReplies.token(payloadHex, "frame hex"));
    }

    public JsonNode frame(Bytes payload) {
        return frame(payload.hex());
    }

    /** The single event meshcore.js emits for this frame; fails if it emits none, several, or throws. */
    public JsonNode onlyEvent(String payloadHex) {
        JsonNode reply = frame(payloadHex);
        JsonNode events = reply.path("events");
        if (reply.has("error") || events.size() != 1) {
            throw new OracleException("expected exactly one meshcore.js event for frame " + payloadHex + ", got " + reply);
        }
        return events.get(0);
    }

    /**
     * Raw TCP/serial bytes through meshcore.js's de-framer:
     * {@code {"frames":[payload hex…],"events":[…],"pending":"hex it still waits on","log":[…]}}.
     */
    public JsonNode stream(String wireHex) {
        return ask("stream " + OracleReplies.token(wireHex, "wire hex"));
    }

    /**
     * The app→radio frame meshcore.js builds for {@code connection.<method>(args…)}:
     * {@code {"payload":"hex","wire":"3C…hex"}}. Arguments may be numbers, strings, booleans,
     * {@link Bytes} or {@code byte[]} (passed as {@code Uint8Array}).
     */
    public JsonNode build(String method, Object... args) {
        ArrayNode json = OracleReplies.JSON.createArrayNode();
        for (Object arg : args) {
            if (arg instanceof Bytes bytes) {
                json.addObject().put("hex", bytes.hex());
            } else if (arg instanceof byte[] array) {
                json.addObject().put("hex", Bytes.of(array).hex());
            } else {
                json.add(OracleReplies.JSON.valueToTree(arg));
            }
        }
        return ask("build " + OracleReplies.token(method, "method") + " " + json);
    }

    /** {@code Packet.fromBytes} and {@code parsePayload()}, plus {@code advertVerified} for adverts. */
    public JsonNode packet(String packetHex) {
        return ask("packet " + OracleReplies.token(packetHex, "packet hex"));
    }

    @Override
    public void close() {
        process.close();
    }

    private JsonNode ask(String request) {
        return OracleReplies.parse(process.request(request), request);
    }
}
