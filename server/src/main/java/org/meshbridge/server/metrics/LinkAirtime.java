package org.meshbridge.server.metrics;

import java.util.Objects;
import org.meshbridge.core.airtime.AirtimeStats;
import org.meshbridge.core.airtime.BudgetState;

/**
 * One radio link's airtime budget at a snapshot.
 *
 * @param link the link's id ({@code sim0}, {@code kiss0}, a gateway's link id), the {@code link} label
 * @param stats the budget's counters since it started
 * @param budget the trailing window now
 */
public record LinkAirtime(String link, AirtimeStats stats, BudgetState budget) {

    public LinkAirtime {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(budget, "budget");
    }
}
