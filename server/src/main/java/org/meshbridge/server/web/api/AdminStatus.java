package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.meshbridge.server.web.RadioHealth;
import org.meshbridge.server.web.RadioLinkHealth;

/**
 * {@code GET /api/v1/admin/status}: the radio link, the airtime budget, the gateways and the accounts.
 *
 * @param radio as in {@code /healthz}
 * @param airtime the budget's window now (null without a radio)
 * @param gateways one entry per remote radio gateway (empty unless {@code radio.type: gateway})
 * @param users the accounts
 */
@JsonPropertyOrder({"radio", "airtime", "gateways", "users"})
public record AdminStatus(RadioHealth radio, Airtime airtime, List<RadioLinkHealth> gateways, List<User> users) {

    /**
     * The rolling duty-cycle window: airtime used against the budget, and the internet share.
     */
    @JsonPropertyOrder({"window_s", "budget_s", "used_s", "internet_budget_s", "internet_used_s", "queued",
        "transmitted", "dropped"})
    public record Airtime(@JsonProperty("window_s") double windowSeconds, @JsonProperty("budget_s") double budgetSeconds,
                          @JsonProperty("used_s") double usedSeconds,
                          @JsonProperty("internet_budget_s") double internetBudgetSeconds,
                          @JsonProperty("internet_used_s") double internetUsedSeconds, int queued, long transmitted,
                          long dropped) {
    }

    /** An account: name and role (admin, member, read-only). */
    public record User(String name, String role) {
    }

    public AdminStatus {
        Objects.requireNonNull(radio, "radio");
        gateways = List.copyOf(gateways);
        users = List.copyOf(users);
    }
}
