package org.meshbridge.server.cli;

import java.io.PrintWriter;
import org.meshbridge.server.gateway.GatewayClientSettings;

/** Runs a gateway in the foreground until it is stopped. The command calls it; tests replace it. */
@FunctionalInterface
interface GatewayRunner {

    /**
     * @param radio the radio to open and own
     * @param out where status lines go
     * @throws org.meshbridge.server.app.StartupException (exit 1) if the client cannot be built
     */
    void run(GatewayClientSettings settings, RadioChoice radio, PrintWriter out);
}
