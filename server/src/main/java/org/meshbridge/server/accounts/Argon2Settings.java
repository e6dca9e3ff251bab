package org.meshbridge.server.accounts;

/**
 * The cost of an Argon2id password hash. New hashes use these; a stored hash keeps the cost it
 * was made with (it is written into its PHC string), and is re-made at the next successful login
 * when the settings changed.
 *
 * @param memoryKib   memory per hash in KiB (the memory-hard part)
 * @param iterations  passes over that memory
 * @param parallelism lanes
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {

    /**
     * 19 MiB, 2 passes, 1 lane: OWASP's first recommended Argon2id setting. Chosen for a Raspberry
     * Pi: one hash is bounded to 19 MiB (two at a time, see {@link AccountsOptions#maxConcurrentHashes()},
     * fit a 1 GB Pi beside the server), one lane because the Pi's cores also serve the radio and
     * HTTP, and about 0.1 s on an x86 core (estimated 3-5 times that on a Pi 4, not measured): slow
     * for an offline guesser, quick enough for a person signing in. See docs/accounts.md.
     */
    public static final Argon2Settings DEFAULT = new Argon2Settings(19_456, 2, 1);

    /** The least this code accepts, for fast tests; never for real passwords. */
    public static final Argon2Settings TEST_ONLY_MINIMUM = new Argon2Settings(8, 1, 1);

    public static final int MAX_MEMORY_KIB = 1 << 20;
    public static final int MAX_ITERATIONS = 64;
    public static final int MAX_PARALLELISM = 16;

    public Argon2Settings {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 1.." + MAX_PARALLELISM + ", was " + parallelism);
        }
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memoryKib must be " + 8 * parallelism + ".." + MAX_MEMORY_KIB + ", was "
                    + memoryKib);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1.." + MAX_ITERATIONS + ", was " + iterations);
        }
    }
}
