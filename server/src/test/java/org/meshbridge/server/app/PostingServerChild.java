package org.meshbridge.server.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.core.time.EventLoopScheduler;
import org.meshbridge.server.config.MeshbridgeConfig;

/**
 * The process {@link ServerKillIT} kills: the real composition root ({@link MeshbridgeServer}
 * on an {@link EventLoopScheduler} and the system clock, SQLite in the data directory
 * {@code args[0]}, room {@value #ROOM}, no radio, loopback port 0), posting through the room
 * service ({@link Rooms#post}, which web and MQTT will call) from {@code args[1]} threads as fast
 * as it can. Each thread waits for its post's stage, like a web client waiting for its answer,
 * and prints one line {@code ACK <id> <timestamp> <text>} as soon as it completes. It never
 * stops by itself.
 */
public final class PostingServerChild {

    static final String ROOM = "lobby";
    static final String AUTHOR = "loadgen";

    private PostingServerChild() {
    }

    /** The config the child and the restarted server share. */
    static MeshbridgeConfig config(Path dataDir) throws Exception {
        return MeshbridgeConfig.parse("node: { data_dir: \"" + dataDir + "\" }\nradio: { type: none }\n"
                + "server: { listen: \"127.0.0.1:0\" }\n"
                + "rooms:\n  - { name: " + ROOM + ", guest_password: \"g\", admin_password: \"a\" }\n");
    }

    /** Post {@code n} of thread {@code caller}: varied length and non-ASCII, so a torn write would show; one line. */
    static String textFor(int caller, long n) {
        return "c" + caller + " n" + n + " ☁️ " + "é".repeat((int) (n % 97)) + " end";
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int callers = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        EventLoopScheduler scheduler = new EventLoopScheduler("meshbridge-node", Clock.systemUTC());
        MeshbridgeServer server = MeshbridgeServer.start(Launch.run(config(dataDir)),
                new Environment(scheduler, new SplittableRandom(), new SecureRandom()));
        CompletableFuture<Rooms> opened = new CompletableFuture<>();
        // The core starts on the scheduler; a task queued after it sees the rooms open.
        scheduler.execute(() -> opened.complete(server.rooms().orElseThrow()));
        Rooms rooms = opened.join();
        for (int i = 0; i < callers; i++) {
            int caller = i;
            Thread thread = new Thread(() -> {
                for (long n = 0; ; n++) {
                    String text = textFor(caller, n);
                    Post post = rooms.post(ROOM, AUTHOR, text).toCompletableFuture().join();
                    out.println("ACK " + post.id() + " " + post.timestamp() + " " + post.text());
                }
            }, "poster-" + i);
            thread.start();
        }
    }
}
