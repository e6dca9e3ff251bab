package org.meshbridge.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.meshbridge.server.gateway.GatewayTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code meshbridge gateway hash-token < token.txt}: the SHA-256 of a gateway token, for
 * {@code radio.gateways[].token_sha256}. Reads the token from stdin so it stays out of shell history.
 */
@Command(name = "hash-token", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the SHA-256 of a gateway token (read from stdin, one line) for the server's config:",
            "radio.gateways[].token_sha256. The server keeps only this hash; the gateway gets the token."},
        footer = {"%nExample:",
            "  openssl rand -hex 32 > hilltop.token",
            "  meshbridge gateway hash-token < hilltop.token"})
final class GatewayHashTokenCommand implements Callable<Integer> {

    /** Longest stdin read: the longest token and a line end, with room to spare. */
    private static final int MAX_TOKEN_TEXT = 1024;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String token = readStdin().strip();
        if (token.isEmpty()) {
            throw new InvalidInput(spec.commandLine(), "no token on stdin: give the gateway's token on one line"
                    + " (generate one with: openssl rand -hex 32)");
        }
        try {
            GatewayTokens.of(java.util.Map.of("gateway", token));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(spec.commandLine(), e.getMessage().replace("token of gateway 'gateway'", "the token"));
        }
        spec.commandLine().getOut().println(GatewayTokens.hash(token));
        return ExitCodes.OK;
    }

    private String readStdin() {
        Main main = (Main) spec.root().userObject();
        try {
            byte[] text = main.stdin().readNBytes(MAX_TOKEN_TEXT + 1);
            if (text.length > MAX_TOKEN_TEXT) {
                throw new InvalidInput(spec.commandLine(), "stdin holds more than " + MAX_TOKEN_TEXT
                        + " bytes; expected one token");
            }
            return new String(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInput(spec.commandLine(), "cannot read stdin: " + e.getMessage());
        }
    }
}
