package org.meshbridge.protocol.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The server's identity key file, as bytes (the caller reads and writes the file, and should
 * create it readable by the owner only). UTF-8 text, one {@code name=value} per line:
 *
 * <pre>
 * # meshbridge identity: keep this file private
 * format=1
 * seed=&lt;64 hex digits&gt;            (when the seed is known)
 * private-key=&lt;128 hex digits&gt;     (otherwise: the 64-byte expanded key devices export)
 * public-key=&lt;64 hex digits&gt;
 * </pre>
 *
 * <p>Exactly one of {@code seed} and {@code private-key}. The public key is a check: reading
 * fails if it is not the one the private part derives. Blank lines and lines starting with
 * {@code #} are ignored; either hex case and {@code \r\n} are accepted; unknown or repeated names
 * are refused, so a typo fails closed. At most 4096 bytes.
 */
public final class IdentityFile {

    /** Longest accepted file; a real one is under 300 bytes. */
    public static final int MAX_SIZE = 4096;

    private static final String FORMAT = "format";
    private static final String SEED = "seed";
    private static final String PRIVATE_KEY = "private-key";
    private static final String PUBLIC_KEY = "public-key";
    private static final Set<String> NAMES = Set.of(FORMAT, SEED, PRIVATE_KEY, PUBLIC_KEY);

    private IdentityFile() {
    }

    /** The file for {@code identity}: its seed when known, else its expanded key. */
    public static Bytes encode(LocalIdentity identity) {
        StringBuilder text = new StringBuilder("# meshbridge identity: keep this file private\n")
                .append(FORMAT).append("=1\n");
        identity.seed().ifPresentOrElse(
                s -> text.append(SEED).append('=').append(s.hex()).append('\n'),
                () -> text.append(PRIVATE_KEY).append('=').append(identity.expandedKey().hex()).append('\n'));
        text.append(PUBLIC_KEY).append('=').append(identity.publicKey().hex()).append('\n');
        return Bytes.utf8(text.toString());
    }

    /**
     * Reads a file written by {@link #encode}.
     *
     * @throws IllegalArgumentException with a one-line reason when the file is not a valid,
     *         self-consistent identity (never with key material in the message)
     */
    public static LocalIdentity decode(Bytes file) {
        if (file.size() > MAX_SIZE) {
            throw new IllegalArgumentException("identity file is larger than " + MAX_SIZE + " bytes");
        }
        Map<String, String> fields = fields(text(file));
        if (!"1".equals(fields.get(FORMAT))) {
            throw new IllegalArgumentException("identity file: expected format=1");
        }
        if (fields.containsKey(SEED) == fields.containsKey(PRIVATE_KEY)) {
            throw new IllegalArgumentException("identity file: needs exactly one of seed= and private-key=");
        }
        if (!fields.containsKey(PUBLIC_KEY)) {
            throw new IllegalArgumentException("identity file: public-key= is missing");
        }
        LocalIdentity id = fields.containsKey(SEED)
                ? LocalIdentity.fromSeed(hex(fields, SEED))
                : LocalIdentity.fromExpandedKey(hex(fields, PRIVATE_KEY));
        if (!id.publicKey().equals(hex(fields, PUBLIC_KEY))) {
            throw new IllegalArgumentException("identity file: public-key does not belong to the private key");
        }
        return id;
    }

    private static String text(Bytes file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.toArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("identity file is not UTF-8 text");
        }
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String raw : text.split("\n", -1)) {
            lineNumber++;
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq).trim();
            if (eq < 0 || !NAMES.contains(name)) {
                throw new IllegalArgumentException("identity file line " + lineNumber + ": expected "
                        + "format=, seed=, private-key= or public-key=");
            }
            if (fields.put(name, line.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("identity file line " + lineNumber + ": " + name + " repeated");
            }
        }
        return fields;
    }

    private static Bytes hex(Map<String, String> fields, String name) {
        try {
            return Bytes.fromHex(fields.get(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("identity file: " + name + " is not hex");
        }
    }
}
