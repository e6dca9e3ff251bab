package org.meshbridge.server.net;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may connect and whom to believe about the real client.
 *
 * <p>{@link #permits}: an address in {@code deny} is refused; otherwise, when {@code allow} is
 * not empty, only addresses in it are let in. {@link #client}: when the peer is in
 * {@code trustedProxies}, the client is the right-most {@code X-Forwarded-For} entry that is
 * not itself a trusted proxy (entries further left were written by the client and prove
 * nothing); from any other peer the header is ignored. {@code X-Forwarded-Proto} likewise.
 *
 * @param allow          ranges allowed in; empty allows every address not denied
 * @param deny           ranges refused, even when also allowed
 * @param trustedProxies peers whose forwarding headers are believed
 */
public record ClientAccess(List<Cidr> allow, List<Cidr> deny, List<Cidr> trustedProxies) {

    /** Everyone in, no proxy trusted. */
    public static final ClientAccess OPEN = new ClientAccess(List.of(), List.of(), List.of());

    /** Entries of X-Forwarded-For looked at, at most. */
    private static final int MAX_HOPS = 16;

    public ClientAccess {
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** Whether {@code address} may use the server. */
    public boolean permits(InetAddress address) {
        Objects.requireNonNull(address, "address");
        if (deny.stream().anyMatch(c -> c.contains(address))) {
            return false;
        }
        return allow.isEmpty() || allow.stream().anyMatch(c -> c.contains(address));
    }

    public boolean isTrustedProxy(InetAddress peer) {
        return trustedProxies.stream().anyMatch(c -> c.contains(peer));
    }

    /**
     * The client behind {@code peer}: the peer itself unless it is a trusted proxy and
     * {@code forwardedFor} (the joined {@code X-Forwarded-For} values) names one. A malformed
     * entry stops the walk at the hop that wrote it.
     */
    public InetAddress client(InetAddress peer, Optional<String> forwardedFor) {
        if (forwardedFor.isEmpty() || !isTrustedProxy(peer)) {
            return Cidr.unmapped(peer);
        }
        String[] hops = forwardedFor.get().split(",");
        InetAddress current = peer;
        for (int i = hops.length - 1; i >= 0 && i >= hops.length - MAX_HOPS; i--) {
            if (!isTrustedProxy(current)) {
                break;
            }
            Optional<InetAddress> hop = literal(hops[i].strip());
            if (hop.isEmpty()) {
                break;
            }
            current = hop.get();
        }
        return Cidr.unmapped(current);
    }

    /** Whether the client used TLS: the connection's own TLS, or {@code X-Forwarded-Proto: https} from a trusted proxy. */
    public boolean secure(InetAddress peer, boolean tls, Optional<String> forwardedProto) {
        if (tls) {
            return true;
        }
        if (forwardedProto.isEmpty() || !isTrustedProxy(peer)) {
            return false;
        }
        String[] protos = forwardedProto.get().split(",");
        return protos[protos.length - 1].strip().equalsIgnoreCase("https");
    }

    private static Optional<InetAddress> literal(String text) {
        String s = text.startsWith("[") && text.contains("]") ? text.substring(1, text.indexOf(']')) : text;
        if (s.chars().filter(c -> c == ':').count() == 1 && s.contains(".")) {
            s = s.substring(0, s.indexOf(':'));
        }
        try {
            return Optional.of(Cidr.parse(s).network());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
