package org.meshbridge.server.config;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.server.mqtt.BrokerAddress;

/**
 * {@code mqtt.observer}: the community analyzers' feed ({@code meshcore/{IATA}/{PUBKEY}/packets}
 * and {@code /status}) on a broker of its own, as LetsMesh-style observers publish it.
 *
 * @param enabled        off by default
 * @param broker         the community broker, usually {@code wss://…:443}
 * @param iata           the region's three-letter airport code, upper case
 * @param auth           how to log in: a signed token (default), a user name and password, or nothing
 * @param audience       the token's {@code aud} claim; default the broker's host name
 * @param username       with {@code auth: password}
 * @param password       with {@code auth: password}; never printed
 * @param tls            trust and client certificate for the observer broker
 * @param packetTypes    the payload types forwarded; direct-message types are refused by the parser
 * @param statusInterval how often {@code /status} is published; default 5 min
 * @param tokenLifetime  how long a token is valid (re-signed at each connect); default 1 h
 */
public record ObserverSettings(boolean enabled, BrokerAddress broker, String iata, Auth auth, Optional<String> audience,
                               Optional<String> username, Optional<String> password, Optional<MqttTlsSettings> tls,
                               Set<PayloadType> packetTypes, Duration statusInterval, Duration tokenLifetime) {

    /** The payload types forwarded by default: adverts, group messages (encrypted) and traces. */
    public static final Set<PayloadType> DEFAULT_PACKET_TYPES = Set.copyOf(EnumSet.of(PayloadType.ADVERT,
            PayloadType.GRP_TXT, PayloadType.GRP_DATA, PayloadType.TRACE));
    /** Payloads between two nodes: never forwarded, whatever the config says. */
    public static final Set<PayloadType> DIRECT_TYPES = Set.copyOf(EnumSet.of(PayloadType.REQ, PayloadType.RESPONSE,
            PayloadType.TXT_MSG, PayloadType.ANON_REQ, PayloadType.PATH, PayloadType.ACK));
    public static final Duration DEFAULT_STATUS_INTERVAL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

    /** How the observer logs in to its broker. */
    public enum Auth {
        /** User name {@code v1_{PUBKEY}}, password an Ed25519-signed token (the LetsMesh scheme). */
        TOKEN("token"),
        /** {@code username} and {@code password} from the config. */
        PASSWORD("password"),
        /** No login. */
        NONE("none");

        private final String code;

        Auth(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static final ObserverSettings DISABLED = new ObserverSettings(false,
            BrokerAddress.parse("wss://localhost:443"), "XXX", Auth.TOKEN, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), DEFAULT_PACKET_TYPES, DEFAULT_STATUS_INTERVAL, DEFAULT_TOKEN_LIFETIME);

    public ObserverSettings {
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(iata, "iata");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(tls, "tls");
        packetTypes = Set.copyOf(packetTypes);
        Objects.requireNonNull(statusInterval, "statusInterval");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        for (PayloadType type : packetTypes) {
            if (DIRECT_TYPES.contains(type)) {
                throw new IllegalArgumentException(type + " carries direct messages and is never forwarded");
            }
        }
    }

    /** The {@code aud} claim: the configured one, else the broker's host. */
    public String tokenAudience() {
        return audience.orElse(broker.host());
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "ObserverSettings[enabled=" + enabled + ", broker=" + broker + ", iata=" + iata + ", auth=" + auth.code()
                + ", packetTypes=" + packetTypes + "]";
    }
}
