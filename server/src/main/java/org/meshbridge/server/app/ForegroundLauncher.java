package org.meshbridge.server.app;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbridge.core.time.EventLoopScheduler;

/**
 * The real {@link DaemonLauncher}: one {@link EventLoopScheduler} on the system clock for the
 * node, started in the foreground; stops gracefully on SIGINT/SIGTERM (through a JVM shutdown
 * hook) and returns once everything is closed.
 */
public final class ForegroundLauncher implements DaemonLauncher {

    /** How long a stop waits for the node to finish on its thread. */
    private static final long CORE_STOP_SECONDS = 5;

    @Override
    public void run(Launch launch, PrintWriter out, PrintWriter err) {
        try (EventLoopScheduler scheduler = new EventLoopScheduler("meshbridge-node", Clock.systemUTC())) {
            MeshbridgeServer server = MeshbridgeServer.start(launch,
                    new Environment(scheduler, new SplittableRandom(), new SecureRandom()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                err.println("meshbridge: stopping");
                err.flush();
                stop(server);
            }, "meshbridge-shutdown"));
            server.banner().forEach(out::println);
            if (launch.config().server().insecure() && !server.httpAddress().getAddress().isLoopbackAddress()) {
                err.println("meshbridge: WARNING: listening on a non-loopback address without TLS (insecure);"
                        + " put a TLS reverse proxy in front of it");
            }
            out.flush();
            err.flush();
            awaitStop(server);
            stop(server);
        }
    }

    private static void stop(MeshbridgeServer server) {
        server.close();
        try {
            server.coreStopped().get(CORE_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the process is exiting; the OS releases what is left
        }
    }

    private static void awaitStop(MeshbridgeServer server) {
        try {
            server.stopped().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(server);
        } catch (ExecutionException e) {
            throw new IllegalStateException("server stopped abnormally", e.getCause());
        }
    }
}
