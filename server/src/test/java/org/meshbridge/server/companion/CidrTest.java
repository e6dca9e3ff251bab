package org.meshbridge.server.companion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Allow-list blocks: parsing (untrusted config text) and membership. */
class CidrTest {

    @Test
    void blocksContainTheirAddressesOnly() throws Exception {
        Cidr tailscale = Cidr.parse("100.64.0.0/10");
        assertThat(tailscale.contains(InetAddress.getByName("100.101.102.103"))).isTrue();
        assertThat(tailscale.contains(InetAddress.getByName("100.128.0.1"))).isFalse();
        assertThat(tailscale.contains(InetAddress.getByName("::1"))).isFalse();
        assertThat(Cidr.parse("192.168.1.7").contains(InetAddress.getByName("192.168.1.7"))).isTrue();
        assertThat(Cidr.parse("192.168.1.7").contains(InetAddress.getByName("192.168.1.8"))).isFalse();
        assertThat(Cidr.parse("fd7a:115c:a1e0::/48").contains(InetAddress.getByName("fd7a:115c:a1e0:ab12::1"))).isTrue();
        assertThat(Cidr.parse("0.0.0.0/0").contains(InetAddress.getByName("8.8.8.8"))).isTrue();
    }

    @Test
    void badBlocksSayWhatIsWrong() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("0..32");
        assertThatThrownBy(() -> Cidr.parse("localhost")).hasMessageContaining("not a numeric IP address");
        assertThatThrownBy(() -> Cidr.parse("deadbeef")).as("hex that is not an address is not looked up").hasMessageContaining("not a numeric IP address");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).hasMessageContaining("not a number");
    }

    @Test
    void privateAndVpnAddressesAreRecognised() throws Exception {
        for (String a : new String[] {"10.1.2.3", "172.16.0.1", "192.168.0.1", "100.64.0.1", "100.127.255.254", "fd00::1"}) {
            assertThat(ListenerPolicy.isPrivateOrVpn(InetAddress.getByName(a))).as(a).isTrue();
        }
        for (String a : new String[] {"8.8.8.8", "100.128.0.1", "0.0.0.0", "2001:db8::1", "127.0.0.1"}) {
            assertThat(ListenerPolicy.isPrivateOrVpn(InetAddress.getByName(a))).as(a).isFalse();
        }
    }

    @Property(tries = 500)
    void parsingAnyTextReturnsABlockOrSaysWhy(@ForAll("texts") String text) {
        try {
            Cidr c = Cidr.parse(text);
            assertThat(c.prefixBits()).isBetween(0, c.network().getAddress().length * 8);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789abcdef:./%[]- x").ofMaxLength(45),
                Arbitraries.strings().ofMaxLength(20));
    }
}
