package org.meshbridge.server.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code mqtt.tls}: how the bridge trusts the broker and proves itself over {@code mqtts://} and
 * {@code wss://}.
 *
 * @param caFile   PEM certificates to trust instead of the JVM's default trust store
 * @param certFile a client certificate chain (PEM), with {@code keyFile}
 * @param keyFile  its private key, unencrypted PKCS#8 PEM
 */
public record MqttTlsSettings(Optional<Path> caFile, Optional<Path> certFile, Optional<Path> keyFile) {

    public MqttTlsSettings {
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(certFile, "certFile");
        Objects.requireNonNull(keyFile, "keyFile");
        if (certFile.isPresent() != keyFile.isPresent()) {
            throw new IllegalArgumentException("a client certificate needs both certFile and keyFile");
        }
    }

    /** Trusts the CA certificates in {@code caFile} only. */
    public static MqttTlsSettings trusting(Path caFile) {
        return new MqttTlsSettings(Optional.of(caFile), Optional.empty(), Optional.empty());
    }
}
