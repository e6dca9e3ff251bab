package org.meshbridge.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.IdentityFile;
import org.meshbridge.protocol.crypto.LocalIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code meshbridge identity import --expanded-key HEX|- [--out FILE] [--force]}: an identity
 * file from a device's exported private key, so a node (e.g. a room server) keeps its identity.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Make an identity file from a device's exported private key.",
            "The key is the 64-byte expanded key"
                + " (128 hex digits), optionally followed by its 32-byte public key (192 hex digits in all).",
            "With --out it writes FILE (mode 0600) and prints the public key and node hash on stderr;"
                    + " without, it prints the file on stdout."},
        footer = {"%nExample (reading the key from stdin keeps it out of shell history):",
            "  meshbridge identity import --expanded-key - --out node.key < key.txt"})
final class IdentityImportCommand implements Callable<Integer> {

    /** Longest stdin read for '-': 192 hex digits with room for spaces and line ends. */
    private static final int MAX_KEY_TEXT = 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--expanded-key", required = true, paramLabel = "HEX",
            description = "The exported private key in hex, or '-' to read it from stdin.")
    private String expandedKey;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the identity here instead of stdout.")
    private Path out;

    @Option(names = "--force", description = "Replace FILE if it exists (its old identity is lost).")
    private boolean force;

    @Override
    public Integer call() {
        String hex = expandedKey.equals("-") ? readStdin() : expandedKey;
        Bytes key;
        try {
            key = Bytes.fromHex(hex);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), "--expanded-key is not hex: " + e.getMessage());
        }
        LocalIdentity identity;
        try {
            identity = LocalIdentity.fromExport(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), "--expanded-key: " + IdentityShowCommand.withoutKeys(e.getMessage()));
        }
        IdentityOutput.save(identity, IdentityFile.encode(identity), out, force, spec.commandLine());
        return ExitCodes.OK;
    }

    private String readStdin() {
        Main main = (Main) spec.root().userObject();
        try {
            InputStream in = main.stdin();
            byte[] text = in.readNBytes(MAX_KEY_TEXT + 1);
            if (text.length > MAX_KEY_TEXT) {
                throw new InvalidInput(spec.commandLine(), "stdin holds more than " + MAX_KEY_TEXT
                        + " bytes; expected one key of 128 or 192 hex digits");
            }
            return new String(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInput(spec.commandLine(), "cannot read stdin: " + e.getMessage());
        }
    }
}
