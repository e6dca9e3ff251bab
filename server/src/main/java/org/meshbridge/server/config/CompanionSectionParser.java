package org.meshbridge.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.meshbridge.server.net.Cidr;
import org.meshbridge.server.companion.CompanionLimits;
import org.meshbridge.server.companion.ListenerPolicy;
import org.meshbridge.server.net.ListenAddress;

/** Parses the {@code companion} section: the idle timeout and listeners, each with its account, TLS and allow list. */
final class CompanionSectionParser {

    /** Account names: what the accounts service accepts as a user name. */
    static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
    private static final Set<String> SECTION_KEYS = Set.of("listeners", "idle_timeout");
    private static final Set<String> LISTENER_KEYS = Set.of("listen", "account", "tls", "allow");
    private static final Set<String> TLS_KEYS = Set.of("cert_file", "key_file", "client_ca_file");
    private static final int MAX_LISTENERS = 64;
    private static final Duration MIN_IDLE = Duration.ofSeconds(10);
    private static final Duration MAX_IDLE = Duration.ofDays(7);

    private CompanionSectionParser() {
    }

    static CompanionSettings parse(ConfigNode section) throws ConfigException {
        section.refuseUnknown(SECTION_KEYS, "listeners, idle_timeout");
        Duration idle = section.duration("idle_timeout", MIN_IDLE, MAX_IDLE, "10s..7d")
                .orElse(CompanionLimits.DEFAULT_IDLE_TIMEOUT);
        List<ConfigNode> items = section.mappings("listeners");
        if (items.size() > MAX_LISTENERS) {
            throw new ConfigException(section.keyPath("listeners"), "at most " + MAX_LISTENERS + " listeners, was " + items.size());
        }
        List<CompanionListenerSettings> listeners = new ArrayList<>();
        Set<String> addresses = new HashSet<>();
        for (ConfigNode item : items) {
            CompanionListenerSettings l = listener(item);
            if (!addresses.add(l.listen().toString())) {
                throw new ConfigException(item.keyPath("listen"), "another companion listener already uses " + l.listen());
            }
            listeners.add(l);
        }
        return new CompanionSettings(listeners, idle);
    }

    private static CompanionListenerSettings listener(ConfigNode item) throws ConfigException {
        item.refuseUnknown(LISTENER_KEYS, "listen, account, tls, allow");
        String listenText = item.text("listen").orElseThrow(() -> new ConfigException(item.keyPath("listen"),
                "required: host:port, e.g. \"127.0.0.1:5000\""));
        ListenAddress listen;
        try {
            listen = ListenAddress.parse(listenText);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(item.keyPath("listen"), e.getMessage());
        }
        String account = item.text("account").orElseThrow(() -> new ConfigException(item.keyPath("account"),
                "required: the account whose mesh identity the apps use"));
        if (!ACCOUNT.matcher(account).matches()) {
            throw new ConfigException(item.keyPath("account"), "must be 1..32 letters, digits, '_', '.' or '-', starting"
                    + " with a letter or digit, was \"" + account + "\"");
        }
        Optional<CompanionListenerSettings.Tls> tls = tls(item);
        List<Cidr> allow = allow(item);
        checkPolicy(item, listen, tls, allow);
        return new CompanionListenerSettings(listen, account, tls, allow);
    }

    private static Optional<CompanionListenerSettings.Tls> tls(ConfigNode item) throws ConfigException {
        if (!item.has("tls")) {
            return Optional.empty();
        }
        ConfigNode tls = item.section("tls");
        tls.refuseUnknown(TLS_KEYS, "cert_file, key_file, client_ca_file");
        return Optional.of(new CompanionListenerSettings.Tls(path(tls, "cert_file"), path(tls, "key_file"),
                path(tls, "client_ca_file")));
    }

    private static Path path(ConfigNode tls, String key) throws ConfigException {
        String text = tls.text(key).orElseThrow(() -> new ConfigException(tls.keyPath(key), "required"
                + ("client_ca_file".equals(key) ? ": stock apps have no login, so the listener must require client"
                + " certificates signed by this CA" : "")));
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new ConfigException(tls.keyPath(key), "is not a valid path: " + e.getReason());
        }
    }

    private static List<Cidr> allow(ConfigNode item) throws ConfigException {
        JsonNode list = item.raw("allow");
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ConfigException(item.keyPath("allow"), "must be a list of address blocks such as [\"100.64.0.0/10\"], was "
                    + ConfigNode.describe(list));
        }
        List<Cidr> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = item.keyPath("allow") + "[" + i + "]";
            JsonNode v = list.get(i);
            if (!v.isTextual()) {
                throw new ConfigException(path, "must be an address block such as \"192.168.1.0/24\", was " + ConfigNode.describe(v));
            }
            try {
                out.add(Cidr.parse(v.asText()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(path, e.getMessage());
            }
        }
        return out;
    }

    /** Literal addresses are checked here; host names when the listener binds. */
    private static void checkPolicy(ConfigNode item, ListenAddress listen, Optional<CompanionListenerSettings.Tls> tls,
                                    List<Cidr> allow) throws ConfigException {
        if (tls.isPresent() || !listen.host().matches("\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?")) {
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(listen.host());
        } catch (UnknownHostException e) {
            throw new ConfigException(item.keyPath("listen"), "not an address: " + listen.host());
        }
        if (address.isLoopbackAddress()) {
            return;
        }
        if (!ListenerPolicy.isPrivateOrVpn(address)) {
            throw new ConfigException(item.keyPath("listen"), listen.host() + " is a public address: a companion listener"
                    + " there needs tls with client_ca_file (stock apps have no login); or listen on loopback or a VPN address");
        }
        if (allow.isEmpty()) {
            throw new ConfigException(item.keyPath("allow"), "required for a listener on the private/VPN address "
                    + listen.host() + " without tls: list the client networks, e.g. [\"100.64.0.0/10\"]");
        }
    }
}
