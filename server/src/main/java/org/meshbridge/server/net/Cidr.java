package org.meshbridge.server.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An address range: {@code 10.0.0.0/8}, {@code 2001:db8::/32}, or one address ({@code 192.0.2.7},
 * {@code ::1}) meaning /32 or /128. An IPv4 range never matches an IPv6 address and the other way
 * round, except that IPv4-mapped IPv6 addresses ({@code ::ffff:192.0.2.7}) count as IPv4.
 */
public record Cidr(InetAddress network, int prefixLength) {

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    public Cidr {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length must be 0.." + bits + ", was " + prefixLength);
        }
        network = masked(network, prefixLength);
    }

    /**
     * Reads {@code ADDRESS[/PREFIX]}. Only address literals: a host name is refused (no DNS).
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Cidr parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        if (!LITERAL.matcher(address).matches() || !(address.contains(":") || address.matches("[0-9.]+"))) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IP address or ADDRESS/PREFIX range");
        }
        InetAddress network;
        try {
            network = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IP address or ADDRESS/PREFIX range");
        }
        int bits = network.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String p = s.substring(slash + 1);
            if (!p.matches("\\d{1,3}")) {
                throw new IllegalArgumentException("\"" + text + "\": the prefix length after '/' must be 0.." + bits);
            }
            prefix = Integer.parseInt(p);
            if (prefix > bits) {
                throw new IllegalArgumentException("\"" + text + "\": the prefix length after '/' must be 0.." + bits);
            }
        }
        return new Cidr(network, prefix);
    }

    /** Whether {@code address} is in this range. */
    public boolean contains(InetAddress address) {
        InetAddress a = unmapped(address);
        if (a.getAddress().length != network.getAddress().length) {
            return false;
        }
        return masked(a, prefixLength).equals(network);
    }

    private static InetAddress masked(InetAddress address, int prefix) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            bytes[i] &= (byte) (0xff << (8 - keep));
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ::ffff:a.b.c.d} as the IPv4 address it carries; any other address as it is. */
    public static InetAddress unmapped(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 16) {
            boolean mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = b[i] == 0;
            }
            if (mapped) {
                try {
                    return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return address;
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}
