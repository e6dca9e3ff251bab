package org.meshbridge.server.companion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.protocol.companion.AppStart;
import org.meshbridge.protocol.companion.CompanionFrameWriter;
import org.meshbridge.server.net.Cidr;

/**
 * Where a listener may listen, who gets in: the address policy at start, the CIDR allow list, and
 * TLS that requires a client certificate from the configured CA.
 */
class ListenerSecurityIT {

    private CompanionFixture fx;
    private CompanionListener extra;

    @BeforeEach
    void start() throws Exception {
        fx = new CompanionFixture("alice");
    }

    @AfterEach
    void stop() {
        if (extra != null) {
            extra.close();
        }
        fx.close();
    }

    private CompanionListener listener(String host, Optional<CompanionTls> tls, List<Cidr> allow) throws Exception {
        return new CompanionListener(new InetSocketAddress(InetAddress.getByName(host), 0), tls, allow, fx.scheduler,
                "alice", () -> fx.companions.get("alice"),
                new CompanionDevice("test", CompanionFixture.FAST, 0, fx.scheduler.now(), fx.node::stats));
    }

    @Test
    void aPublicAddressWithoutClientCertificatesDoesNotStart() throws Exception {
        assertThatThrownBy(() -> listener("0.0.0.0", Optional.empty(), List.of()).start())
                .isInstanceOf(CompanionListenException.class).hasMessageContaining("no tls with client_ca_file");
        assertThatThrownBy(() -> listener("0.0.0.0", Optional.empty(), List.of(Cidr.parse("0.0.0.0/0"))).start())
                .as("an allow list does not make a public address safe").isInstanceOf(CompanionListenException.class);
    }

    @Test
    void aClientOutsideTheAllowListIsDisconnectedAtOnce() throws Exception {
        extra = listener("127.0.0.1", Optional.empty(), List.of(Cidr.parse("10.0.0.0/8"))).start();
        try (ScriptedCompanionApp app = new ScriptedCompanionApp(extra.address())) {
            app.sendRaw(CompanionFrameWriter.frame(AppStart.of(3, "outsider")));
            assertThat(app.readUntilClosed()).isZero();
        }
    }

    @Test
    void tlsLetsInOnlyClientsWithACertificateFromTheConfiguredCa(@TempDir Path dir) throws Exception {
        ClientCertificates certs = ClientCertificates.create(dir);
        extra = listener("127.0.0.1", Optional.of(certs.server()), List.of()).start();

        assertThat(appStartOverTls(certs.clientCert(), certs.clientKey(), certs.caPem()))
                .as("the SelfInfo code").isEqualTo(5);
        assertThatThrownBy(() -> appStartOverTls(certs.strangerCert(), certs.strangerKey(), certs.caPem()))
                .as("a certificate from another CA").isInstanceOf(Exception.class);
        assertThatThrownBy(() -> appStartOverTls(null, null, certs.caPem()))
                .as("no certificate at all").isInstanceOf(Exception.class);
    }

    /** A TLS handshake with the given client certificate, then AppStart; returns the first reply's code. */
    private int appStartOverTls(Path cert, Path key, Path ca) throws Exception {
        javax.net.ssl.SSLContext jsse = javax.net.ssl.SSLContext.getInstance("TLS");
        jsse.init(cert == null ? null : keyManagers(cert, key), trustManagers(ca), null);
        try (SSLSocket socket = (SSLSocket) jsse.getSocketFactory().createSocket(extra.address().getAddress(),
                extra.address().getPort())) {
            socket.setSoTimeout((int) (MeshcoreJsClient.TIMEOUT_SECONDS * 1000));
            socket.startHandshake();
            socket.getOutputStream().write(CompanionFrameWriter.frame(AppStart.of(3, "tls")).toArray());
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            byte[] header = in.readNBytes(4);
            if (header.length < 4) {
                throw new SSLException("closed before answering");
            }
            return header[3] & 0xFF;
        }
    }

    private static javax.net.ssl.KeyManager[] keyManagers(Path cert, Path key) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        java.security.cert.Certificate certificate = java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(java.nio.file.Files.newInputStream(cert));
        String pem = java.nio.file.Files.readString(key).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        java.security.PrivateKey privateKey = java.security.KeyFactory.getInstance("EC")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(pem)));
        store.setKeyEntry("client", privateKey, new char[0], new java.security.cert.Certificate[] {certificate});
        javax.net.ssl.KeyManagerFactory factory = javax.net.ssl.KeyManagerFactory.getInstance("PKIX");
        factory.init(store, new char[0]);
        return factory.getKeyManagers();
    }

    private static javax.net.ssl.TrustManager[] trustManagers(Path ca) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(java.nio.file.Files.newInputStream(ca)));
        javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
        factory.init(store);
        return factory.getTrustManagers();
    }
}
