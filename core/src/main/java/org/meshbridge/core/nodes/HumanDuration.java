package org.meshbridge.core.nodes;

import java.time.Duration;

/** Durations for alert texts: {@code 2d 3h}, {@code 2h 10m}, {@code 5m 30s}, {@code 45s}. */
final class HumanDuration {

    private HumanDuration() {
    }

    static String of(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long days = s / 86_400;
        long hours = s % 86_400 / 3_600;
        long minutes = s % 3_600 / 60;
        long seconds = s % 60;
        if (days > 0) {
            return hours > 0 ? days + "d " + hours + "h" : days + "d";
        }
        if (hours > 0) {
            return minutes > 0 ? hours + "h " + minutes + "m" : hours + "h";
        }
        if (minutes > 0) {
            return seconds > 0 ? minutes + "m " + seconds + "s" : minutes + "m";
        }
        return seconds + "s";
    }
}
