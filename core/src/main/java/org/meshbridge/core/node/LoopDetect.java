package org.meshbridge.core.node;

/**
 * Flood loop detection of the repeater ({@code loop.detect}, firmware
 * {@code examples/simple_repeater/MyMesh.cpp} {@code isLooped}): a flood is not forwarded when this
 * node's own hash already appears in its path at least as many times as the mode allows for the
 * path's hash size. The firmware default is {@link #OFF}.
 */
public enum LoopDetect {
    /** No loop check ({@code LOOP_DETECT_OFF}). */
    OFF(0, 0, 0),
    /** Drop at 4 occurrences of a 1-byte hash, 2 of a 2-byte, 1 of a 3-byte ({@code max_loop_minimal}). */
    MINIMAL(4, 2, 1),
    /** Drop at 2, 1, 1 occurrences ({@code max_loop_moderate}). */
    MODERATE(2, 1, 1),
    /** Drop at the first occurrence, whatever the hash size ({@code max_loop_strict}). */
    STRICT(1, 1, 1);

    private final int[] maxByHashSize;

    LoopDetect(int oneByte, int twoByte, int threeByte) {
        this.maxByHashSize = new int[] {0, oneByte, twoByte, threeByte};
    }

    /**
     * True when {@code occurrences} of our hash in a path of {@code hashSize}-byte hashes mean a loop.
     *
     * @param hashSize 1..3
     */
    public boolean isLooped(int occurrences, int hashSize) {
        return this != OFF && occurrences >= maxByHashSize[hashSize];
    }
}
