package org.meshbridge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package convention, checked on the source: core main code reads time only through the
 * Scheduler port and takes randomness injected. Only EventLoopScheduler, the real clock adapter,
 * may read the system's monotonic time.
 */
class CoreDeterminismTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "Instant\\.now\\(|System\\.currentTimeMillis\\(|Thread\\.sleep\\(|new Random\\(\\)|Math\\.random\\("
                    + "|Clock\\.system|LocalDateTime\\.now\\(|ThreadLocalRandom");
    private static final Pattern NANO_TIME = Pattern.compile("System\\.nanoTime\\(");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void coreMainCodeNeverReadsTheWallClockOrAnUnseededRandom() {
        assertThat(sources()).allSatisfy(file -> assertThat(FORBIDDEN.matcher(read(file)).find())
                .as("%s reads the wall clock or an unseeded random", file).isFalse());
    }

    @Test
    void onlyTheEventLoopSchedulerReadsMonotonicTime() {
        assertThat(sources().stream().filter(file -> NANO_TIME.matcher(read(file)).find()).map(f -> f.getFileName().toString()))
                .containsExactly("EventLoopScheduler.java");
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's code without its comments (the documentation may name what the code must not call). */
    private static String read(Path file) {
        try {
            return COMMENTS.matcher(Files.readString(file)).replaceAll(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
