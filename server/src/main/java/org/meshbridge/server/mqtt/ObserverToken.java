package org.meshbridge.server.mqtt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;

/**
 * The login community observer brokers (LetsMesh and compatible) take: user name
 * {@code v1_{PUBKEY}} and, as password, a JWT-style token signed with the node's Ed25519 key —
 * {@code base64url(header).base64url(claims).hex(signature)} over the first two parts, header
 * {@code {"alg":"Ed25519","typ":"JWT"}}, claims {@code publicKey} (upper-case hex), {@code aud},
 * {@code iat}, {@code exp} (the format of {@code @michaelhart/meshcore-decoder}'s
 * {@code createAuthToken}, which the test suite verifies our tokens with). The key never leaves
 * the server: only the signature does.
 */
final class ObserverToken {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = "{\"alg\":\"Ed25519\",\"typ\":\"JWT\"}";

    private ObserverToken() {
    }

    /** {@code v1_} and the public key in upper-case hex. */
    static String username(LocalIdentity identity) {
        return "v1_" + publicKey(identity);
    }

    /** A token for {@code audience}, issued at {@code now}, valid for {@code lifetime}. */
    static String create(LocalIdentity identity, String audience, Instant now, Duration lifetime) {
        ObjectNode claims = MqttJson.MAPPER.createObjectNode();
        claims.put("publicKey", publicKey(identity));
        claims.put("aud", audience);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        String signingInput = URL.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(MqttJson.text(claims).getBytes(StandardCharsets.UTF_8));
        Bytes signature = identity.sign(Bytes.of(signingInput.getBytes(StandardCharsets.US_ASCII)));
        return signingInput + "." + signature.hex().toUpperCase(Locale.ROOT);
    }

    static String publicKey(LocalIdentity identity) {
        return identity.publicKey().hex().toUpperCase(Locale.ROOT);
    }
}
