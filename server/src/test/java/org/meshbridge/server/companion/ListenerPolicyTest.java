package org.meshbridge.server.companion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.server.net.Cidr;

/** Where a listener without client certificates may listen. */
class ListenerPolicyTest {

    @Test
    void privateAndVpnAddressesAreRecognised() throws Exception {
        for (String a : new String[] {"10.1.2.3", "172.16.0.1", "192.168.0.1", "100.64.0.1", "100.127.255.254", "fd00::1"}) {
            assertThat(ListenerPolicy.isPrivateOrVpn(InetAddress.getByName(a))).as(a).isTrue();
        }
        for (String a : new String[] {"8.8.8.8", "100.128.0.1", "0.0.0.0", "2001:db8::1", "127.0.0.1"}) {
            assertThat(ListenerPolicy.isPrivateOrVpn(InetAddress.getByName(a))).as(a).isFalse();
        }
    }

    @Test
    void loopbackAlwaysAPrivateAddressWithAnAllowListAndNothingElseWithoutTls() throws Exception {
        List<Cidr> lan = List.of(Cidr.parse("192.168.1.0/24"));
        assertThat(ListenerPolicy.refusal(new InetSocketAddress("127.0.0.1", 5000), Optional.empty(), List.of())).isEmpty();
        assertThat(ListenerPolicy.refusal(new InetSocketAddress("192.168.1.5", 5000), Optional.empty(), lan)).isEmpty();
        assertThat(ListenerPolicy.refusal(new InetSocketAddress("192.168.1.5", 5000), Optional.empty(), List.of()))
                .hasValueSatisfying(r -> assertThat(r).contains("allow list"));
        assertThat(ListenerPolicy.refusal(new InetSocketAddress("0.0.0.0", 5000), Optional.empty(), lan))
                .hasValueSatisfying(r -> assertThat(r).contains("client_ca_file"));
    }
}
