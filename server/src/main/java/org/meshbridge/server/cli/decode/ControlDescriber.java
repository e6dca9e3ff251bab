package org.meshbridge.server.cli.decode;

import java.util.ArrayList;
import java.util.List;
import org.meshbridge.protocol.payload.ControlPayload;
import org.meshbridge.protocol.payload.DiscoverRequest;
import org.meshbridge.protocol.payload.DiscoverResponse;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.UnknownControl;

/** CONTROL: the sub-type, then DISCOVER_REQ / DISCOVER_RESP fields or the raw bytes. */
final class ControlDescriber {

    private ControlDescriber() {
    }

    static void describe(Report report, ControlPayload control) {
        String name = control instanceof DiscoverRequest ? "DISCOVER_REQ"
                : control instanceof DiscoverResponse ? "DISCOVER_RESP" : "UNKNOWN";
        report.put("sub_type", control.subType(), Formats.hex8(control.subType()) + " " + name)
                .put("zero_hop_only", control.isZeroHopOnly());
        if (control instanceof DiscoverRequest request) {
            request(report, request);
        } else if (control instanceof DiscoverResponse response) {
            response(report, response);
        } else if (control instanceof UnknownControl unknown) {
            report.put("data", unknown.data().hex());
        }
    }

    private static void request(Report report, DiscoverRequest request) {
        List<String> wanted = new ArrayList<>();
        for (int code = 0; code < 8; code++) {
            if ((request.typeFilter() & 1 << code) != 0) {
                wanted.add(nodeTypeName(code));
            }
        }
        report.put("prefix_only", request.prefixOnly())
                .put("type_filter", request.typeFilter(), Formats.hex8(request.typeFilter()))
                .put("types", wanted)
                .put("tag", request.tag(), Formats.hex32(request.tag()));
        request.since().ifPresent(since -> report
                .put("since", since, Formats.timestamp(since))
                .json("since_utc", Formats.utc(since)));
    }

    private static String nodeTypeName(int code) {
        return NodeType.fromCode(code).map(Enum::name).orElse("type " + code);
    }

    private static void response(Report report, DiscoverResponse response) {
        String type = response.nodeType().map(Enum::name).orElse("UNKNOWN");
        double snrDb = response.snrQuarterDb() / 4.0;
        report.put("node_type", type, type + " (" + response.nodeTypeCode() + ")")
                .json("node_type_code", response.nodeTypeCode())
                .putLabelled("snr_db", "snr", snrDb, Formats.decimal(snrDb) + " dB")
                .put("tag", response.tag(), Formats.hex32(response.tag()))
                .put(response.isKeyPrefix() ? "public_key_prefix" : "public_key", response.publicKey().hex())
                .put("node_hash", Formats.byteHex(response.publicKey().get(0)));
    }
}
