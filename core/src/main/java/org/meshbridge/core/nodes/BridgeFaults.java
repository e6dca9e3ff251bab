package org.meshbridge.core.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults of the bridge itself, kept apart from node silence. A component reported faulty is
 * alerted ({@link AlertKind#BRIDGE_FAULT}) once it has stayed faulty for the delay, so a reconnect
 * that takes a second raises nothing; clearing an alerted fault sends
 * {@link AlertKind#BRIDGE_RECOVERED}. Per component, alerts alternate, and a new fault within the
 * cooldown of the last fault alert waits for the cooldown to end. Pure: the caller passes the
 * time; not thread-safe.
 */
public final class BridgeFaults {

    private final Duration delay;
    private final Duration cooldown;
    private final Map<String, BridgeFault> open = new LinkedHashMap<>();
    private final Map<String, Instant> lastAlert = new HashMap<>();

    /**
     * @param delay how long a component must stay faulty before it is alerted (zero: at once)
     * @param cooldown at least this long between two fault alerts of one component
     */
    public BridgeFaults(Duration delay, Duration cooldown) {
        this.delay = Objects.requireNonNull(delay, "delay");
        this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
    }

    /** {@code component} is faulty; reporting it again only updates the reason. */
    public List<Alert> report(String component, String reason, Instant at) {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(reason, "reason");
        BridgeFault known = open.get(component);
        open.put(component, known == null ? new BridgeFault(component, reason, at, false)
                : new BridgeFault(component, reason, known.since(), known.alerted()));
        return evaluate(at);
    }

    /** {@code component} works again; a recovery alert if its fault had been alerted. */
    public List<Alert> clear(String component, String reason, Instant at) {
        BridgeFault fault = open.remove(component);
        if (fault == null || !fault.alerted()) {
            return List.of();
        }
        return List.of(new Alert(AlertKind.BRIDGE_RECOVERED, component, at, component + ": " + reason + " after "
                + HumanDuration.of(Duration.between(fault.since(), at)), Optional.empty()));
    }

    /** Alerts the faults that are now due. */
    public List<Alert> evaluate(Instant now) {
        List<Alert> alerts = new ArrayList<>();
        for (BridgeFault fault : List.copyOf(open.values())) {
            if (fault.alerted() || now.isBefore(fault.since().plus(delay))) {
                continue;
            }
            Instant last = lastAlert.get(fault.component());
            if (last != null && now.isBefore(last.plus(cooldown))) {
                continue;
            }
            open.put(fault.component(), new BridgeFault(fault.component(), fault.reason(), fault.since(), true));
            lastAlert.put(fault.component(), now);
            alerts.add(new Alert(AlertKind.BRIDGE_FAULT, fault.component(), now, fault.component() + ": " + fault.reason()
                    + (fault.since().equals(now) ? "" : " (since " + HumanDuration.of(Duration.between(fault.since(), now)) + ")"),
                    Optional.empty()));
        }
        return alerts;
    }

    /** The open faults, oldest first. */
    public List<BridgeFault> faults() {
        return List.copyOf(open.values());
    }

    public boolean isFaulty(String component) {
        return open.containsKey(component);
    }
}
