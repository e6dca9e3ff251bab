package org.meshbridge.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.IdentityFile;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.cli.decode.Report;
import org.meshbridge.server.cli.decode.ReportJson;
import org.meshbridge.server.cli.decode.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code meshbridge identity show FILE [--json]}: the public side of an identity file, never its private part. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Print the public key, node hash and key kind of an identity file (made by keygen or"
                + " identity import). Private material is never printed."})
final class IdentityShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The identity file.")
    private Path file;

    @Option(names = "--json", description = "One JSON object instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        Bytes content = KeyFiles.read(file, spec.commandLine());
        LocalIdentity identity;
        try {
            identity = IdentityFile.decode(content);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), file + " is not a usable identity file: " + withoutKeys(e.getMessage()));
        }
        boolean seeded = identity.seed().isPresent();
        Report report = new Report()
                .put("file", file.toString())
                .put("public_key", identity.publicKey().hex())
                .put("node_hash", String.format("%02x", identity.identity().hash()))
                .put("key_kind", seeded ? "seed" : "expanded_key", seeded
                        ? "seed (32 bytes: made by keygen, or from a seed)"
                        : "imported 64-byte expanded key (as devices export it)");
        spec.commandLine().getOut().print(json ? ReportJson.render(report) + System.lineSeparator()
                : ReportText.render(report).replace("\n", System.lineSeparator()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** Long hex runs cut out of an error message, in case one ever quotes key material. */
    static String withoutKeys(String message) {
        return String.valueOf(message).replaceAll("(?i)[0-9a-f]{16,}", "…");
    }
}
