package org.meshbridge.protocol.crypto;

import java.math.BigInteger;

/**
 * The Ed25519 curve arithmetic BouncyCastle keeps private: scalar-base multiplication for keys
 * whose seed is unknown (firmware {@code ge_scalarmult_base}), reduction mod L ({@code sc_reduce},
 * {@code sc_muladd}) and the Edwards-to-Montgomery map of {@code ed25519_key_exchange}.
 *
 * <p>Plain {@link BigInteger} maths in extended twisted Edwards coordinates (RFC 8032 §5.1.4),
 * with a fixed table of {@code j·16^i·B}. Correct but not constant-time and about a millisecond per
 * multiplication: it only runs for expanded-key imports and their signatures.
 */
final class Edwards25519 {

    /** The field prime p = 2^255 − 19. */
    static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    /** The prime order L of the base point. */
    static final BigInteger L = BigInteger.ONE.shiftLeft(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));
    private static final BigInteger D = new BigInteger(
            "37095705934669439343138083508754565189542113879843219016388785533085940283555");
    private static final BigInteger TWO_D = D.shiftLeft(1).mod(P);
    private static final BigInteger BASE_X = new BigInteger(
            "15112221349535400772501151409588531511454012693041857206046113283949847762202");
    private static final BigInteger BASE_Y = new BigInteger(
            "46316835694926478169428394003475163141307993866256225615783033603165251855960");
    private static final int NIBBLES = 64;
    private static final int KEY_BYTES = 32;

    private Edwards25519() {
    }

    /** A point (X:Y:Z:T) with x = X/Z, y = Y/Z, x·y = T/Z. */
    private record Point(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {
        static final Point IDENTITY = new Point(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);

        /** Unified addition (add-2008-hwcd-3); complete on this curve, so it also doubles. */
        Point add(Point q) {
            BigInteger a = mul(y.subtract(x), q.y.subtract(q.x));
            BigInteger b = mul(y.add(x), q.y.add(q.x));
            BigInteger c = mul(mul(t, TWO_D), q.t);
            BigInteger d = mul(z.shiftLeft(1), q.z);
            BigInteger e = b.subtract(a);
            BigInteger f = d.subtract(c);
            BigInteger g = d.add(c);
            BigInteger h = b.add(a);
            return new Point(mul(e, f), mul(g, h), mul(f, g), mul(e, h));
        }

        /** The 32-byte encoding: y little-endian with the parity of x in bit 255. */
        byte[] encode() {
            BigInteger zInv = z.modInverse(P);
            BigInteger ax = mul(x, zInv);
            BigInteger ay = mul(y, zInv);
            byte[] out = toLittleEndian(ay, KEY_BYTES);
            if (ax.testBit(0)) {
                out[KEY_BYTES - 1] |= (byte) 0x80;
            }
            return out;
        }
    }

    /** {@code table[i][j] = j·16^i·B}, built on first use. */
    private static final class Table {
        static final Point[][] MULTIPLES = build();

        private static Point[][] build() {
            Point[][] table = new Point[NIBBLES][16];
            Point base = new Point(BASE_X, BASE_Y, BigInteger.ONE, mul(BASE_X, BASE_Y));
            for (int i = 0; i < NIBBLES; i++) {
                table[i][0] = Point.IDENTITY;
                table[i][1] = base;
                for (int j = 2; j < 16; j++) {
                    table[i][j] = table[i][j - 1].add(base);
                }
                base = table[i][15].add(base);
            }
            return table;
        }
    }

    /**
     * {@code scalar·B} encoded, for a 32-byte little-endian scalar taken as a plain 256-bit
     * integer (as {@code ge_scalarmult_base} does for a clamped key).
     */
    static byte[] scalarMultBase(byte[] scalarLittleEndian) {
        Point acc = Point.IDENTITY;
        for (int i = 0; i < NIBBLES; i++) {
            int nibble = (scalarLittleEndian[i / 2] >> (4 * (i % 2))) & 0x0F;
            if (nibble != 0) {
                acc = acc.add(Table.MULTIPLES[i][nibble]);
            }
        }
        return acc.encode();
    }

    /** A little-endian integer of any length, reduced mod L ({@code sc_reduce}). */
    static BigInteger reduceModL(byte[] littleEndian) {
        return fromLittleEndian(littleEndian).mod(L);
    }

    /**
     * The Montgomery u = (1 + y)/(1 − y) mod p of an Edwards public key, y read little-endian
     * with bit 255 cleared. As in the firmware, y = 1 (where 1 − y has no inverse) maps to u = 0,
     * because the inverse is computed as z^(p−2).
     */
    static byte[] montgomeryU(byte[] edwardsPublicKey) {
        byte[] yBytes = edwardsPublicKey.clone();
        yBytes[KEY_BYTES - 1] &= 0x7F;
        BigInteger y = fromLittleEndian(yBytes).mod(P);
        BigInteger numerator = BigInteger.ONE.add(y);
        BigInteger denominator = BigInteger.ONE.subtract(y).mod(P);
        BigInteger u = mul(numerator, denominator.modPow(P.subtract(BigInteger.TWO), P));
        return toLittleEndian(u, KEY_BYTES);
    }

    static BigInteger fromLittleEndian(byte[] littleEndian) {
        byte[] bigEndian = new byte[littleEndian.length + 1];
        for (int i = 0; i < littleEndian.length; i++) {
            bigEndian[littleEndian.length - i] = littleEndian[i];
        }
        return new BigInteger(bigEndian);
    }

    /** {@code value} (0 ≤ value &lt; 2^(8·length)) as {@code length} little-endian bytes. */
    static byte[] toLittleEndian(BigInteger value, int length) {
        byte[] bigEndian = value.toByteArray();
        byte[] out = new byte[length];
        for (int i = 0; i < length && i < bigEndian.length; i++) {
            out[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return out;
    }

    private static BigInteger mul(BigInteger a, BigInteger b) {
        return a.multiply(b).mod(P);
    }
}
