package org.meshbridge.server.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * PEM files into TLS client trust and keys, for every outbound TLS client (the gateway client's
 * {@code ca_file}, {@code mqtt.tls}): a CA file trusts exactly its certificates, a client
 * certificate is a PEM chain (leaf first) with its unencrypted PKCS#8 key.
 */
public final class PemFiles {

    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519");

    private PemFiles() {
    }

    /**
     * Trust exactly the certificates in {@code caPem} (the server's CA, or the server's own
     * self-signed certificate).
     *
     * @throws IllegalArgumentException if the file cannot be read or holds no certificate
     */
    public static TrustManagerFactory trusting(Path caPem) {
        try {
            Collection<? extends Certificate> certificates = certificates(caPem, "CA file ");
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            return trust;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read CA file " + caPem + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("CA file " + caPem + " is not a PEM certificate: " + e.getMessage());
        }
    }

    /**
     * A TLS client context that trusts exactly the certificates in {@code caPem}.
     *
     * @throws IllegalArgumentException as {@link #trusting(Path)}
     */
    public static SSLContext trustingContext(Path caPem) {
        TrustManagerFactory trust = trusting(caPem);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("CA file " + caPem + " is not a PEM certificate: " + e.getMessage());
        }
    }

    /** The JDK's default context: the system trust store. */
    public static SSLContext systemContext() {
        try {
            return SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no default TLS context", e);
        }
    }

    /**
     * A client certificate: the chain in {@code certPem} (leaf first) and its unencrypted PKCS#8
     * key in {@code keyPem}.
     *
     * @throws IllegalArgumentException naming the file that cannot be used
     */
    public static KeyManagerFactory clientCertificate(Path certPem, Path keyPem) {
        try {
            Certificate[] chain = certificates(certPem, "").toArray(Certificate[]::new);
            PrivateKey key = privateKey(keyPem);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] none = new char[0];
            store.setKeyEntry("client", key, none, chain);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, none);
            return keys;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use client certificate " + certPem + " with key " + keyPem + ": "
                    + e.getMessage());
        }
    }

    /** The certificates in {@code pem}; none is an error naming the file, prefixed by {@code what}. */
    private static Collection<? extends Certificate> certificates(Path pem, String what)
            throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(what + pem + " holds no PEM certificate");
            }
            return certificates;
        }
    }

    private static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = text.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new GeneralSecurityException(pem + " holds no unencrypted PKCS#8 key (BEGIN PRIVATE KEY)");
        }
        byte[] der = Base64.getMimeDecoder().decode(text.substring(begin + 27, end));
        GeneralSecurityException last = null;
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new GeneralSecurityException(pem + ": not an RSA, EC or Ed25519 key", last);
    }
}
