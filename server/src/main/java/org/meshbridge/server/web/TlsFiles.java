package org.meshbridge.server.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the listener's TLS identity lives ({@code server.tls} in the config): a PEM certificate
 * chain (leaf first) and its PEM private key (PKCS#8, unencrypted).
 */
public record TlsFiles(Path certChainPem, Path privateKeyPem) {

    public TlsFiles {
        Objects.requireNonNull(certChainPem, "certChainPem");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    }
}
