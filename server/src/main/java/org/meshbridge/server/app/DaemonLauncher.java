package org.meshbridge.server.app;

import java.io.PrintWriter;

/** Runs the server in the foreground until it is stopped. The CLI calls it; tests replace it. */
@FunctionalInterface
public interface DaemonLauncher {

    /**
     * Starts {@code launch} (the demo or a configured node), prints its banner on {@code out},
     * and returns once it has stopped.
     *
     * @throws StartupException if it cannot start (e.g. the port is taken, the identity file is unreadable)
     */
    void run(Launch launch, PrintWriter out, PrintWriter err);

    /** Runs the demo with {@code settings}. */
    default void runDemo(DemoSettings settings, PrintWriter out, PrintWriter err) {
        run(settings.launch(), out, err);
    }
}
