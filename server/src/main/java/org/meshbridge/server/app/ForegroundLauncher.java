package org.meshbridge.server.app;

import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;

/**
 * The real {@link DaemonLauncher}: starts in the foreground, stops gracefully on SIGINT/SIGTERM
 * (through a JVM shutdown hook) and returns once everything is closed.
 */
public final class ForegroundLauncher implements DaemonLauncher {

    @Override
    public void runDemo(DemoSettings settings, PrintWriter out, PrintWriter err) {
        Demo demo = Demo.start(settings, System::nanoTime);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("meshbridge: stopping");
            err.flush();
            demo.close();
        }, "meshbridge-shutdown"));
        demo.banner().forEach(out::println);
        if (settings.insecure() && !settings.listen().getAddress().isLoopbackAddress()) {
            err.println("meshbridge: WARNING: listening on a non-loopback address without TLS (--insecure);"
                    + " put a TLS reverse proxy in front of it");
        }
        out.flush();
        err.flush();
        awaitStop(demo);
    }

    private static void awaitStop(Demo demo) {
        try {
            demo.stopped().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            demo.close();
        } catch (ExecutionException e) {
            throw new IllegalStateException("demo stopped abnormally", e.getCause());
        }
    }
}
