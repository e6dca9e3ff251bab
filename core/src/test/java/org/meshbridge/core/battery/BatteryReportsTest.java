package org.meshbridge.core.battery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.payload.RequestType;

/** What is not a reading is counted, not reported (readings that are: BatteryPollScenarioIT, CompanionBatteryIT). */
class BatteryReportsTest {

    private final NodeRegistry registry = new NodeRegistry(10);
    private final BatteryReports reports = new BatteryReports(registry, new ManualScheduler());
    private final Identity node = Identity.of(Bytes.fromHex("5a".repeat(32)));

    @Test
    void unknownNodesZeroReadingsAndMalformedRepliesAreCountedApart() {
        assertThat(reports.status(node, Bytes.fromHex("3c0f" + "00".repeat(50)))).isFalse();
        assertThat(reports.telemetry(node, Bytes.fromHex("01740000"))).isFalse();
        assertThat(reports.status(node, Bytes.fromHex("3c0f"))).isFalse();
        reports.onRemoteReply(node, RequestType.GET_TELEMETRY_DATA, Bytes.fromHex("01"));
        reports.onRemoteReply(node, RequestType.GET_ACCESS_LIST, Bytes.fromHex("01"));
        assertThat(reports.stats()).isEqualTo(new BatteryReportStats(0, 1, 1, 2));
        assertThat(registry.size()).isZero();
    }
}
