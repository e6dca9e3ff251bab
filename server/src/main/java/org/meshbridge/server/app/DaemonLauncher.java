package org.meshbridge.server.app;

import java.io.PrintWriter;

/** Runs the server in the foreground until it is stopped. The CLI calls it; tests replace it. */
@FunctionalInterface
public interface DaemonLauncher {

    /**
     * Starts the demo, prints its banner on {@code out}, and returns once it has stopped.
     *
     * @throws StartupException if it cannot start (e.g. the port is taken)
     */
    void runDemo(DemoSettings settings, PrintWriter out, PrintWriter err);
}
