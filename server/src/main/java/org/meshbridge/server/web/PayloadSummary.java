package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a packet's payload says, per type; its fields appear inside {@code decoded} of
 * {@code GET /api/v1/packets} next to route, type, hops and hash (see {@code docs/http-api.md}).
 * Encrypted payloads show only their clear fields unless a registered channel opened them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface PayloadSummary {

    /** A payload with nothing more to show (RAW_CUSTOM, reserved types). */
    record Opaque(@JsonProperty("payload_bytes") int payloadBytes) implements PayloadSummary {
    }

    /** ADVERT: who advertised, and whether its signature verifies. */
    record Advert(String name, String role, @JsonProperty("public_key") String publicKey,
            @JsonProperty("advert_time") String advertTime, Double latitude, Double longitude,
            @JsonProperty("signature_valid") boolean signatureValid) implements PayloadSummary {
    }

    /** GRP_TXT / GRP_DATA: the channel hash; channel, sender and text once a registered channel opened it. */
    record Group(@JsonProperty("channel_hash") String channelHash, String channel, String sender, String text,
            @JsonProperty("sent_time") String sentTime) implements PayloadSummary {
    }

    /** ACK: the 4-byte checksum it acknowledges. */
    record Ack(String checksum) implements PayloadSummary {
    }

    /** REQ, RESPONSE, TXT_MSG, PATH: destination and source hashes (the rest is encrypted). */
    record Peer(@JsonProperty("dest_hash") String destHash, @JsonProperty("src_hash") String srcHash) implements PayloadSummary {
    }

    /** ANON_REQ: the destination hash and the sender's public key. */
    record AnonRequest(@JsonProperty("dest_hash") String destHash, @JsonProperty("sender_key") String senderKey)
            implements PayloadSummary {
    }

    /** TRACE: its tag and the hop hashes collected so far. */
    record Trace(long tag, @JsonProperty("trace_hops") int traceHops) implements PayloadSummary {
    }

    /** MULTIPART: how many parts remain and the inner type. */
    record Multipart(int remaining, @JsonProperty("inner_type") int innerType) implements PayloadSummary {
    }

    /** CONTROL: the sub-type byte. */
    record Control(@JsonProperty("sub_type") String subType) implements PayloadSummary {
    }
}
