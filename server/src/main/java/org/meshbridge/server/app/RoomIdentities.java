package org.meshbridge.server.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.IdentityFile;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.config.RoomSettings;

/**
 * Where each room's key pair comes from: the configured {@code private_key_file} (a device's
 * exported key, so an existing room keeps its identity and contacts), else
 * {@code <data_dir>/rooms/<name>.key}, generated owner-only at the room's first start.
 */
final class RoomIdentities {

    /** The directory under the data directory that holds generated room keys. */
    static final String DIRECTORY = "rooms";

    private static final Pattern HEX_KEY = Pattern.compile("\\s*([0-9a-fA-F]{128}|[0-9a-fA-F]{192})\\s*");

    private RoomIdentities() {
    }

    /** The room's identity; a {@link StartupException} naming the file and the key path when it is unusable. */
    static LocalIdentity load(RoomSettings room, int index, Path dataDir, SecureRandom random) {
        if (room.privateKeyFile().isPresent()) {
            return imported(room.privateKeyFile().get(), "rooms[" + index + "].private_key_file");
        }
        return IdentityStore.loadOrCreateFile(dataDir.resolve(DIRECTORY).resolve(room.name() + ".key"), random).identity();
    }

    /**
     * Reads a device's key: 64 (or 96, with the public key) raw bytes, the same as 128 (192) hex
     * digits, or a meshbridge identity file.
     */
    static LocalIdentity imported(Path file, String keyPath) {
        Bytes content;
        try {
            if (Files.size(file) > IdentityFile.MAX_SIZE) {
                throw new StartupException(keyPath + ": " + file + " is larger than a key file (" + IdentityFile.MAX_SIZE
                        + " bytes)", null);
            }
            content = Bytes.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new StartupException(keyPath + ": cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            if (content.size() == 64 || content.size() == 96) {
                return LocalIdentity.fromExport(content);
            }
            String text = new String(content.toArray(), StandardCharsets.UTF_8);
            if (HEX_KEY.matcher(text).matches()) {
                return LocalIdentity.fromExport(Bytes.fromHex(text.strip()));
            }
            return IdentityFile.decode(content);
        } catch (IllegalArgumentException e) {
            throw new StartupException(keyPath + ": " + file + " holds no usable key: 64 bytes (raw or 128 hex digits)"
                    + " as a device exports it, or a meshbridge identity file", e);
        }
    }
}
