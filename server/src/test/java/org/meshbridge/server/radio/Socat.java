package org.meshbridge.server.radio;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A socat pty pair standing in for a serial cable: {@code socat -d -d pty,raw,echo=0,link=LINK
 * pty,raw,echo=0,link=PEER} in a fresh temp directory. The link under test opens {@link #linkPath()},
 * the scripted device {@link #peerPath()}. {@link #kill()} unplugs the cable (socat removes both
 * links), {@link #restart()} plugs it back in under the same paths.
 *
 * <p>Like the protocol module's {@code OracleInstallation}: when socat is missing the calling test
 * is skipped by an assumption, unless {@code -Dmeshbridge.oracles=required} ({@code scripts/test})
 * turns that into a failure.
 */
final class Socat implements AutoCloseable {

    /** The system property that turns a missing socat from a skip into a failure. */
    static final String MODE_PROPERTY = "meshbridge.oracles";

    private final Path executable;
    private final Path directory;
    private Process process;

    private Socat(Path executable, Path directory) {
        this.executable = executable;
        this.directory = directory;
    }

    /** Starts a pty pair, or skips/fails the calling test when socat is not installed. */
    static Socat startPair() throws IOException {
        Path socat = require();
        Socat pair = new Socat(socat, Files.createTempDirectory("meshbridge-pty-"));
        pair.restart();
        return pair;
    }

    static Path require() {
        Path found = onPath("socat");
        if (found == null) {
            String message = "socat is not installed (no socat on PATH); the serial radio link tests need it for a "
                    + "pty pair. Install it with scripts/test (or: apt-get install socat).";
            if ("required".equals(System.getProperty(MODE_PROPERTY))) {
                throw new IllegalStateException(message + " Failing because -D" + MODE_PROPERTY + "=required.");
            }
            assumeTrue(false, message);
        }
        return found;
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name);
            }
        }
        return null;
    }

    /** The end the link under test opens (a symlink to a /dev/pts device). */
    Path linkPath() {
        return directory.resolve("link");
    }

    /** The end the scripted device opens. */
    Path peerPath() {
        return directory.resolve("peer");
    }

    /** Starts socat and returns once both ptys exist. */
    void restart() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("socat is still running");
        }
        process = new ProcessBuilder(executable.toString(), "-d", "-d",
                "pty,raw,echo=0,link=" + linkPath(), "pty,raw,echo=0,link=" + peerPath())
                .redirectErrorStream(true)
                .start();
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("starting data transfer loop")) {
                drain(log);
                return;
            }
        }
        throw new IOException("socat stopped before the ptys were ready:\n" + seen);
    }

    private static void drain(BufferedReader log) {
        Thread drainer = new Thread(() -> {
            try {
                while (log.readLine() != null) {
                    // keep socat's stderr from filling up
                }
            } catch (IOException e) {
                // socat is gone
            }
        }, "socat-log");
        drainer.setDaemon(true);
        drainer.start();
    }

    /** Stops socat, as if the cable were pulled: both ends see the other go away. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws Exception {
        kill();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
