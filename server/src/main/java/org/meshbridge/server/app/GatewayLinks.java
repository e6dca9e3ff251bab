package org.meshbridge.server.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.server.config.GatewaySettings;
import org.meshbridge.server.gateway.GatewayProtocol;
import org.meshbridge.server.gateway.GatewayRadioLink;
import org.meshbridge.server.gateway.GatewayRegistry;
import org.meshbridge.server.gateway.GatewayTokens;
import org.meshbridge.server.metrics.LinkAirtime;
import org.meshbridge.server.web.ComponentState;
import org.meshbridge.server.web.NodeHealth;
import org.meshbridge.server.web.RadioHealth;
import org.meshbridge.server.web.RadioLinkHealth;
import org.meshbridge.server.web.WebSocketRoute;

/**
 * {@code radio.type: gateway}: the {@link GatewayRegistry} behind the HTTP listener's WebSocket
 * route, and each gateway's {@link GatewayRadioLink} attached to the node, on the node's
 * scheduler, with an {@link AirtimeScheduler} of its own (the {@code airtime} settings apply per
 * gateway). A link is attached when the registry adds it (first hello, or new radio parameters)
 * and detached when it removes it; while its gateway is away the link stays attached and
 * {@code Down}, so the node sends nothing on it and its budget survives the reconnect.
 *
 * <p>The registry's callbacks come from HTTP threads under its lock and are only handed to the
 * scheduler; {@link #health()} reads only thread-safe link states.
 */
final class GatewayLinks implements GatewayRegistry.Listener {

    private final List<String> configuredIds;
    private final GatewayRegistry registry;
    private final Scheduler scheduler;
    private final AirtimeConfig airtime;
    /** The budgets of attached links, by link id; scheduler thread only. */
    private final Map<String, AirtimeScheduler> budgets = new LinkedHashMap<>();
    private MeshNode node;

    GatewayLinks(List<GatewaySettings> gateways, Scheduler scheduler, AirtimeConfig airtime) {
        Map<String, String> hashes = new LinkedHashMap<>();
        gateways.forEach(g -> hashes.put(g.id(), g.tokenSha256()));
        this.configuredIds = gateways.stream().map(GatewaySettings::id).toList();
        this.registry = new GatewayRegistry(GatewayTokens.ofHashes(hashes), scheduler);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.airtime = Objects.requireNonNull(airtime, "airtime");
    }

    /** The route {@code /api/v1/gateway} for the HTTP listener. */
    WebSocketRoute route() {
        return registry.route();
    }

    /** Attaches every gateway link, now and later, to {@code meshNode}. Once, before HTTP starts. */
    void bind(MeshNode meshNode) {
        this.node = Objects.requireNonNull(meshNode, "meshNode");
        registry.addListener(this);
    }

    @Override
    public void linkAdded(GatewayRadioLink link) {
        scheduler.execute(() -> {
            AirtimeScheduler budget = new AirtimeScheduler(scheduler, link, AirtimeEstimator.lora(link.modulation()), airtime);
            budgets.put(link.id(), budget);
            node.attach(link, budget);
        });
    }

    @Override
    public void linkRemoved(GatewayRadioLink link) {
        scheduler.execute(() -> {
            node.detach(link.id());
            AirtimeScheduler budget = budgets.remove(link.id());
            if (budget != null) {
                budget.close();
            }
        });
    }

    /** The attached links' budgets added up; on the scheduler thread. */
    NodeHealth.Airtime airtime() {
        NodeHealth.Airtime sum = NodeHealth.Airtime.NONE;
        for (AirtimeScheduler budget : budgets.values()) {
            sum = sum.plus(NodeHealth.Airtime.of(budget.stats()));
        }
        return sum;
    }

    /** Each attached link's budget, for the meters; on the scheduler thread. */
    List<LinkAirtime> links() {
        List<LinkAirtime> links = new ArrayList<>();
        budgets.forEach((id, budget) -> links.add(new LinkAirtime(id, budget.stats(), budget.budget())));
        return links;
    }

    /**
     * The {@code radio} entry: up while at least one gateway is up, with every configured gateway
     * in {@code links} (down until it first connects). Safe from any thread.
     */
    RadioHealth health() {
        List<RadioLinkHealth> links = new ArrayList<>();
        for (String id : configuredIds) {
            Optional<GatewayRadioLink> link = registry.link(id);
            links.add(link.map(l -> RadioLinkHealth.of(l.id(), l.state()))
                    .orElseGet(() -> new RadioLinkHealth(ComponentState.DOWN, GatewayProtocol.linkId(id), "not connected since start")));
        }
        long up = links.stream().filter(l -> l.state() == ComponentState.UP).count();
        return new RadioHealth(up > 0 ? ComponentState.UP : ComponentState.DOWN, null, "gateway",
                up + " of " + links.size() + " gateways up", links);
    }

    /** Closes every gateway link (their removal reaches the scheduler as tasks). */
    void close() {
        registry.close();
    }

    /** Closes the budgets of links still attached; on the scheduler thread, after {@link #close()}. */
    void closeBudgets() {
        budgets.values().forEach(AirtimeScheduler::close);
        budgets.clear();
    }
}
