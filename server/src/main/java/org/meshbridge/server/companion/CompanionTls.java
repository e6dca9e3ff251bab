package org.meshbridge.server.companion;

import java.nio.file.Path;
import java.util.Objects;

/**
 * TLS for a companion listener: the server's certificate and key, and the CA whose client
 * certificates are let in (a client without one is refused during the handshake).
 */
public record CompanionTls(Path certFile, Path keyFile, Path clientCaFile) {

    public CompanionTls {
        Objects.requireNonNull(certFile, "certFile");
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(clientCaFile, "clientCaFile");
    }
}
