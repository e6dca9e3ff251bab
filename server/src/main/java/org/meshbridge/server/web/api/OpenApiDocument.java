package org.meshbridge.server.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;

/** {@code GET /api/v1/openapi.json}: an OpenAPI 3.0 document of {@link ApiOperation}s. */
public final class OpenApiDocument {

    public static final String PATH = "/api/v1/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocument() {
    }

    /** The route serving the document built from {@code operations}. */
    public static Route route(List<ApiOperation> operations, String version) {
        ObjectNode document = build(operations, version);
        return Route.get(PATH, request -> JsonResponse.ok(document));
    }

    /** The document. */
    public static ObjectNode build(List<ApiOperation> operations, String version) {
        ObjectNode root = JSON.createObjectNode();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", "meshbridge HTTP API");
        info.put("version", version);
        info.put("description", "REST for the meshbridge web app; live events on /ws. Errors are {error, message}.");
        ObjectNode paths = root.putObject("paths");
        for (ApiOperation op : operations) {
            ObjectNode path = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            path.set(op.method().toLowerCase(Locale.ROOT), operation(op));
        }
        ObjectNode components = root.putObject("components");
        ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        ObjectNode error = components.putObject("schemas").putObject("Error");
        error.put("type", "object");
        error.putArray("required").add("error").add("message");
        ObjectNode props = error.putObject("properties");
        props.putObject("error").put("type", "string");
        props.putObject("message").put("type", "string");
        return root;
    }

    private static ObjectNode operation(ApiOperation op) {
        ObjectNode node = JSON.createObjectNode();
        node.putArray("tags").add(op.tag());
        node.put("summary", op.summary());
        node.put("operationId", op.method().toLowerCase(Locale.ROOT) + op.path().replaceAll("[^A-Za-z0-9]+", "_"));
        ArrayNode parameters = node.putArray("parameters");
        for (String name : op.pathParameters()) {
            ObjectNode p = parameters.addObject();
            p.put("name", name);
            p.put("in", "path");
            p.put("required", true);
            p.putObject("schema").put("type", "string");
        }
        for (Map.Entry<String, String> q : new TreeMap<>(op.query()).entrySet()) {
            ObjectNode p = parameters.addObject();
            p.put("name", q.getKey());
            p.put("in", "query");
            p.put("required", false);
            p.put("description", q.getValue());
            p.putObject("schema").put("type", "integer");
        }
        if (!op.body().isEmpty()) {
            ObjectNode schema = node.putObject("requestBody").put("required", true).putObject("content")
                    .putObject("application/json").putObject("schema");
            schema.put("type", "object");
            schema.put("additionalProperties", false);
            ArrayNode required = schema.putArray("required");
            ObjectNode properties = schema.putObject("properties");
            new TreeMap<>(op.body()).forEach((name, type) -> {
                boolean optional = type.endsWith("?");
                if (!optional) {
                    required.add(name);
                }
                properties.putObject(name).put("type", optional ? type.substring(0, type.length() - 1) : type);
            });
        }
        if (op.signedIn()) {
            node.putArray("security").addObject().putArray("bearer");
        }
        ObjectNode responses = node.putObject("responses");
        new TreeMap<>(op.responses()).forEach((code, description) -> {
            ObjectNode response = responses.putObject(String.valueOf(code));
            response.put("description", description);
            ObjectNode schema = response.putObject("content").putObject("application/json").putObject("schema");
            if (code >= 400) {
                schema.put("$ref", "#/components/schemas/Error");
            } else {
                schema.put("type", "object");
            }
        });
        return node;
    }
}
