package org.meshbridge.server.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the HTTP API, written out by hand so the OpenAPI document says what each
 * one is for. A test compares this list with the routes the server really has, both ways.
 */
public final class ApiCatalog {

    private static final Map<Integer, String> SIGNED_IN = Map.of(401, "no valid bearer token");

    private ApiCatalog() {
    }

    /** The operations, in document order. */
    public static List<ApiOperation> operations() {
        return List.of(
                op("GET", "/healthz", "server", "Overall status, radio link, MQTT and store", false, Map.of(), Map.of(),
                        Map.of(200, "healthy or degraded", 503, "down")),
                op("GET", "/metrics", "server", "Prometheus metrics in text format (when metrics.enabled)", false, Map.of(),
                        Map.of(), Map.of(200, "text/plain; version=0.0.4")),
                op("GET", "/api/v1/openapi.json", "server", "This document", false, Map.of(), Map.of(),
                        Map.of(200, "the OpenAPI 3 document")),
                op("GET", "/api/v1/packets", "server", "Recent radio packets, newest first", false,
                        Map.of("limit", "packets to return, 1..1000 (default 50)"), Map.of(),
                        Map.of(200, "packets with hex, direction, snr, rssi and a decoded summary", 400, "bad limit")),
                op("POST", "/api/v1/auth/login", "accounts", "Sign in: a bearer token for {username, password}", false,
                        Map.of(), Map.of("username", "string", "password", "string"),
                        Map.of(200, "token, expires and the account", 400, "bad body", 401, "unknown user or wrong password",
                                415, "not JSON", 429, "too many attempts")),
                op("POST", "/api/v1/auth/logout", "accounts", "Revoke this token", true, Map.of(), Map.of(),
                        with(SIGNED_IN, 200, "signed out")),
                op("GET", "/api/v1/me", "accounts", "The signed-in account", true, Map.of(), Map.of(),
                        with(SIGNED_IN, 200, "name, role, rooms, mesh_public_key, expires")),
                op("GET", "/api/v1/admin/users", "admin", "Every account", true, Map.of(), Map.of(),
                        with(SIGNED_IN, 200, "the accounts", 403, "not an administrator")),
                op("POST", "/api/v1/admin/users", "admin", "Add an account", true, Map.of(),
                        Map.of("name", "string", "password", "string", "role", "string?", "rooms", "string?"),
                        with(SIGNED_IN, 201, "the account", 400, "bad name, password, role or rooms", 403,
                                "not an administrator", 409, "the account exists")),
                op("GET", "/api/v1/admin/users/{name}", "admin", "One account", true, Map.of(), Map.of(),
                        with(SIGNED_IN, 200, "the account", 403, "not an administrator", 404, "no such account")),
                op("DELETE", "/api/v1/admin/users/{name}", "admin", "Remove an account (its tokens stop working)", true,
                        Map.of(), Map.of(), with(SIGNED_IN, 200, "removed", 403, "not an administrator", 404,
                                "no such account")),
                op("PUT", "/api/v1/admin/users/{name}/password", "admin", "Set an account's password", true, Map.of(),
                        Map.of("password", "string"), with(SIGNED_IN, 200, "changed", 400, "bad password", 403,
                                "not an administrator", 404, "no such account")),
                op("GET", RoomsResource.ROOMS, "rooms", "Rooms and channels the account can read, with unread counts",
                        true, Map.of(), Map.of(), with(SIGNED_IN, 200, "the rooms", 503, "the rooms are not open yet")),
                op("GET", RoomsResource.POSTS, "rooms", "A page of a room's posts, newest first", true,
                        Map.of("before", "posts with ts before this (paging back)",
                                "after", "posts with ts after this (catching up)",
                                "limit", "posts per page, 1..200 (default 50)"), Map.of(),
                        with(SIGNED_IN, 200, "the posts and next_before", 400, "bad cursor or limit", 404, "no such room")),
                op("POST", RoomsResource.POSTS, "rooms", "Post to a room as the account; long posts are split for RF", true,
                        Map.of(), Map.of("text", "string"),
                        with(SIGNED_IN, 201, "the stored post and how many RF messages it takes", 400, "bad text",
                                403, "the account may not post here", 404, "no such room", 503, "store busy")),
                op("POST", RoomsResource.READ, "rooms", "Mark a room read up to a post timestamp", true, Map.of(),
                        Map.of("ts", "integer"), with(SIGNED_IN, 200, "the marker", 404, "no such room")),
                op("GET", NodesResource.PATH, "nodes", "Nodes heard on the mesh", true, Map.of(), Map.of(),
                        with(SIGNED_IN, 200, "id, name, role, last_heard, hops, snr, rssi, battery_mv, position, liveness,"
                                + " packets_heard")),
                op("GET", DirectMessagesResource.CONVERSATIONS, "direct messages", "The account's conversations with nodes",
                        true, Map.of(), Map.of(), with(SIGNED_IN, 200, "conversations", 503, "no direct messages in this run")),
                op("GET", DirectMessagesResource.MESSAGES, "direct messages", "Messages with one node, newest first",
                        true, Map.of("before", "messages with an id below this (paging back: next_before)",
                                "limit", "messages per page, 1..200 (default 50)"), Map.of(),
                        with(SIGNED_IN, 200, "messages with their delivery state, and next_before", 400,
                                "bad node_id, cursor or limit", 404, "no conversation and node never heard")),
                op("POST", DirectMessagesResource.MESSAGES, "direct messages",
                        "Send a direct message from the account's mesh identity", true, Map.of(), Map.of("text", "string"),
                        with(SIGNED_IN, 201, "the message, state pending", 400, "bad text or unknown node")),
                op("GET", AdminResource.STATUS, "admin", "Radio link, airtime used against budget, gateways, users", true,
                        Map.of(), Map.of(), with(SIGNED_IN, 200, "the status", 403, "not an administrator")));
    }

    private static ApiOperation op(String method, String path, String tag, String summary, boolean signedIn,
                                   Map<String, String> query, Map<String, String> body, Map<Integer, String> responses) {
        return new ApiOperation(method, path, tag, summary, signedIn, query, body, responses);
    }

    private static Map<Integer, String> with(Map<Integer, String> base, Object... codesAndText) {
        Map<Integer, String> all = new LinkedHashMap<>(base);
        for (int i = 0; i < codesAndText.length; i += 2) {
            all.put((Integer) codesAndText[i], (String) codesAndText[i + 1]);
        }
        return all;
    }
}
