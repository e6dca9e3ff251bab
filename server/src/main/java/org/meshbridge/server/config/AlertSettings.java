package org.meshbridge.server.config;

import java.util.List;
import java.util.Objects;

/**
 * The {@code alerts} section: where node and bridge alerts go besides MQTT (see
 * {@code docs/monitoring.md}, "Alert sinks").
 *
 * @param log one structured line per alert in the server log; default true
 * @param webhooks JSON POSTs signed with HMAC-SHA256, retried with backoff
 * @param meshAdmins node ids (64 lowercase hex digits) that get each alert as a direct message
 *     over the mesh, through the airtime budget; at most {@value #MAX_MESH_ADMINS}
 */
public record AlertSettings(boolean log, List<WebhookSettings> webhooks, List<String> meshAdmins) {

    public static final int MAX_WEBHOOKS = 10;
    public static final int MAX_MESH_ADMINS = 10;

    public static final AlertSettings DEFAULTS = new AlertSettings(true, List.of(), List.of());

    public AlertSettings {
        webhooks = List.copyOf(Objects.requireNonNull(webhooks, "webhooks"));
        meshAdmins = List.copyOf(Objects.requireNonNull(meshAdmins, "meshAdmins"));
        if (webhooks.size() > MAX_WEBHOOKS || meshAdmins.size() > MAX_MESH_ADMINS) {
            throw new IllegalArgumentException("at most " + MAX_WEBHOOKS + " webhooks and " + MAX_MESH_ADMINS + " mesh admins");
        }
    }
}
