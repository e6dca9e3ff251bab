package org.meshbridge.server.gateway;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.meshbridge.server.web.TlsFiles;

/**
 * A throwaway CA and a server certificate it signed for {@code 127.0.0.1} and {@code localhost},
 * written as PEM files. Validity is one hour either side of now: TLS checks the real clock.
 */
public final class TestCertificates {

    /** The CA certificate, for the client's {@code --ca-file}. */
    public final Path caPem;
    /** The server's chain (leaf, then CA) and its PKCS#8 key, for the listener. */
    public final TlsFiles serverFiles;
    /** A client certificate the CA signed (chain and PKCS#8 key), for mutual TLS. */
    public final TlsFiles clientFiles;

    private TestCertificates(Path caPem, TlsFiles serverFiles, TlsFiles clientFiles) {
        this.caPem = caPem;
        this.serverFiles = serverFiles;
        this.clientFiles = clientFiles;
    }

    public static TestCertificates create(Path dir) throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPair caKeys = ecKeys();
        KeyPair serverKeys = ecKeys();
        Date notBefore = Date.from(Instant.now().minus(Duration.ofHours(1)));
        Date notAfter = Date.from(Instant.now().plus(Duration.ofHours(1)));
        X500Name caName = new X500Name("CN=meshbridge test CA");
        X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, notBefore, notAfter,
                caName, caKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate caCert = sign(ca, caKeys);
        X509v3CertificateBuilder leaf = new JcaX509v3CertificateBuilder(caCert, BigInteger.TWO, notBefore, notAfter,
                new X500Name("CN=localhost"), serverKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.dNSName, "localhost")}));
        X509Certificate serverCert = sign(leaf, caKeys);
        Path caPem = write(dir.resolve("ca.pem"), pem("CERTIFICATE", caCert.getEncoded()));
        Path chain = write(dir.resolve("server-chain.pem"),
                pem("CERTIFICATE", serverCert.getEncoded()) + pem("CERTIFICATE", caCert.getEncoded()));
        Path key = write(dir.resolve("server-key.pem"), pem("PRIVATE KEY", serverKeys.getPrivate().getEncoded()));
        KeyPair clientKeys = ecKeys();
        X509v3CertificateBuilder client = new JcaX509v3CertificateBuilder(caCert, BigInteger.valueOf(3), notBefore,
                notAfter, new X500Name("CN=meshbridge test client"), clientKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        X509Certificate clientCert = sign(client, caKeys);
        Path clientChain = write(dir.resolve("client-chain.pem"),
                pem("CERTIFICATE", clientCert.getEncoded()) + pem("CERTIFICATE", caCert.getEncoded()));
        Path clientKey = write(dir.resolve("client-key.pem"), pem("PRIVATE KEY", clientKeys.getPrivate().getEncoded()));
        return new TestCertificates(caPem, new TlsFiles(chain, key), new TlsFiles(clientChain, clientKey));
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
