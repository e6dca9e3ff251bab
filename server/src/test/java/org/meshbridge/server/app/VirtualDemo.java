package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.SplittableRandom;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.net.ListenAddress;

/**
 * The demo on virtual time, for tests that stop it and start it again on the same data
 * directory: HTTP on a free loopback port, seeded randomness, and the store's writer waited for
 * after every task, so each run repeats exactly.
 */
final class VirtualDemo {

    private VirtualDemo() {
    }

    /** Starts the demo on {@code dataDir}, driven by {@code scheduler}. */
    static MeshbridgeServer start(Path dataDir, ManualScheduler scheduler) {
        MeshbridgeServer server = MeshbridgeServer.start(Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0),
                false), dataDir), new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
        scheduler.afterEachTask(server::settleStore);
        return server;
    }

    /** Runs {@code total} of virtual time in steps of {@code step}, the store drained after each. */
    static void run(MeshbridgeServer server, ManualScheduler scheduler, Duration total, Duration step) {
        for (Duration done = Duration.ZERO; done.compareTo(total) < 0; done = done.plus(step)) {
            scheduler.advance(step);
            server.drainStore();
        }
    }

    /** Closes the server and runs its stop to the end. */
    static void stop(MeshbridgeServer server, ManualScheduler scheduler) {
        server.close();
        scheduler.runPending();
        assertThat(server.coreStopped()).isDone();
    }
}
