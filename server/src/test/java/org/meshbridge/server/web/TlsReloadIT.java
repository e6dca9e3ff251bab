package org.meshbridge.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.server.gateway.TestCertificates;

/** The listener serves a renewed certificate from its PEM files without a restart, and keeps the old one while they are broken. */
class TlsReloadIT {

    @TempDir
    Path dir;

    @Test
    void aNewCertificateInTheFilesIsServedToTheNextConnection() throws Exception {
        TestCertificates first = TestCertificates.create(Files.createDirectory(dir.resolve("first")));
        TestCertificates second = TestCertificates.create(Files.createDirectory(dir.resolve("second")));
        Path chain = dir.resolve("chain.pem");
        Path key = dir.resolve("key.pem");
        Files.copy(first.serverFiles.certChainPem(), chain);
        Files.copy(first.serverFiles.privateKeyPem(), key);
        FileTime start = Files.getLastModifiedTime(chain);
        try (HttpServer server = new HttpServer(new InetSocketAddress("127.0.0.1", 0), Routes.of(),
                HttpOptions.loopbackOnly().withTls(new TlsFiles(chain, key))).start()) {
            assertThat(leafServed(server.port())).isEqualTo(leafIn(first.serverFiles.certChainPem()));

            // A renewal half done: the new chain with the old key does not make a context; the old one stays.
            replace(second.serverFiles.certChainPem(), chain, start, 10);
            assertThat(leafServed(server.port())).isEqualTo(leafIn(first.serverFiles.certChainPem()));

            replace(second.serverFiles.privateKeyPem(), key, start, 20);
            assertThat(leafServed(server.port())).isEqualTo(leafIn(second.serverFiles.certChainPem()));
        }
    }

    /** Copies {@code from} over {@code to} and dates it {@code seconds} after {@code start}, so the change is seen whatever the clock's granularity. */
    private static void replace(Path from, Path to, FileTime start, int seconds) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(to, FileTime.fromMillis(start.toMillis() + seconds * 1000L));
    }

    private static Certificate leafIn(Path chainPem) throws Exception {
        return CertificateFactory.getInstance("X.509").generateCertificates(
                new ByteArrayInputStream(Files.readAllBytes(chainPem))).iterator().next();
    }

    /** A real TLS handshake; returns the leaf certificate the server presented. */
    private static Certificate leafServed(int port) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new AcceptingTrustManager()}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.startHandshake();
            return socket.getSession().getPeerCertificates()[0];
        }
    }

    /** Accepts any chain: the test compares the presented certificate itself. */
    private static final class AcceptingTrustManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
