package org.meshbridge.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import picocli.CommandLine;

/** Where keygen and identity import put a new identity file: FILE (and a summary on stderr) or stdout. */
final class IdentityOutput {

    private IdentityOutput() {
    }

    static void save(LocalIdentity identity, Bytes file, Path out, boolean force, CommandLine commandLine) {
        if (out == null) {
            PrintWriter stdout = commandLine.getOut();
            stdout.print(file.utf8().replace("\n", System.lineSeparator()));
            stdout.flush();
            return;
        }
        KeyFiles.write(out, file, force, commandLine);
        PrintWriter err = commandLine.getErr();
        err.println("wrote " + out + " (keep it private)");
        err.println("public key  " + identity.publicKey().hex());
        err.println("node hash   " + String.format("%02x", identity.identity().hash()));
        err.flush();
    }
}
