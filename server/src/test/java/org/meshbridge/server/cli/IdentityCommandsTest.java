package org.meshbridge.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.IdentityFile;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Vectors;

/** {@code keygen}, {@code identity show} and {@code identity import} through the command line, on files in a temp dir. */
class IdentityCommandsTest {

    /** 16 or more hex digits in a row: key material, or a public key. */
    private static final String HEX_RUN = "(?s).*[0-9a-fA-F]{16,}.*";

    @TempDir
    Path dir;

    @Test
    void keygenWritesAFileThatIdentityShowReadsBack() throws IOException {
        Path file = dir.resolve("node.key");

        CommandRun keygen = CommandRun.execute("keygen", "--out", file.toString());

        assertThat(keygen.exit()).isEqualTo(ExitCodes.OK);
        assertThat(keygen.out()).isEmpty();
        LocalIdentity written = IdentityFile.decode(Bytes.of(Files.readAllBytes(file)));
        assertThat(written.seed()).isPresent();
        assertThat(keygen.err()).contains("wrote " + file, "public key  " + written.publicKey().hex(),
                String.format("node hash   %02x", written.identity().hash()));

        CommandRun show = CommandRun.execute("identity", "show", file.toString());
        assertThat(show.exit()).isEqualTo(ExitCodes.OK);
        assertThat(show.field("public key")).isEqualTo(written.publicKey().hex());
        assertThat(show.field("node hash")).isEqualTo(String.format("%02x", written.identity().hash()));
        assertThat(show.field("key kind")).startsWith("seed");
        assertThat(show.out()).doesNotContain(written.seed().get().hex()).doesNotContain(written.expandedKey().hex());
    }

    @Test
    void keygenMakesTheFileReadableByTheOwnerOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = dir.resolve("node.key");

        CommandRun.execute("keygen", "--out", file.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void keygenWithoutOutPrintsTheIdentityFileOnStdout() {
        CommandRun run = CommandRun.execute("keygen");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(IdentityFile.decode(Bytes.utf8(run.out())).seed()).isPresent();
    }

    @Test
    void twoKeygensMakeTwoIdentities() {
        assertThat(CommandRun.execute("keygen").out()).isNotEqualTo(CommandRun.execute("keygen").out());
    }

    @Test
    void keygenRefusesToOverwriteAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("node.key"), "precious");

        CommandRun run = CommandRun.execute("keygen", "--out", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge keygen: " + file + " already exists; refusing to overwrite"
                + " an identity (add --force to replace it, or choose another --out)");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void keygenWithForceReplacesTheFileAndTightensItsMode() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = Files.writeString(dir.resolve("node.key"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        CommandRun run = CommandRun.execute("keygen", "--out", file.toString(), "--force");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(IdentityFile.decode(Bytes.of(Files.readAllBytes(file))).seed()).isPresent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void keygenIntoAMissingDirectorySaysToCreateIt() {
        Path file = dir.resolve("missing").resolve("node.key");

        CommandRun run = CommandRun.execute("keygen", "--out", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge keygen: cannot write " + file + ": directory "
                + file.getParent() + " does not exist; create it first");
    }

    @Test
    void keygenOntoADirectoryIsRefused() {
        CommandRun run = CommandRun.execute("keygen", "--out", dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).endsWith("it is a directory; give a file name");
    }

    @Test
    void identityShowOfACorruptFileExitsTwoWithoutKeyMaterial() throws IOException {
        LocalIdentity one = LocalIdentity.fromSeed(Bytes.fromHex("42".repeat(32)));
        LocalIdentity other = LocalIdentity.fromSeed(Bytes.fromHex("43".repeat(32)));
        String mismatched = IdentityFile.encode(one).utf8().replace(one.publicKey().hex(), other.publicKey().hex());
        Path file = Files.writeString(dir.resolve("bad.key"), mismatched);

        CommandRun run = CommandRun.execute("identity", "show", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge identity show: " + file
                + " is not a usable identity file: identity file: public-key does not belong to the private key");
        assertThat(run.err().replace(file.toString(), "FILE")).doesNotMatch(HEX_RUN);
    }

    @Test
    void identityShowOfGarbageOrAMissingFileIsOneLine() throws IOException {
        Path garbage = Files.write(dir.resolve("garbage.key"), new byte[] {(byte) 0xff, 0x00, 0x41});
        Path missing = dir.resolve("missing.key");

        assertThat(CommandRun.execute("identity", "show", garbage.toString()).oneErrorLine())
                .isEqualTo("meshbridge identity show: " + garbage + " is not a usable identity file: identity file is not UTF-8 text");
        CommandRun run = CommandRun.execute("identity", "show", missing.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge identity show: identity file " + missing + " does not exist");
    }

    @Test
    void anOversizedFileIsRefusedBeforeParsing() throws IOException {
        Path big = Files.writeString(dir.resolve("big.key"), "#".repeat(IdentityFile.MAX_SIZE + 1));

        CommandRun run = CommandRun.execute("identity", "show", big.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).endsWith("is larger than 4096 bytes; it is not an identity file");
    }

    @Test
    void importOfADeviceKeyKeepsItsIdentityAndShowSaysItIsExpanded() {
        Path file = dir.resolve("room.key");

        CommandRun imported = CommandRun.execute("identity", "import", "--expanded-key", Vectors.R7_PRIVATE_KEY.hex(),
                "--out", file.toString());
        CommandRun show = CommandRun.execute("identity", "show", "--json", file.toString());

        assertThat(imported.exit()).isEqualTo(ExitCodes.OK);
        assertThat(imported.err()).contains("public key  " + Vectors.B_PUB_KEY.hex(), "node hash   48");
        JsonNode json = show.json();
        assertThat(json.get("public_key").asText()).isEqualTo(Vectors.B_PUB_KEY.hex());
        assertThat(json.get("node_hash").asText()).isEqualTo("48");
        assertThat(json.get("key_kind").asText()).isEqualTo("expanded_key");
        assertThat(show.out()).doesNotContain(Vectors.R7_PRIVATE_KEY.hex());
    }

    @Test
    void importReadsTheKeyFromStdinWithItsPublicKeyAppended() {
        String export = Vectors.R7_PRIVATE_KEY.hex() + "\n" + Vectors.B_PUB_KEY.hex() + "\n";

        CommandRun run = CommandRun.withStdin(export, "identity", "import", "--expanded-key", "-");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        LocalIdentity identity = IdentityFile.decode(Bytes.of(run.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(identity.publicKey()).isEqualTo(Vectors.B_PUB_KEY);
        assertThat(CommandRun.withStdin(export, "identity", "import", "--expanded-key", "-", "--out",
                dir.resolve("k").toString()).exit()).isEqualTo(ExitCodes.OK);
        assertThat(CommandRun.execute("identity", "show", dir.resolve("k").toString()).field("key kind"))
                .startsWith("imported 64-byte expanded key");
    }

    @Test
    void importRefusesAKeyThatIsNotADeviceKey() {
        String unclamped = "ff" + Vectors.R7_PRIVATE_KEY.hex().substring(2);

        CommandRun run = CommandRun.execute("identity", "import", "--expanded-key", unclamped);

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge identity import: --expanded-key: not a MeshCore private key:"
                + " the scalar (first 32 bytes) is not clamped");
        assertThat(CommandRun.execute("identity", "import", "--expanded-key", "abc").oneErrorLine())
                .isEqualTo("meshbridge identity import: --expanded-key is not hex: hex has an odd number of digits (3)");
    }

    @Test
    void identityWithoutACommandSaysWhichExist() {
        CommandRun run = CommandRun.execute("identity");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge identity: missing command: show or import"
                + " (see 'meshbridge identity --help')");
    }
}
