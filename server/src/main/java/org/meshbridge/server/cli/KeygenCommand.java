package org.meshbridge.server.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.meshbridge.protocol.crypto.IdentityFile;
import org.meshbridge.protocol.crypto.LocalIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code meshbridge keygen [--out FILE] [--force]}: a new node identity from a fresh random seed. */
@Command(name = "keygen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Create a new node identity file.",
            "The identity is an Ed25519 key made from 32 fresh random bytes (SecureRandom).",
            "With --out it writes FILE (mode 0600) and prints the public key and node hash on stderr;"
                    + " without, it prints the file on stdout."},
        footer = {"%nExample:", "  meshbridge keygen --out ./data/identity.key"})
final class KeygenCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the identity here instead of stdout.")
    private Path out;

    @Option(names = "--force", description = "Replace FILE if it exists (its old identity is lost).")
    private boolean force;

    @Override
    public Integer call() {
        LocalIdentity identity = LocalIdentity.generate(new SecureRandom());
        IdentityOutput.save(identity, IdentityFile.encode(identity), out, force, spec.commandLine());
        return ExitCodes.OK;
    }
}
