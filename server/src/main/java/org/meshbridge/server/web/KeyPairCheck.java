package org.meshbridge.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a PEM private key belongs to the first certificate of a PEM chain, by signing and
 * verifying a probe: Netty would otherwise load a mismatched pair and every handshake would fail
 * (a renewal caught between writing the certificate and the key).
 */
final class KeyPairCheck {

    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
    private static final byte[] PROBE = "meshbridge key check".getBytes(StandardCharsets.US_ASCII);

    private KeyPairCheck() {
    }

    /**
     * @throws IllegalArgumentException when the key is a PKCS#8 key that does not match the leaf
     *     certificate; other key formats are left to Netty to accept or refuse
     */
    static void requireMatch(TlsFiles files) {
        Certificate leaf;
        Optional<PrivateKey> key;
        try (InputStream in = Files.newInputStream(files.certChainPem())) {
            leaf = CertificateFactory.getInstance("X.509").generateCertificate(in);
            key = pkcs8(Files.readString(files.privateKeyPem(), StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the certificate or key: " + e.getMessage(), e);
        }
        if (key.isPresent() && !matches(key.get(), leaf.getPublicKey())) {
            throw new IllegalArgumentException("the private key " + files.privateKeyPem()
                    + " does not belong to the certificate " + files.certChainPem());
        }
    }

    private static Optional<PrivateKey> pkcs8(String pem) throws GeneralSecurityException {
        Matcher m = PKCS8.matcher(pem);
        if (!m.find()) {
            return Optional.empty();
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(m.group(1)));
        for (String algorithm : new String[] {"EC", "RSA", "Ed25519", "Ed448"}) {
            try {
                return Optional.of(KeyFactory.getInstance(algorithm).generatePrivate(spec));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        return Optional.empty();
    }

    private static boolean matches(PrivateKey key, PublicKey certificateKey) {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> key.getAlgorithm();
        };
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificateKey);
            verifier.update(PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
