package org.meshbridge.server.cli.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.TransportCodes;
import org.meshbridge.protocol.payload.Payload;

/**
 * Describes one on-air packet field by field: header, transport codes (and which given region
 * made them), path, the firmware packet hash, then the payload (see {@link PayloadDescriber}).
 * Channel texts and datas are decrypted with the first given channel key that opens them; the
 * Public channel is always tried.
 */
public final class PacketDescriber {

    private final List<NamedRegion> regions;
    private final PayloadDescriber payloads;

    /**
     * @param channels channel keys to try in order; Public is tried after them unless given
     * @param regions  region keys to match transport codes against
     */
    public PacketDescriber(List<NamedChannel> channels, List<NamedRegion> regions) {
        List<NamedChannel> all = new ArrayList<>(channels);
        if (all.stream().noneMatch(c -> c.key().equals(NamedChannel.PUBLIC.key()))) {
            all.add(NamedChannel.PUBLIC);
        }
        this.regions = List.copyOf(regions);
        this.payloads = new PayloadDescriber(all);
    }

    /**
     * The report for {@code frame}.
     *
     * @throws MalformedFrameException when the packet or its payload does not decode; nothing is
     *         described then
     */
    public Report describe(Bytes frame) throws MalformedFrameException {
        return describe(frame, null);
    }

    /**
     * The report for {@code frame}, starting with an {@code input} field naming where it came from
     * (e.g. {@code stdin line 3}) unless {@code source} is null.
     *
     * @throws MalformedFrameException when the packet or its payload does not decode
     */
    public Report describe(Bytes frame, String source) throws MalformedFrameException {
        Packet packet = Packet.decode(frame);
        Payload payload = Payload.decode(packet);
        Report report = new Report();
        if (source != null) {
            report.put("input", source);
        }
        report.put("length", frame.size(), Formats.bytes(frame.size()))
                .json("hex", frame.hex())
                .put("header", packet.header(), Formats.hex8(packet.header()))
                .put("route", packet.route().name(), packet.route().name() + " (" + packet.route().code() + ")")
                .put("payload_type", typeName(packet),
                        typeName(packet) + " (" + Formats.hex8(packet.payloadTypeCode()) + ")")
                .json("payload_type_code", packet.payloadTypeCode())
                .put("version", packet.version(), packet.version() + " (PAYLOAD_VER_" + (packet.version() + 1) + ")");
        packet.transportCodes().ifPresent(codes -> transportCodes(report.section("transport_codes"), codes, packet));
        path(report.section("path"), packet);
        report.put("packet_hash", packet.hash().hex());
        payloads.describe(report.section("payload"), payload);
        return report;
    }

    static String typeName(Packet packet) {
        return packet.payloadType().map(Enum::name).orElse("RESERVED");
    }

    private void transportCodes(Report section, TransportCodes codes, Packet packet) {
        section.put("code1", codes.code1(), Formats.hex16(codes.code1()))
                .put("code2", codes.code2(), Formats.hex16(codes.code2()));
        if (regions.isEmpty()) {
            return;
        }
        Optional<NamedRegion> match = regions.stream()
                .filter(r -> r.key().matches(packet))
                .findFirst();
        if (match.isPresent()) {
            section.put("region", match.get().label(), match.get().label() + " (code1 matches)");
        } else {
            String names = String.join(", ", regions.stream().map(NamedRegion::label).toList());
            section.json("region", null).text("region", "none of " + names + " matches code1");
        }
    }

    private static void path(Report section, Packet packet) {
        Path path = packet.path();
        section.put("path_len", path.pathLenByte(), Formats.hex8(path.pathLenByte()));
        if (packet.is(PayloadType.TRACE)) {
            // A TRACE path collects one SNR byte (int8, quarter dB) per hop instead of hashes.
            List<Double> snrs = new ArrayList<>(path.byteLength());
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < path.byteLength(); i++) {
                double db = (byte) path.hashes().get(i) / 4.0;
                snrs.add(db);
                text.append(text.length() == 0 ? "" : ", ").append(Formats.decimal(db)).append(" dB");
            }
            section.put("snr_count", snrs.size())
                    .putLabelled("snr_db", "hop SNRs", snrs, snrs.isEmpty() ? "none yet" : text.toString());
            return;
        }
        List<String> hops = Formats.chunksHex(path.hashes(), path.hashSize());
        section.put("hash_size", path.hashSize(), Formats.bytes(path.hashSize()))
                .put("hop_count", path.hopCount())
                .put("hops", hops);
    }
}
