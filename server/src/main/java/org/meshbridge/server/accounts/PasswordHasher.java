package org.meshbridge.server.accounts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded base64, 16-byte salt, 32-byte
 * hash), the format other Argon2 tools read. Verification recomputes with the stored cost and
 * compares in constant time. At most {@code maxConcurrent} hashes run at once, so a burst of
 * logins cannot take more than that many times the hash's memory. Thread-safe.
 */
public final class PasswordHasher {

    /** Passwords are 8..512 characters. */
    public static final int MIN_PASSWORD_CHARS = 8;
    public static final int MAX_PASSWORD_CHARS = 512;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private final Argon2Settings settings;
    private final SecureRandom random;
    private final Semaphore running;

    public PasswordHasher(Argon2Settings settings, SecureRandom random, int maxConcurrent) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, was " + maxConcurrent);
        }
        this.running = new Semaphore(maxConcurrent, true);
    }

    /**
     * Why {@code password} cannot be used, or null: 8..512 characters, no control characters.
     */
    public static String passwordProblem(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_CHARS) {
            return "the password must have at least " + MIN_PASSWORD_CHARS + " characters";
        }
        if (password.length > MAX_PASSWORD_CHARS) {
            return "the password must have at most " + MAX_PASSWORD_CHARS + " characters";
        }
        for (char c : password) {
            if (Character.isISOControl(c)) {
                return "the password must not contain control characters (tab, newline, ...)";
            }
        }
        return null;
    }

    /** A new hash of {@code password} with a fresh salt. Blocks for the hash's time. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = compute(password, salt, settings, HASH_BYTES);
        return "$argon2id$v=19$m=" + settings.memoryKib() + ",t=" + settings.iterations() + ",p="
                + settings.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Whether {@code password} matches {@code stored}; false for a string that is not an Argon2id
     * PHC hash this code made. Blocks for the hash's time.
     */
    public boolean verify(char[] password, String stored) {
        Matcher m = PHC.matcher(stored == null ? "" : stored);
        if (!m.matches()) {
            // Spend the same time as a real check, so a broken row does not stand out.
            compute(password, new byte[SALT_BYTES], settings, HASH_BYTES);
            return false;
        }
        Argon2Settings cost;
        byte[] salt;
        byte[] expected;
        try {
            cost = new Argon2Settings(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            salt = B64_DECODE.decode(m.group(4));
            expected = B64_DECODE.decode(m.group(5));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] actual = compute(password, salt, cost, expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    /** Whether {@code stored} was made with other settings than the current ones (re-hash it at login). */
    public boolean needsRehash(String stored) {
        String prefix = "$argon2id$v=19$m=" + settings.memoryKib() + ",t=" + settings.iterations() + ",p="
                + settings.parallelism() + "$";
        return stored == null || !stored.startsWith(prefix);
    }

    /** Runs a hash whose result is thrown away: the time a login for a missing account takes. */
    public void spendEquivalentTime(char[] password) {
        compute(password, new byte[SALT_BYTES], settings, HASH_BYTES);
    }

    private byte[] compute(char[] password, byte[] salt, Argon2Settings cost, int length) {
        byte[] secret = utf8(password);
        running.acquireUninterruptibly();
        try {
            Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(cost.memoryKib())
                    .withIterations(cost.iterations())
                    .withParallelism(cost.parallelism())
                    .withSalt(salt)
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(params);
            byte[] out = new byte[length];
            generator.generateBytes(secret, out);
            return out;
        } finally {
            running.release();
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
