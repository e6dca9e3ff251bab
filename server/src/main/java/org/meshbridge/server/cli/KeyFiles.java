package org.meshbridge.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.IdentityFile;
import picocli.CommandLine;

/**
 * Reads and writes identity key files for the CLI. Files are created readable by the owner only
 * (mode 0600 where the file system is POSIX), never over an existing file unless forced, and never
 * in a directory that does not exist. Every failure is an {@link InvalidInput} naming the file.
 */
final class KeyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyFiles() {
    }

    /** The file's bytes, refusing anything that is not a readable file of at most {@link IdentityFile#MAX_SIZE} bytes. */
    static Bytes read(Path file, CommandLine commandLine) {
        if (!Files.exists(file)) {
            throw new InvalidInput(commandLine, "identity file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInput(commandLine, "identity file " + file + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(IdentityFile.MAX_SIZE + 1);
            if (content.length > IdentityFile.MAX_SIZE) {
                throw new InvalidInput(commandLine, "identity file " + file + " is larger than "
                        + IdentityFile.MAX_SIZE + " bytes; it is not an identity file");
            }
            return Bytes.of(content);
        } catch (IOException e) {
            throw new InvalidInput(commandLine, "cannot read identity file " + file + ": " + reason(e));
        }
    }

    /**
     * Writes {@code content} to {@code file}, mode 0600. Without {@code force} an existing file is
     * refused; with it the file is replaced atomically where the file system allows.
     */
    static void write(Path file, Bytes content, boolean force, CommandLine commandLine) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInput(commandLine, "cannot write " + file + ": directory " + parent
                    + " does not exist; create it first");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInput(commandLine, "cannot write " + file + ": it is a directory; give a file name");
        }
        try {
            if (force) {
                replace(file, parent, content);
            } else {
                create(file, content);
            }
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInput(commandLine, file + " already exists; refusing to overwrite an identity"
                    + " (add --force to replace it, or choose another --out)");
        } catch (IOException e) {
            throw new InvalidInput(commandLine, "cannot write " + file + ": " + reason(e));
        }
    }

    private static void create(Path file, Bytes content) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(file))) {
            channel.write(ByteBuffer.wrap(content.toArray()));
        }
    }

    private static void replace(Path file, Path parent, Bytes content) throws IOException {
        Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp", ownerOnly(parent));
        try {
            Files.write(temporary, content.toArray());
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path where) {
        boolean posix = where.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    /** What went wrong, without the path Java repeats in its messages. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
