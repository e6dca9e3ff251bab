package org.meshbridge.protocol.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.DiscoverRequest;
import org.meshbridge.protocol.payload.DiscoverResponse;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.PathPayload;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.RequestPayload;
import org.meshbridge.protocol.payload.TracePayload;

/**
 * The fields meshcore-decoder 0.3.0 reports for a packet, as our own decoding says they must be:
 * JSON pointer → expected value (String hex compared case-insensitively, Long, Double, Boolean,
 * a List of Strings, or {@code null} for JSON null). PATH payload fields are left out (the decoder
 * reads the ciphertext as a plain path, pitfall P9); GRP_DATA, MULTIPART and RAW_CUSTOM it does not decode.
 *
 * <p>Two decoder quirks are applied to our values before comparing (both are decoder bugs, the
 * bytes agree): it reads uint32 fields with JavaScript's signed {@code |}, so values from 2^31 up
 * come out negative in adverts, group texts and traces (its CONTROL reader gets them right) ({@link #asDecoderReadsUint32}); and it reports node types other than 1..4 as
 * a chat node ({@link #asDecoderReadsNodeType}).
 */
final class DecoderFields {

    private DecoderFields() {
    }

    static Map<String, Object> expected(Packet packet, Payload payload, Optional<GroupTextContent> groupText) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("/isValid", true);
        f.put("/routeType", (long) packet.route().code());
        f.put("/payloadType", (long) packet.payloadTypeCode());
        f.put("/payloadVersion", (long) packet.version());
        f.put("/transportCodes", packet.transportCodes().map(c -> List.of(c.code1() + "", c.code2() + "")).orElse(null));
        f.put("/pathLength", (long) packet.path().hopCount());
        f.put("/pathHashSize", (long) packet.path().hashSize());
        f.put("/path", packet.path().isEmpty() ? null : hops(packet.path()));
        f.put("/totalBytes", (long) packet.encodedLength());
        f.put("/payload/raw", packet.payload().hex());
        if (payload instanceof AdvertPayload advert) {
            advert(f, advert);
        } else if (payload instanceof GroupTextPayload text) {
            groupText(f, text, groupText);
        } else if (payload instanceof AckPayload ack) {
            f.put("/payload/decoded/checksum", ack.hash().value().hex());
        } else if (payload instanceof TracePayload trace) {
            trace(f, trace, packet.path());
        } else if (payload instanceof AnonRequestPayload anon) {
            anon(f, anon);
        } else if (payload instanceof PeerDatagram peer && !(peer instanceof PathPayload)) {
            peer(f, peer);
        } else if (payload instanceof DiscoverRequest req) {
            discoverRequest(f, req);
        } else if (payload instanceof DiscoverResponse resp) {
            discoverResponse(f, resp);
        }
        // else PATH (P9), GRP_DATA, MULTIPART, RAW_CUSTOM: outer layout only
        return f;
    }

    /** Every field whose value differs, as "pointer: ours=… decoder=…". */
    static List<String> disagreements(Map<String, Object> expected, JsonNode reply) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            JsonNode theirs = reply.at(e.getKey());
            if (!matches(e.getValue(), theirs)) {
                out.add(e.getKey() + ": ours=" + e.getValue() + " decoder=" + theirs);
            }
        }
        return out;
    }

    private static boolean matches(Object ours, JsonNode theirs) {
        if (ours == null) {
            return theirs.isNull() || theirs.isMissingNode();
        }
        if (ours instanceof Boolean b) {
            return theirs.isBoolean() && theirs.asBoolean() == b;
        }
        if (ours instanceof Long l) {
            return theirs.isNumber() && theirs.asDouble() == l;
        }
        if (ours instanceof Double d) {
            return theirs.isNumber() && Math.abs(theirs.asDouble() - d) < 1e-9;
        }
        if (ours instanceof List<?> list) {
            return theirs.isArray() && DecodedPacketAssertions.texts(theirs).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList()
                    .equals(list.stream().map(s -> s.toString().toUpperCase(Locale.ROOT)).toList());
        }
        return theirs.isTextual() && theirs.asText().equalsIgnoreCase(Objects.toString(ours));
    }

    private static void advert(Map<String, Object> f, AdvertPayload advert) {
        String d = "/payload/decoded/";
        f.put(d + "isValid", true);
        f.put(d + "publicKey", advert.publicKey().hex());
        f.put(d + "timestamp", asDecoderReadsUint32(advert.timestamp()));
        f.put(d + "signature", advert.signature().hex());
        f.put(d + "signatureValid", advert.verifySignature());
        AdvertAppData app = advert.appDataFields().orElseThrow();
        f.put(d + "appData/flags", (long) app.flags());
        f.put(d + "appData/deviceRole", asDecoderReadsNodeType(app.nodeTypeCode()));
        f.put(d + "appData/hasLocation", app.location().isPresent());
        f.put(d + "appData/hasName", app.nameBytes().isPresent());
        app.location().ifPresent(l -> {
            f.put(d + "appData/location/latitude", l.latitudeMicroDeg() / 1e6);
            f.put(d + "appData/location/longitude", l.longitudeMicroDeg() / 1e6);
        });
        app.name().ifPresent(n -> f.put(d + "appData/name", n));
    }

    private static void groupText(Map<String, Object> f, GroupTextPayload text, Optional<GroupTextContent> content) {
        String d = "/payload/decoded/";
        f.put(d + "isValid", true);
        f.put(d + "channelHash", String.format("%02X", text.channelHash()));
        f.put(d + "cipherMac", text.mac().hex());
        f.put(d + "ciphertext", text.ciphertext().hex());
        f.put(d + "ciphertextLength", (long) text.ciphertext().size());
        content.ifPresent(c -> {
            f.put(d + "decrypted/timestamp", asDecoderReadsUint32(c.timestamp()));
            f.put(d + "decrypted/flags", (long) c.flags());
            f.put(d + "decrypted/sender", c.sender().orElse(null));
            f.put(d + "decrypted/message", c.message());
        });
    }

    private static void trace(Map<String, Object> f, TracePayload trace, Path snrs) {
        String d = "/payload/decoded/";
        f.put(d + "isValid", true);
        f.put(d + "traceTag", String.format("%08X", trace.tag()));
        f.put(d + "authCode", asDecoderReadsUint32(trace.authCode()));
        f.put(d + "flags", (long) trace.flags());
        f.put(d + "pathHashSize", (long) trace.hashSize());
        List<String> hops = new ArrayList<>();
        for (int i = 0; i < trace.hopCount(); i++) {
            hops.add(trace.hop(i).hex());
        }
        f.put(d + "pathHashes", hops);
        for (int i = 0; i < snrs.byteLength(); i++) {
            f.put(d + "snrValues/" + i, (double) (byte) snrs.hashes().get(i) / 4);
        }
    }

    private static void anon(Map<String, Object> f, AnonRequestPayload anon) {
        String d = "/payload/decoded/";
        f.put(d + "isValid", true);
        f.put(d + "destinationHash", String.format("%02X", anon.destHash()));
        f.put(d + "senderPublicKey", anon.senderPublicKey().hex());
        f.put(d + "cipherMac", anon.mac().hex());
        f.put(d + "ciphertext", anon.ciphertext().hex());
        f.put(d + "ciphertextLength", (long) anon.ciphertext().size());
    }

    private static void peer(Map<String, Object> f, PeerDatagram peer) {
        String d = "/payload/decoded/";
        f.put(d + "isValid", true);
        f.put(d + "destinationHash", String.format("%02X", peer.destHash()));
        f.put(d + "sourceHash", String.format("%02X", peer.srcHash()));
        f.put(d + "cipherMac", peer.mac().hex());
        f.put(d + "ciphertext", peer.ciphertext().hex());
        if (!(peer instanceof RequestPayload)) {
            f.put(d + "ciphertextLength", (long) peer.ciphertext().size());
        }
    }

    private static void discoverRequest(Map<String, Object> f, DiscoverRequest req) {
        String d = "/payload/decoded/";
        f.put(d + "isValid", true);
        f.put(d + "subType", (long) req.subType());
        f.put(d + "prefixOnly", req.prefixOnly());
        f.put(d + "typeFilter", (long) req.typeFilter());
        f.put(d + "tag", req.tag());
        f.put(d + "since", req.since().orElse(0));
    }

    private static void discoverResponse(Map<String, Object> f, DiscoverResponse resp) {
        String d = "/payload/decoded/";
        f.put(d + "isValid", true);
        f.put(d + "subType", (long) resp.subType());
        f.put(d + "nodeType", asDecoderReadsNodeType(resp.nodeTypeCode()));
        f.put(d + "snr", resp.snrQuarterDb() / 4.0);
        f.put(d + "tag", resp.tag());
        f.put(d + "publicKey", resp.publicKey().hex());
        f.put(d + "publicKeyLength", (long) resp.publicKey().size());
    }

    /** The decoder's {@code readUint32LE} ORs bytes into a signed 32-bit JavaScript number. */
    static long asDecoderReadsUint32(long value) {
        return (int) value;
    }

    /** The decoder's {@code parseDeviceRole}: 1..4 as they are, anything else a chat node (1). */
    static long asDecoderReadsNodeType(int code) {
        return code >= 1 && code <= 4 ? code : 1;
    }

    private static List<String> hops(Path path) {
        List<String> hops = new ArrayList<>();
        for (int i = 0; i < path.hopCount(); i++) {
            hops.add(path.hop(i).hex());
        }
        return hops;
    }
}
