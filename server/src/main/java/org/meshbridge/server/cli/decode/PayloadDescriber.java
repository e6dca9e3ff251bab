package org.meshbridge.server.cli.decode;

import java.util.List;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.ControlPayload;
import org.meshbridge.protocol.payload.GroupDatagram;
import org.meshbridge.protocol.payload.MultipartPayload;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.RawCustomPayload;
import org.meshbridge.protocol.payload.TracePayload;
import org.meshbridge.protocol.payload.UnknownPayload;

/** The payload section: its type and length, then the fields of that type. */
final class PayloadDescriber {

    private final ChannelDescriber channels;

    PayloadDescriber(List<NamedChannel> channels) {
        this.channels = new ChannelDescriber(channels);
    }

    void describe(Report report, Payload payload) {
        Bytes bytes = payload.encode();
        report.put("type", payload.type().map(Enum::name).orElse("RESERVED"))
                .put("length", bytes.size(), Formats.bytes(bytes.size()));
        if (payload instanceof AdvertPayload advert) {
            AdvertDescriber.describe(report, advert);
        } else if (payload instanceof GroupDatagram group) {
            channels.describe(report, group);
        } else if (payload instanceof PeerDatagram peer) {
            peer(report, peer);
        } else if (payload instanceof AnonRequestPayload anon) {
            anon(report, anon);
        } else if (payload instanceof AckPayload ack) {
            ack(report, ack);
        } else if (payload instanceof TracePayload trace) {
            trace(report, trace);
        } else if (payload instanceof MultipartPayload multipart) {
            multipart(report, multipart);
        } else if (payload instanceof ControlPayload control) {
            ControlDescriber.describe(report, control);
        } else if (payload instanceof RawCustomPayload raw) {
            report.put("data", raw.data().hex(), Formats.hexOrNone(raw.data()));
        } else if (payload instanceof UnknownPayload unknown) {
            report.put("type_code", unknown.typeCode(), Formats.hex8(unknown.typeCode()) + " (reserved; firmware drops it)")
                    .put("data", unknown.data().hex(), Formats.hexOrNone(unknown.data()));
        }
    }

    private static void peer(Report report, PeerDatagram peer) {
        report.put("dest_hash", Formats.byteHex(peer.destHash()))
                .put("src_hash", Formats.byteHex(peer.srcHash()));
        encrypted(report, peer.mac(), peer.ciphertext());
    }

    private static void anon(Report report, AnonRequestPayload anon) {
        report.put("dest_hash", Formats.byteHex(anon.destHash()))
                .put("sender_public_key", anon.senderPublicKey().hex())
                .put("sender_hash", Formats.byteHex(Identity.of(anon.senderPublicKey()).hash()));
        encrypted(report, anon.mac(), anon.ciphertext());
    }

    private static void encrypted(Report report, Bytes mac, Bytes ciphertext) {
        report.put("mac", mac.hex())
                .put("ciphertext_length", ciphertext.size(), Formats.bytes(ciphertext.size()))
                .put("encryption", "ECDH", "encrypted (ECDH between the two nodes; decode cannot open it)");
    }

    private static void ack(Report report, AckPayload ack) {
        Bytes extra = ack.extra();
        report.put("checksum", ack.hash().value().hex())
                .put("extra", extra.hex(), Formats.hexOrNone(extra));
        if (extra.size() == 1) {
            report.put("unsynced_count", extra.get(0)).note("1 extra byte: a room server keep-alive ACK (posts not yet pushed)");
        } else if (extra.size() == 2) {
            report.put("attempt", extra.get(0)).note("2 extra bytes: a v1.16+ companion ACK (extended attempt, 1 random byte)");
        }
    }

    private static void trace(Report report, TracePayload trace) {
        List<String> hops = Formats.chunksHex(trace.hopHashes(), trace.hashSize());
        report.put("tag", trace.tag(), Formats.hex32(trace.tag()))
                .put("auth_code", trace.authCode(), Formats.hex32(trace.authCode()))
                .put("flags", trace.flags(), Formats.hex8(trace.flags()))
                .put("hash_size", trace.hashSize(), Formats.bytes(trace.hashSize()))
                .put("hop_count", trace.hopCount())
                .put("hops", hops);
    }

    private static void multipart(Report report, MultipartPayload multipart) {
        String inner = multipart.innerType().map(Enum::name).orElse("RESERVED");
        report.put("remaining", multipart.remaining())
                .put("inner_type", inner, inner + " (" + Formats.hex8(multipart.innerTypeCode()) + ")")
                .put("inner", multipart.inner().hex());
        multipart.innerAck().ifPresent(ack -> report.put("checksum", ack.hash().value().hex()));
        if (multipart.innerTypeCode() == PayloadType.ACK.code() && multipart.innerAck().isPresent()) {
            report.note("a multi-ack: an extra copy of an ACK sent ahead of it");
        }
    }
}
