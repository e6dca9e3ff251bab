package org.meshbridge.server.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.server.net.Cidr;
import org.meshbridge.server.net.ListenAddress;

/**
 * {@code companion.listeners[i]}: one TCP listener for stock MeshCore apps, acting as one account.
 *
 * @param listen where to listen: a loopback address, a private/VPN address with an {@code allow}
 *     list, or any address with {@code tls} and client certificates
 * @param account the account whose mesh identity, inbox and channels the apps use
 * @param tls TLS with a required client certificate
 * @param allow client address blocks let in; empty lets every client that reaches the address in
 */
public record CompanionListenerSettings(ListenAddress listen, String account, Optional<Tls> tls, List<Cidr> allow) {

    public CompanionListenerSettings {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(tls, "tls");
        allow = List.copyOf(allow);
    }

    /**
     * {@code companion.listeners[i].tls}.
     *
     * @param certFile the server's PEM certificate chain
     * @param keyFile its unencrypted PKCS#8 PEM key
     * @param clientCaFile the PEM CA certificate(s) that client certificates must chain to
     */
    public record Tls(Path certFile, Path keyFile, Path clientCaFile) {
        public Tls {
            Objects.requireNonNull(certFile, "certFile");
            Objects.requireNonNull(keyFile, "keyFile");
            Objects.requireNonNull(clientCaFile, "clientCaFile");
        }
    }
}
