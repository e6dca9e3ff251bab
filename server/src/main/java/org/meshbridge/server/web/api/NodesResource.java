package org.meshbridge.server.web.api;

import java.util.List;
import java.util.Objects;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;

/** {@code GET /api/v1/nodes}: the nodes heard on the mesh, for any signed-in account. */
public final class NodesResource {

    public static final String PATH = "/api/v1/nodes";

    /** The response body. */
    public record NodeList(int count, List<NodeView> nodes) {
    }

    private final NodeDirectory directory;
    private final Guard guard;

    public NodesResource(NodeDirectory directory, Authenticator authenticator) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.guard = new Guard(authenticator);
    }

    public List<Route> routes() {
        return List.of(Route.get(PATH, guard.signedIn((caller, request) -> {
            List<NodeView> nodes = directory.nodes();
            return Guard.done(JsonResponse.ok(new NodeList(nodes.size(), nodes)));
        })));
    }
}
