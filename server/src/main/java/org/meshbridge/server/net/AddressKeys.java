package org.meshbridge.server.net;

import java.net.InetAddress;

/**
 * The key a client address counts under in rate limits and lockout: an IPv4 address as it is,
 * an IPv6 address by its /64 network ({@code 2001:db8:1:2::/64}), since one subscriber usually
 * holds a whole /64 and could otherwise take a fresh address for every attempt.
 */
public final class AddressKeys {

    private static final int IPV6_SUBSCRIBER_BITS = 64;

    private AddressKeys() {
    }

    public static String of(InetAddress address) {
        InetAddress a = Cidr.unmapped(address);
        if (a.getAddress().length == 4) {
            return a.getHostAddress();
        }
        return new Cidr(a, IPV6_SUBSCRIBER_BITS).toString();
    }
}
