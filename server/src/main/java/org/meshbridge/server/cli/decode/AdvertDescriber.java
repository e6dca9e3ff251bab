package org.meshbridge.server.cli.decode;

import java.util.ArrayList;
import java.util.List;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;

/**
 * ADVERT fields: key, node hash, time, signature and whether it verifies as the firmware checks it
 * (over the first 32 bytes of app data), then the app data fields.
 */
final class AdvertDescriber {

    private AdvertDescriber() {
    }

    static void describe(Report report, AdvertPayload advert) {
        Identity advertiser = Identity.of(advert.publicKey());
        boolean valid = advert.verifySignature();
        report.put("public_key", advert.publicKey().hex())
                .put("node_hash", Formats.byteHex(advertiser.hash()))
                .put("timestamp", advert.timestamp(), Formats.timestamp(advert.timestamp()))
                .json("timestamp_utc", Formats.utc(advert.timestamp()))
                .put("signature", advert.signature().hex())
                .putLabelled("signature_valid", "signature check", valid, valid ? "VALID" : "INVALID");
        if (!advert.isAppDataFullySigned()) {
            boolean firmwareValid = advertiser.verify(advert.signedMessage(), advert.signature());
            report.putLabelled("signature_valid_first_32_bytes", "first 32 bytes", firmwareValid,
                    firmwareValid ? "VALID (what the firmware checks)" : "INVALID (what the firmware checks)");
        }
        report.put("app_data_length", advert.appData().size(), Formats.bytes(advert.appData().size()));
        int signedLength = Math.min(advert.appData().size(), Packet.MAX_ADVERT_DATA_BYTES);
        Bytes signedPart = advert.appData().prefix(signedLength);
        try {
            appData(report, AdvertAppData.decode(signedPart));
        } catch (MalformedFrameException e) {
            report.put("app_data", signedPart.hex()).note("app data does not parse: " + e.getMessage());
        }
        if (!advert.isAppDataFullySigned()) {
            unsignedTail(report, advert, signedLength);
        }
    }

    /** App data over 32 bytes: the signature cannot cover the rest, and the firmware ignores it. */
    private static void unsignedTail(Report report, AdvertPayload advert, int signedLength) {
        int unsigned = advert.appData().size() - signedLength;
        report.json("unsigned_app_data", advert.appData().slice(signedLength, advert.appData().size()).hex())
                .note("app data is " + advert.appData().size() + " bytes: the firmware verifies and parses only the first "
                        + Packet.MAX_ADVERT_DATA_BYTES + " (MAX_ADVERT_DATA_SIZE) and ignores the last " + unsigned
                        + ", which the signature does not cover, so it is not VALID; firmware never sends such adverts");
    }

    private static void appData(Report report, AdvertAppData data) {
        String type = data.nodeType().map(Enum::name).orElse("UNKNOWN");
        report.put("node_type", type, type + " (" + data.nodeTypeCode() + ")")
                .json("node_type_code", data.nodeTypeCode())
                .put("flags", data.flags(), Formats.hex8(data.flags()) + presentFields(data));
        data.location().ifPresent(l -> report
                .put("latitude", l.latitudeMicroDeg() / 1e6)
                .put("longitude", l.longitudeMicroDeg() / 1e6));
        data.feature1().ifPresent(f -> report.put("feature1", f, Formats.hex16(f)));
        data.feature2().ifPresent(f -> report.put("feature2", f, Formats.hex16(f)));
        data.nameBytes().ifPresent(raw -> report.put("name", data.name().orElse(""),
                data.name().orElse(raw.isEmpty() ? "(empty)" : "(blank: " + raw.hex() + ")")));
        if (data.name().isEmpty()) {
            report.note("no name: chat nodes ignore adverts without one");
        }
    }

    private static String presentFields(AdvertAppData data) {
        List<String> present = new ArrayList<>(4);
        data.location().ifPresent(l -> present.add("location"));
        data.feature1().ifPresent(f -> present.add("feature1"));
        data.feature2().ifPresent(f -> present.add("feature2"));
        data.nameBytes().ifPresent(n -> present.add("name"));
        return present.isEmpty() ? "" : " (" + String.join(", ", present) + ")";
    }
}
