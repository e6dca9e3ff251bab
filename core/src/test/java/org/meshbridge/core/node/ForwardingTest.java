package org.meshbridge.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.core.node.NodeHarness.A;
import static org.meshbridge.core.node.NodeHarness.B;
import static org.meshbridge.core.node.NodeHarness.C;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.packet.TransportCodes;

/** The node as a repeater (key C, hash 0x21): firmware forwarding rules of spec §5.2 and §5.3. */
class ForwardingTest {

    static final String TXT_PAYLOAD = "481E9C93514FABCFA4A66821C0F59544EC954529";
    static final String ADVERT_PAYLOAD = "4852B69364572B52EFA1B6BB3E6D0ABED4F389A1CBFBB60A9BBA2CCE649CAF0E00F15365D0995EADE1F10351314D0CAE50FF"
            + "BE29448339B2647CEDFB987E5C6BB856D45E38DBD3B1E28EA095852BD5DC975DEF43CC8277B1F9A6DA27B132E17900ECC6019300000000000000005465737420424253";

    private static NodeHarness repeater(ForwardingConfig forwarding) {
        NodeHarness h = new NodeHarness(C, NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE).withForwarding(forwarding), 1, 7);
        h.node.start();
        return h;
    }

    @Test
    void floodIsForwardedWithOurHashAppendedAfterAJitteredDelayWithinFiveT() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER);
        Instant heard = h.scheduler.now();

        h.hear(ReceiveTest.PUBLIC_HI);
        h.advance(Duration.ofSeconds(2));

        Packet out = h.sent().get(0);
        assertThat(out.route()).isEqualTo(RouteType.FLOOD);
        assertThat(out.path()).isEqualTo(Path.ofOneByteHashes(0x21));
        assertThat(out.payload()).isEqualTo(Bytes.fromHex(ReceiveTest.PUBLIC_HI).slice(2, 21));
        // t = airtime(path 1 + payload 19 + 2 = 22 bytes = 220 ms) x 0.5 = 110 ms; delay in [0, 550] ms
        assertThat(Duration.between(heard, h.sentAt().get(0))).isBetween(Duration.ZERO, Duration.ofMillis(550));
    }

    @Test
    void retransmitDelaysSpreadOverTheWholeFirmwareWindow() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER);
        SplittableRandom bytes = new SplittableRandom(42);
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            byte[] ciphertext = new byte[18];
            bytes.nextBytes(ciphertext);
            Instant heard = h.scheduler.now();
            h.hear(0, Bytes.fromHex("150011").concat(Bytes.of(ciphertext)));
            h.advance(Duration.ofSeconds(2));
            delays.add(Duration.between(heard, h.sentAt().get(i)));
        }
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(550)));
        Set<Duration> distinct = new HashSet<>(delays);
        assertThat(distinct).hasSizeGreaterThan(30);
        assertThat(delays.stream().max(Duration::compareTo).orElseThrow()).isGreaterThan(Duration.ofMillis(400));
        assertThat(delays.stream().min(Duration::compareTo).orElseThrow()).isLessThan(Duration.ofMillis(150));
    }

    @Test
    void directPacketForUsAsNextHopIsForwardedWithOurHashConsumed() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER);
        Instant heard = h.scheduler.now();

        h.hear("0A022155" + TXT_PAYLOAD);
        h.advance(Duration.ofSeconds(2));

        assertThat(h.links.get(0).packets()).containsExactly(Bytes.fromHex("0A0155" + TXT_PAYLOAD));
        // t = airtime(1 + 20 + 2 = 23 bytes = 230 ms) x 0.3 = 69 ms; delay in [0, 345] ms
        assertThat(Duration.between(heard, h.sentAt().get(0))).isBetween(Duration.ZERO, Duration.ofMillis(345));
    }

    @Test
    void directPacketWhoseNextHopIsSomeoneElseIsDropped() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER);

        h.hear("0A025521" + TXT_PAYLOAD);
        h.advance(Duration.ofSeconds(2));

        assertThat(h.links.get(0).transmissions()).isEmpty();
    }

    @Test
    void directAckIsRecreatedAlongTheRemainingPath() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER);

        h.hear("0E022155712250F60001");
        h.hear("0E022155712250F60001");
        h.advance(Duration.ofSeconds(2));

        assertThat(h.links.get(0).packets()).containsExactly(Bytes.fromHex("0E0155712250F60001"));
    }

    @Test
    void floodAtTheHopLimitIsProcessedButNotForwarded() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER.withHopLimits(3, 64, 8));

        h.hear("1503010203" + "112A34D8E13779CE7668329339679EE383641C");
        h.hear("15020102" + "112A34D8E13779CE7668329339679EE383641D");
        h.advance(Duration.ofSeconds(2));

        assertThat(h.sent()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo(Path.ofOneByteHashes(1, 2, 0x21)));
    }

    @Test
    void advertsStopAtEightHopsByDefault() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER);

        h.hear("1108" + "0102030405060708" + ADVERT_PAYLOAD);
        assertThat(h.node.stats().processed()).isEqualTo(1);
        h.advance(Duration.ofSeconds(5));
        assertThat(h.links.get(0).transmissions()).isEmpty();

        NodeHarness seven = repeater(ForwardingConfig.REPEATER);
        seven.hear("1107" + "01020304050607" + ADVERT_PAYLOAD);
        seven.advance(Duration.ofSeconds(5));
        assertThat(seven.sent()).singleElement().satisfies(p -> assertThat(p.path().hopCount()).isEqualTo(8));
    }

    @Test
    void scopedFloodIsForwardedOnlyWhenItsCodeMatchesAnAllowedRegion() {
        RegionScope onlyTest = new RegionScope(List.of(RegionKey.named("#test")), false, Optional.empty());
        NodeHarness h = repeater(ForwardingConfig.REPEATER.withRegions(onlyTest));

        h.hear("14190C0000" + "00" + "112A34D8E13779CE7668329339679EE383641C");    // spec [9]: #test, code 0x0C19
        h.hear("14AAAA0000" + "00" + "112A34D8E13779CE7668329339679EE383641D");    // unknown code
        h.hear("15" + "00" + "112A34D8E13779CE7668329339679EE383641E");            // un-scoped, wildcard denied
        h.advance(Duration.ofSeconds(5));

        assertThat(h.sent()).singleElement().satisfies(p -> {
            assertThat(p.route()).isEqualTo(RouteType.TRANSPORT_FLOOD);
            assertThat(p.transportCodes()).contains(TransportCodes.region(0x0C19));
            assertThat(p.path()).isEqualTo(Path.ofOneByteHashes(0x21));
        });
    }

    @Test
    void unscopedFloodIsForwardedUnderTheWildcardButUnknownCodesAreNot() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER);

        h.hear("14AAAA0000" + "00" + "112A34D8E13779CE7668329339679EE383641D");
        h.hear(ReceiveTest.PUBLIC_HI);
        h.advance(Duration.ofSeconds(5));

        assertThat(h.sent()).singleElement().satisfies(p -> assertThat(p.route()).isEqualTo(RouteType.FLOOD));
    }

    @Test
    void loopDetectionStopsAFloodThatAlreadyPassedUs() {
        NodeHarness strict = repeater(ForwardingConfig.REPEATER.withLoopDetect(LoopDetect.STRICT));
        strict.hear("150121" + "112A34D8E13779CE7668329339679EE383641C");
        strict.advance(Duration.ofSeconds(2));
        assertThat(strict.links.get(0).transmissions()).isEmpty();

        NodeHarness off = repeater(ForwardingConfig.REPEATER);
        off.hear("150121" + "112A34D8E13779CE7668329339679EE383641C");
        off.advance(Duration.ofSeconds(2));
        assertThat(off.sent()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo(Path.ofOneByteHashes(0x21, 0x21)));

        NodeHarness minimal = repeater(ForwardingConfig.REPEATER.withLoopDetect(LoopDetect.MINIMAL));
        minimal.hear("1504" + "21552166" + "112A34D8E13779CE7668329339679EE383641C");
        minimal.hear("1504" + "21212121" + "112A34D8E13779CE7668329339679EE383641D");
        minimal.advance(Duration.ofSeconds(2));
        assertThat(minimal.sent()).singleElement().satisfies(p -> assertThat(p.path().hopCount()).isEqualTo(5));
    }

    @Test
    void traceForUsAppendsTheSnrWeHeardItWith() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER);

        h.hear("2600" + "A24D89BD" + "00000000" + "00" + "2155");
        h.advance(Duration.ofSeconds(2));

        // harness frames arrive at SNR 20 quarter dB (5 dB)
        assertThat(h.links.get(0).packets()).containsExactly(Bytes.fromHex("260114" + "A24D89BD0000000000" + "2155"));
    }

    @Test
    void datagramForALocalEndpointIsNotForwarded() {
        NodeHarness h = repeater(ForwardingConfig.REPEATER);
        h.node.register(new FakeEndpoint(B, ReplyStyle.SERVER).knowing(A.identity()));

        h.hear(DirectMessageTest.POST_FLOOD);
        h.advance(Duration.ofSeconds(2));

        assertThat(h.links.get(0).packets()).containsExactly(Bytes.fromHex("0D00712250F6"));
    }
}
