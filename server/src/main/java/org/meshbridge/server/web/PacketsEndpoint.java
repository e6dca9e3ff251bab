package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /api/v1/packets?limit=N}: the most recent packets heard and sent, newest first
 * (see {@code docs/http-api.md}).
 */
public final class PacketsEndpoint {

    public static final String PATH = "/api/v1/packets";
    /** Packets returned when {@code limit} is absent. */
    public static final int DEFAULT_LIMIT = 50;
    /** The largest {@code limit} accepted. */
    public static final int MAX_LIMIT = 1000;

    /** The response body. */
    @JsonPropertyOrder({"count", "total", "packets"})
    public record Body(int count, long total, List<PacketEntry> packets) {
    }

    private PacketsEndpoint() {
    }

    /** A route reading {@code log} on every request. */
    public static Route route(PacketLog log) {
        Objects.requireNonNull(log, "log");
        return Route.get(PATH, request -> {
            List<String> limits = RequestUri.parseOrBadRequest(request.uri()).parameters().getOrDefault("limit", List.of());
            String problem = limitProblem(limits);
            if (problem != null) {
                return JsonResponse.error(HttpResponseStatus.BAD_REQUEST, "bad_request", problem);
            }
            int limit = limits.isEmpty() ? DEFAULT_LIMIT : Integer.parseInt(limits.get(0));
            long total = log.total();
            List<PacketEntry> packets = log.newest(limit);
            return JsonResponse.ok(new Body(packets.size(), total, packets));
        });
    }

    /** Why the {@code limit} values cannot be used, or null when they can. */
    static String limitProblem(List<String> limits) {
        if (limits.isEmpty()) {
            return null;
        }
        String value = limits.get(0);
        String wanted = "limit must be a whole number 1.." + MAX_LIMIT;
        if (limits.size() > 1) {
            return wanted + ", given once";
        }
        if (value.isEmpty() || value.length() > 4 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return wanted + ", was '" + abbreviate(value) + "'";
        }
        int limit = Integer.parseInt(value);
        return limit < 1 || limit > MAX_LIMIT ? wanted + ", was " + limit : null;
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "...";
    }
}
