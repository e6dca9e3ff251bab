package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The {@code decoded} object of a packet in {@code GET /api/v1/packets}. A frame that is not a
 * packet has only {@code error}; a packet whose payload does not decode has the header fields
 * and {@code error}; otherwise the header fields and the {@link PayloadSummary} fields.
 *
 * @param route {@code FLOOD}, {@code DIRECT}, {@code TRANSPORT_FLOOD} or {@code TRANSPORT_DIRECT}
 * @param type the payload type ({@code ADVERT}, {@code GRP_TXT}, ...), or {@code 0x0C} for a reserved code
 * @param hops path hops so far
 * @param path the hop hashes, lowercase hex
 * @param hash the firmware packet hash (duplicate detection), lowercase hex
 * @param payload per-type fields, unwrapped into this object
 * @param error why the frame or payload does not decode
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"route", "type", "hops", "path", "hash"})
public record PacketSummary(String route, String type, Integer hops, List<String> path, String hash,
        @JsonUnwrapped PayloadSummary payload, String error) {

    /** A frame that is not a MeshCore packet. */
    static PacketSummary malformed(String error) {
        return new PacketSummary(null, null, null, null, null, null, error);
    }
}
