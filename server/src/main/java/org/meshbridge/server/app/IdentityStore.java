package org.meshbridge.server.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.IdentityFile;
import org.meshbridge.protocol.crypto.LocalIdentity;

/**
 * The bridge's own key in {@code <data_dir>/identity.key} ({@link IdentityFile} text): created
 * owner-only (0600) at first start, read on every later one. Fails closed: a file that does not
 * read, does not decode, or that other users can read stops the start with a one-line reason.
 */
final class IdentityStore {

    /** The file name inside the data directory. */
    static final String FILE_NAME = "identity.key";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    /** The identity and whether this start created it. */
    record Loaded(LocalIdentity identity, Path file, boolean created) {
    }

    private IdentityStore() {
    }

    /** Reads the identity in {@code dataDir}, creating the directory and a new key if there is none. */
    static Loaded loadOrCreate(Path dataDir, SecureRandom random) {
        return loadOrCreateFile(dataDir.resolve(FILE_NAME), random);
    }

    /** Reads the identity in {@code file}, creating its directory and a new key if there is none. */
    static Loaded loadOrCreateFile(Path file, SecureRandom random) {
        if (Files.exists(file)) {
            return new Loaded(read(file), file, false);
        }
        createDirectory(file.toAbsolutePath().getParent());
        LocalIdentity identity = LocalIdentity.generate(random);
        write(file, IdentityFile.encode(identity));
        return new Loaded(identity, file, true);
    }

    private static LocalIdentity read(Path file) {
        try {
            if (isPosix(file) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                throw new StartupException(file + " can be read or changed by other users; run: chmod 600 " + file, null);
            }
            if (Files.size(file) > IdentityFile.MAX_SIZE) {
                throw new StartupException(file + " is not an identity file (larger than " + IdentityFile.MAX_SIZE + " bytes)", null);
            }
            return IdentityFile.decode(Bytes.of(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new StartupException("cannot read " + file + ": " + e.getMessage() + "; check its owner and permissions", e);
        } catch (IllegalArgumentException e) {
            throw new StartupException(file + " is not a valid identity file (" + e.getMessage() + "); restore it from a"
                    + " backup, or move it away to start as a new node", e);
        }
    }

    private static void createDirectory(Path dataDir) {
        try {
            if (!Files.isDirectory(dataDir)) {
                Files.createDirectories(dataDir, isPosix(dataDir.toAbsolutePath().getRoot()) ? dirAttributes() : new FileAttribute<?>[0]);
            }
        } catch (IOException e) {
            throw new StartupException("cannot create the data directory " + dataDir + ": " + e
                    + "; set node.data_dir (or --data-dir) to a writable directory", e);
        }
    }

    /** Writes to a temporary owner-only file first and moves it in place, so a crash never leaves half a key. */
    private static void write(Path file, Bytes content) {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temp);
            if (isPosix(file.getParent())) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(temp);
            }
            Files.write(temp, content.toArray());
            moveInPlace(temp, file);
        } catch (IOException e) {
            throw new StartupException("cannot write " + file + ": " + e + "; set node.data_dir (or --data-dir) to a"
                    + " writable directory", e);
        }
    }

    private static void moveInPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static FileAttribute<?>[] dirAttributes() {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_DIR)};
    }

    private static boolean isPosix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
