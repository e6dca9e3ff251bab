package org.meshbridge.server.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** CIDR ranges and the client-address rules, including what comes from the network and the config. */
class CidrProperties {

    @Property
    void anyTextIsARangeOrAnIllegalArgument(@ForAll String text) {
        try {
            Cidr.parse(text);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property
    void anIpv4RangeContainsExactlyTheAddressesSharingItsPrefix(@ForAll int network, @ForAll int address,
                                                                @ForAll @IntRange(min = 0, max = 32) int prefix) throws Exception {
        Cidr range = new Cidr(v4(network), prefix);
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        boolean same = ((network & 0xffffffffL) & mask) == ((address & 0xffffffffL) & mask);
        assertThat(range.contains(v4(address))).isEqualTo(same);
        assertThat(Cidr.parse(range.toString())).isEqualTo(range);
    }

    @Example
    void rangesParseAndMatch() throws Exception {
        assertThat(Cidr.parse("10.1.2.3/8").contains(InetAddress.getByName("10.200.0.1"))).isTrue();
        assertThat(Cidr.parse("10.0.0.0/8").contains(InetAddress.getByName("11.0.0.1"))).isFalse();
        assertThat(Cidr.parse("2001:db8::/32").contains(InetAddress.getByName("2001:db8:ffff::1"))).isTrue();
        assertThat(Cidr.parse("2001:db8::/32").contains(InetAddress.getByName("10.0.0.1"))).isFalse();
        assertThat(Cidr.parse("192.0.2.7").contains(InetAddress.getByName("::ffff:192.0.2.7"))).isTrue();
        assertThat(Cidr.parse("::1").prefixLength()).isEqualTo(128);
        for (String bad : List.of("", "example.org", "10.0.0.0/33", "10.0.0.0/", "::/129", "1.2.3.4/-1", "/8")) {
            assertThatThrownBy(() -> Cidr.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void anyForwardedForHeaderGivesSomeAddressWithoutThrowing(@ForAll String header) throws Exception {
        ClientAccess access = new ClientAccess(List.of(), List.of(), List.of(Cidr.parse("127.0.0.1")));
        assertThat(access.client(InetAddress.getByName("127.0.0.1"), Optional.of(header))).isNotNull();
    }

    @Example
    void onlyTrustedProxiesAreBelievedAndTheRightmostUntrustedHopIsTheClient() throws Exception {
        ClientAccess access = new ClientAccess(List.of(), List.of(), List.of(Cidr.parse("10.0.0.0/8")));
        InetAddress proxy = InetAddress.getByName("10.0.0.2");
        InetAddress stranger = InetAddress.getByName("198.51.100.5");
        assertThat(access.client(stranger, Optional.of("203.0.113.1"))).isEqualTo(stranger);
        assertThat(access.client(proxy, Optional.of("1.1.1.1, 203.0.113.1, 10.0.0.3")))
                .isEqualTo(InetAddress.getByName("203.0.113.1"));
        assertThat(access.client(proxy, Optional.of("[2001:db8::1]:4711"))).isEqualTo(InetAddress.getByName("2001:db8::1"));
        assertThat(access.client(proxy, Optional.of("203.0.113.1:4711"))).isEqualTo(InetAddress.getByName("203.0.113.1"));
        assertThat(access.client(proxy, Optional.of("unknown"))).isEqualTo(proxy);
        assertThat(access.secure(proxy, false, Optional.of("http, https"))).isTrue();
        assertThat(access.secure(stranger, false, Optional.of("https"))).isFalse();
    }

    @Example
    void denyWinsOverAllow() throws Exception {
        ClientAccess access = new ClientAccess(List.of(Cidr.parse("10.0.0.0/8")), List.of(Cidr.parse("10.9.0.0/16")),
                List.of());
        assertThat(access.permits(InetAddress.getByName("10.1.0.1"))).isTrue();
        assertThat(access.permits(InetAddress.getByName("10.9.0.1"))).isFalse();
        assertThat(access.permits(InetAddress.getByName("192.0.2.1"))).isFalse();
        assertThat(ClientAccess.OPEN.permits(InetAddress.getByName("192.0.2.1"))).isTrue();
    }

    private static InetAddress v4(int bits) throws Exception {
        return InetAddress.getByAddress(new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8),
            (byte) bits});
    }

    @Example
    void ipv6ClientsCountByTheirSlash64AndIpv4ByTheirAddress() throws Exception {
        assertThat(AddressKeys.of(InetAddress.getByName("2001:db8:1:2:aaaa::1")))
                .isEqualTo(AddressKeys.of(InetAddress.getByName("2001:db8:1:2:ffff::9"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(AddressKeys.of(InetAddress.getByName("2001:db8:1:3::1"))).isNotEqualTo(
                AddressKeys.of(InetAddress.getByName("2001:db8:1:2::1")));
        assertThat(AddressKeys.of(InetAddress.getByName("192.0.2.7"))).isEqualTo("192.0.2.7");
        assertThat(AddressKeys.of(InetAddress.getByName("::ffff:192.0.2.7"))).isEqualTo("192.0.2.7");
    }
}
