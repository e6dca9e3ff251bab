package org.meshbridge.server.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS trust for the gateway client: the system's CAs, or only the certificates in a PEM file. */
final class TrustFiles {

    private TrustFiles() {
    }

    /**
     * A TLS context that trusts exactly the certificates in {@code caPem} (one or more PEM
     * certificates: the server's CA, or the server's own self-signed certificate).
     *
     * @throws IllegalArgumentException if the file cannot be read or holds no certificate
     */
    static SSLContext trusting(Path caPem) {
        try (InputStream in = Files.newInputStream(caPem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("CA file " + caPem + " holds no PEM certificate");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read CA file " + caPem + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("CA file " + caPem + " is not a PEM certificate: " + e.getMessage());
        }
    }

    /** The JDK's default context: the system trust store. */
    static SSLContext system() {
        try {
            return SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no default TLS context", e);
        }
    }
}
