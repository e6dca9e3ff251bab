package org.meshbridge.server.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.time.EventLoopScheduler;
import org.meshbridge.server.app.StartupException;
import org.meshbridge.server.gateway.GatewayClient;
import org.meshbridge.server.gateway.GatewayClientSettings;

/**
 * The real {@link GatewayRunner}: opens the radio, runs a {@link GatewayClient} on its own event
 * loop, prints status lines with a UTC timestamp, and stops gracefully on SIGINT/SIGTERM.
 */
final class ForegroundGatewayRunner implements GatewayRunner {

    @Override
    public void run(GatewayClientSettings settings, RadioChoice radioChoice, PrintWriter out) {
        EventLoopScheduler scheduler = new EventLoopScheduler("gateway", Clock.systemUTC());
        GatewayClient client;
        try {
            RadioLink radio = radioChoice.open(scheduler);
            client = new GatewayClient(settings, radio, scheduler, new SecureRandom(), line -> {
                synchronized (out) {
                    out.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
                    out.flush();
                }
            });
        } catch (IllegalArgumentException e) {
            scheduler.close();
            throw new StartupException(e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            client.close();
            scheduler.close();
            stopped.countDown();
        }, "gateway-shutdown"));
        client.start();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
