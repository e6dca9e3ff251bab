package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.IdentityFile;

class IdentityStoreTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartCreatesAnOwnerOnlyIdentityFileAndLaterStartsReuseIt() throws Exception {
        Path dataDir = dir.resolve("data");

        IdentityStore.Loaded first = IdentityStore.loadOrCreate(dataDir, new SecureRandom());
        IdentityStore.Loaded again = IdentityStore.loadOrCreate(dataDir, new SecureRandom());

        Path file = dataDir.resolve("identity.key");
        assertThat(first.created()).isTrue();
        assertThat(first.file()).isEqualTo(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(IdentityFile.decode(Bytes.of(Files.readAllBytes(file))).publicKey()).isEqualTo(first.identity().publicKey());
        assertThat(again.created()).isFalse();
        assertThat(again.identity().publicKey()).isEqualTo(first.identity().publicKey());
        assertThat(dataDir.resolve("identity.key.new")).doesNotExist();
    }

    @Test
    void aFileOthersCanReadStopsTheStartWithTheChmodToRun() throws Exception {
        IdentityStore.loadOrCreate(dir, new SecureRandom());
        Path file = dir.resolve("identity.key");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> IdentityStore.loadOrCreate(dir, new SecureRandom()))
                .isInstanceOf(StartupException.class)
                .hasMessage(file + " can be read or changed by other users; run: chmod 600 " + file);
    }

    @Test
    void aDamagedFileStopsTheStartWithoutKeyMaterialInTheMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("identity.key"), "format=1\nseed=zz\npublic-key=00\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> IdentityStore.loadOrCreate(dir, new SecureRandom()))
                .isInstanceOf(StartupException.class)
                .hasMessage(file + " is not a valid identity file (identity file: seed is not hex); restore it from a backup,"
                        + " or move it away to start as a new node");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsOneLine() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");

        assertThatThrownBy(() -> IdentityStore.loadOrCreate(blocker.resolve("data"), new SecureRandom()))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("cannot create the data directory " + blocker.resolve("data"))
                .hasMessageEndingWith("; set node.data_dir (or --data-dir) to a writable directory");
    }
}
