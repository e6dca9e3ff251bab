package org.meshbridge.server.cli;

import java.io.PrintWriter;
import org.meshbridge.server.gateway.GatewayClientSettings;

/** Runs a gateway in the foreground until it is stopped. The command calls it; tests replace it. */
@FunctionalInterface
interface GatewayRunner {

    /**
     * @param radioDevice the {@code --radio} value
     * @param out where status lines go
     * @throws picocli.CommandLine.ParameterException (exit 2) if the radio or CA file cannot be used
     */
    void run(GatewayClientSettings settings, String radioDevice, PrintWriter out);
}
