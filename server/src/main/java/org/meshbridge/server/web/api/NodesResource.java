package org.meshbridge.server.web.api;

import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.auth.Authenticator;

/** {@code GET /api/v1/nodes}: the nodes heard on the mesh, for any signed-in account. */
public final class NodesResource {

    public static final String PATH = "/api/v1/nodes";

    /** The response body. */
    public record NodeList(int count, List<NodeView> nodes) {
    }

    private final NodeDirectory directory;
    private final Authenticator auth;

    public NodesResource(NodeDirectory directory, Authenticator auth) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    public List<Route> routes() {
        return List.of(auth.route(PATH, Set.of(HttpMethod.GET), (call, who) -> {
            List<NodeView> nodes = directory.nodes();
            return JsonResponse.ok(new NodeList(nodes.size(), nodes));
        }));
    }
}
