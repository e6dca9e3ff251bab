package org.meshbridge.core.nodes;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A time when silence (and battery) alerts of some or all nodes are held back, because the
 * operator is working on them. Alerts held back are not lost: when the window ends and the node
 * is still silent, the alert goes out then.
 *
 * @param nodes the nodes it covers; empty means every node
 * @param time when
 */
public record MaintenanceWindow(List<NodeMatch> nodes, Time time) {

    public MaintenanceWindow {
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        Objects.requireNonNull(time, "time");
    }

    /** True when the window covers this node at {@code at}. */
    public boolean covers(String nodeId, String name, Instant at) {
        return time.covers(at) && (nodes.isEmpty() || nodes.stream().anyMatch(m -> m.matches(nodeId, name)));
    }

    /** When a window is open. */
    public sealed interface Time {
        boolean covers(Instant at);
    }

    /**
     * Once, from {@code from} (included) until {@code until} (excluded).
     */
    public record Once(Instant from, Instant until) implements Time {
        public Once {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (!until.isAfter(from)) {
                throw new IllegalArgumentException("a maintenance window must end after it starts: " + from + " .. " + until);
            }
        }

        @Override
        public boolean covers(Instant at) {
            return !at.isBefore(from) && at.isBefore(until);
        }
    }

    /**
     * Every listed day from {@code start} to {@code end} local time in {@code zone}; an end before
     * the start runs past midnight into the next day (the day listed is the day it starts).
     */
    public record Daily(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) implements Time {
        public Daily {
            Objects.requireNonNull(days, "days");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(zone, "zone");
            if (days.isEmpty()) {
                throw new IllegalArgumentException("a daily maintenance window needs at least one day");
            }
            if (start.equals(end)) {
                throw new IllegalArgumentException("a daily maintenance window must not start and end at the same time: " + start);
            }
            days = Set.copyOf(EnumSet.copyOf(days));
        }

        @Override
        public boolean covers(Instant at) {
            ZonedDateTime local = at.atZone(zone);
            LocalTime t = local.toLocalTime();
            DayOfWeek day = local.getDayOfWeek();
            if (start.isBefore(end)) {
                return days.contains(day) && !t.isBefore(start) && t.isBefore(end);
            }
            return (days.contains(day) && !t.isBefore(start)) || (days.contains(day.minus(1)) && t.isBefore(end));
        }
    }
}
