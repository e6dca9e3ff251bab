package org.meshbridge.server.companion;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.meshbridge.server.net.Cidr;

/**
 * Where a companion listener may listen (stock apps have no login, so the address is the
 * authentication): on loopback; on a private or VPN address (RFC 1918, 100.64/10 as Tailscale uses,
 * IPv6 ULA fc00::/7) only with a CIDR allow-list; anywhere else only with TLS and client
 * certificates.
 */
public final class ListenerPolicy {

    private ListenerPolicy() {
    }

    /** Why the listener must not start; empty if it may. */
    static Optional<String> refusal(InetSocketAddress listen, Optional<CompanionTls> tls, List<Cidr> allow) {
        if (tls.isPresent()) {
            return Optional.empty();
        }
        if (listen.isUnresolved()) {
            return Optional.of("cannot resolve " + listen.getHostString());
        }
        InetAddress address = listen.getAddress();
        if (address.isLoopbackAddress()) {
            return Optional.empty();
        }
        if (isPrivateOrVpn(address) && !allow.isEmpty()) {
            return Optional.empty();
        }
        if (isPrivateOrVpn(address)) {
            return Optional.of(address.getHostAddress() + " is a private/VPN address: add an allow list of the client"
                    + " networks (allow: [\"100.64.0.0/10\"]) or require client certificates (tls)");
        }
        return Optional.of(address.getHostAddress() + " is neither loopback nor a private/VPN address and the listener has"
                + " no tls with client_ca_file: stock apps have no login, so anyone who reaches it would act as the account");
    }

    /** RFC 1918, 100.64.0.0/10 (carrier-grade NAT, Tailscale) or IPv6 ULA fc00::/7. */
    public static boolean isPrivateOrVpn(InetAddress address) {
        if (address.isSiteLocalAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64;
        }
        return (b[0] & 0xFE) == 0xFC;
    }
}
