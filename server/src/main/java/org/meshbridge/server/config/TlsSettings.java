package org.meshbridge.server.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code server.tls}: HTTP terminates TLS with these PEM files.
 *
 * @param certFile the certificate chain, leaf first
 * @param keyFile its private key, unencrypted PKCS#8
 */
public record TlsSettings(Path certFile, Path keyFile) {

    public TlsSettings {
        Objects.requireNonNull(certFile, "certFile");
        Objects.requireNonNull(keyFile, "keyFile");
    }
}
