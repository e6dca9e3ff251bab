package org.meshbridge.server.watch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.server.config.WebhookSettings;

/**
 * One watchdog's settings, from {@code meshbridge watch}'s options.
 *
 * @param broker where to subscribe
 * @param prefix the topic prefix ({@code meshcore})
 * @param clientId the MQTT client id
 * @param username with {@code password}, for brokers that want a login
 * @param password empty without a username
 * @param webhooks where alerts are POSTed
 * @param publishAlerts also publish alerts to {@code {p}/alerts/...}
 * @param liveness the rules
 * @param tls CA and client certificate for a TLS broker
 */
public record WatchSettings(BrokerUrl broker, String prefix, String clientId, Optional<String> username, String password,
        List<WebhookSettings> webhooks, boolean publishAlerts, LivenessConfig liveness, WatchTls tls) {

    /** Settings with the JVM's default TLS. */
    public WatchSettings(BrokerUrl broker, String prefix, String clientId, Optional<String> username, String password,
                         List<WebhookSettings> webhooks, boolean publishAlerts, LivenessConfig liveness) {
        this(broker, prefix, clientId, username, password, webhooks, publishAlerts, liveness, WatchTls.DEFAULT);
    }

    public WatchSettings {
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        webhooks = List.copyOf(webhooks);
        Objects.requireNonNull(liveness, "liveness");
        Objects.requireNonNull(tls, "tls");
        if (!tls.isDefault() && !broker.tls()) {
            throw new IllegalArgumentException("a CA file or client certificate needs a TLS broker (mqtts:// or wss://), not "
                    + broker);
        }
        if (prefix.isEmpty() || prefix.contains("+") || prefix.contains("#") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("the prefix must be a topic without wildcards or a trailing /: " + prefix);
        }
    }

    /** The password stays out of logs. */
    @Override
    public String toString() {
        return "WatchSettings[broker=" + broker + ", prefix=" + prefix + ", clientId=" + clientId + ", username="
                + username + ", webhooks=" + webhooks + ", publishAlerts=" + publishAlerts + "]";
    }
}
