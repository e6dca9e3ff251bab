package org.meshbridge.server.web.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.nodes.NodeRegistryListener;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.nodes.NodeUpdate;

/**
 * The nodes page's view of the core {@link NodeRegistry}: snapshots as {@link NodeView}s, most
 * recently heard first, and every change as a {@code node} live event for all signed-in clients.
 */
public final class RegistryNodes implements NodeDirectory, NodeRegistryListener {

    /** {@code {"type":"node","node":{...}}}. */
    public record NodeEvent(String type, NodeView node) {
    }

    private final NodeRegistry registry;
    private final LiveEvents live;

    /** Reads {@code registry} and subscribes to it for live events. */
    public RegistryNodes(NodeRegistry registry, LiveEvents live) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.live = Objects.requireNonNull(live, "live");
        registry.addListener(this);
    }

    @Override
    public List<NodeView> nodes() {
        return registry.nodes().stream().sorted(Comparator.comparing(NodeSnapshot::lastHeard).reversed())
                .map(RegistryNodes::view).toList();
    }

    @Override
    public void onNodeUpdated(NodeSnapshot node, NodeUpdate why) {
        live.toAll(new NodeEvent("node", view(node)));
    }

    /** The API view of {@code node}. */
    public static NodeView view(NodeSnapshot node) {
        return new NodeView(node.id(), node.name(), node.role().key(), node.lastHeard().toString(), node.hops(),
                node.signal().map(s -> s.snrDb()).orElse(null), node.signal().map(s -> s.rssiDbm()).orElse(null),
                node.battery().flatMap(b -> b.millivolts().isPresent() ? java.util.Optional.of(b.millivolts().getAsInt())
                        : java.util.Optional.empty()).orElse(null),
                node.position().map(p -> new NodeView.Position(p.latitude(), p.longitude())).orElse(null),
                node.state().key(), node.packetsHeard());
    }
}
