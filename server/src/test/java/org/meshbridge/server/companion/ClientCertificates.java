package org.meshbridge.server.companion;

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
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * PEM files for a TLS companion listener: a CA, the server's certificate for 127.0.0.1 and a client
 * certificate it signed; plus a stranger's client certificate from another CA.
 */
record ClientCertificates(CompanionTls server, Path caPem, Path clientCert, Path clientKey, Path strangerCert,
                          Path strangerKey) {

    static ClientCertificates create(Path dir) throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPair ca = ecKeys();
        X509Certificate caCert = caCert("CN=companion test CA", ca);
        KeyPair otherCa = ecKeys();
        X509Certificate otherCaCert = caCert("CN=someone else's CA", otherCa);
        KeyPair server = ecKeys();
        X509Certificate serverCert = sign(new JcaX509v3CertificateBuilder(caCert, BigInteger.TWO, from(), until(),
                new X500Name("CN=127.0.0.1"), server.getPublic())
                .addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1"))), ca);
        KeyPair client = ecKeys();
        X509Certificate clientCert = sign(new JcaX509v3CertificateBuilder(caCert, BigInteger.valueOf(3), from(), until(),
                new X500Name("CN=alice"), client.getPublic()), ca);
        KeyPair stranger = ecKeys();
        X509Certificate strangerCert = sign(new JcaX509v3CertificateBuilder(otherCaCert, BigInteger.valueOf(4), from(),
                until(), new X500Name("CN=mallory"), stranger.getPublic()), otherCa);
        Path caPem = write(dir.resolve("ca.pem"), pem("CERTIFICATE", caCert.getEncoded()));
        CompanionTls tls = new CompanionTls(write(dir.resolve("server.pem"), pem("CERTIFICATE", serverCert.getEncoded())),
                write(dir.resolve("server-key.pem"), pem("PRIVATE KEY", server.getPrivate().getEncoded())), caPem);
        return new ClientCertificates(tls, caPem,
                write(dir.resolve("client.pem"), pem("CERTIFICATE", clientCert.getEncoded())),
                write(dir.resolve("client-key.pem"), pem("PRIVATE KEY", client.getPrivate().getEncoded())),
                write(dir.resolve("stranger.pem"), pem("CERTIFICATE", strangerCert.getEncoded())),
                write(dir.resolve("stranger-key.pem"), pem("PRIVATE KEY", stranger.getPrivate().getEncoded())));
    }

    private static X509Certificate caCert(String name, KeyPair keys) throws GeneralSecurityException, IOException,
            OperatorCreationException {
        X500Name x500 = new X500Name(name);
        return sign(new JcaX509v3CertificateBuilder(x500, BigInteger.ONE, from(), until(), x500, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true)), keys);
    }

    private static Date from() {
        return Date.from(Instant.now().minus(Duration.ofHours(1)));
    }

    private static Date until() {
        return Date.from(Instant.now().plus(Duration.ofHours(1)));
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
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
