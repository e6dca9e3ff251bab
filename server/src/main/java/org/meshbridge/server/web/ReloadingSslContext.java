package org.meshbridge.server.web;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listener's TLS context, re-read from its PEM files when they change: each new connection
 * first compares the files' modification times and sizes with those last read, and on a change
 * builds a new context from them. Connections already open keep theirs. When the new files do
 * not make a context (a renewal half written, a key that does not match), the old one stays and
 * a warning is logged; the next change is tried again. So a certificate renewed by certbot or
 * acme.sh is served without a restart. Thread-safe.
 */
final class ReloadingSslContext {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingSslContext.class);

    private record Stamp(long certModified, long certSize, long keyModified, long keySize) {
    }

    private final TlsFiles files;
    private SslContext current;
    private Stamp loaded;
    private Stamp lastTried;

    private ReloadingSslContext(TlsFiles files, SslContext first, Stamp stamp) {
        this.files = files;
        this.current = first;
        this.loaded = stamp;
        this.lastTried = stamp;
    }

    /** Reads the files now; a failure here stops the start. */
    static ReloadingSslContext open(TlsFiles files) throws ListenException {
        Objects.requireNonNull(files, "files");
        Stamp stamp = stamp(files);
        try {
            return new ReloadingSslContext(files, build(files), stamp);
        } catch (SSLException | IllegalArgumentException e) {
            throw new ListenException("cannot use TLS certificate " + files.certChainPem() + " with key "
                    + files.privateKeyPem() + " (" + rootMessage(e) + "); check server.tls: a PEM certificate chain"
                    + " and an unencrypted PKCS#8 PEM key", e);
        }
    }

    /** The context for a new connection: the files' current content if they changed and are usable. */
    synchronized SslContext current() {
        Stamp now = stamp(files);
        if (now != null && !now.equals(loaded) && !now.equals(lastTried)) {
            lastTried = now;
            try {
                current = build(files);
                loaded = now;
                LOG.info("TLS certificate {} reloaded", files.certChainPem());
            } catch (SSLException | IllegalArgumentException e) {
                LOG.warn("TLS certificate {} changed but cannot be used ({}); still serving the previous one",
                        files.certChainPem(), rootMessage(e));
            }
        }
        return current;
    }

    private static SslContext build(TlsFiles files) throws SSLException {
        KeyPairCheck.requireMatch(files);
        return SslContextBuilder.forServer(files.certChainPem().toFile(), files.privateKeyPem().toFile()).build();
    }

    private static Stamp stamp(TlsFiles files) {
        try {
            BasicFileAttributes cert = Files.readAttributes(files.certChainPem(), BasicFileAttributes.class);
            BasicFileAttributes key = Files.readAttributes(files.privateKeyPem(), BasicFileAttributes.class);
            return new Stamp(cert.lastModifiedTime().toMillis(), cert.size(), key.lastModifiedTime().toMillis(), key.size());
        } catch (IOException e) {
            return null;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof IOException || root.getMessage() == null ? String.valueOf(root) : root.getMessage();
    }
}
