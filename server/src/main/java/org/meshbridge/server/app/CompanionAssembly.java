package org.meshbridge.server.app;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.meshbridge.core.bridge.ChannelRoom;
import org.meshbridge.core.companion.ChannelSlot;
import org.meshbridge.core.companion.ChannelSlotStore;
import org.meshbridge.core.companion.InboxStore;
import org.meshbridge.core.companion.VirtualCompanion;
import org.meshbridge.core.companion.VirtualCompanions;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.room.Room;
import org.meshbridge.core.room.RoomEvents;
import org.meshbridge.core.room.PostStore;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.accounts.AccountException;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.companion.CompanionDevice;
import org.meshbridge.server.companion.CompanionLimits;
import org.meshbridge.server.companion.CompanionListenException;
import org.meshbridge.server.companion.CompanionListener;
import org.meshbridge.server.companion.CompanionTls;
import org.meshbridge.server.config.CompanionListenerSettings;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.net.RateLimiter;
import org.meshbridge.server.web.NodeHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The virtual companions and their TCP listeners of one run. Each listener's account must exist
 * ({@code meshbridge user add}); its mesh identity is the one the accounts service keeps for it.
 * Listeners bind at start, before the core runs; connections that arrive before the companions are
 * open are closed at once. When an account's password changes or it is removed, its apps are
 * disconnected. In the demo a listener that cannot bind is reported in the banner instead of
 * stopping the demo.
 */
final class CompanionAssembly {

    private static final Logger LOG = LoggerFactory.getLogger(CompanionAssembly.class);

    private final List<CompanionListenerSettings> settings;
    private final Map<String, LocalIdentity> identities;
    private final List<CompanionListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final CompanionLimits limits;
    private volatile VirtualCompanions companions;
    private volatile Scheduler scheduler;

    private CompanionAssembly(List<CompanionListenerSettings> settings, Map<String, LocalIdentity> identities,
                              CompanionLimits limits) {
        this.settings = settings;
        this.identities = identities;
        this.limits = limits;
    }

    /**
     * Reads each listed account's mesh identity (blocking: the accounts' store) and disconnects an
     * account's apps when its password changes or it is removed. {@code sends} is the web's posts-per-account
     * limiter ({@code server.rate_limits.posts}): an account's sends from its apps take from the same budget.
     *
     * @throws StartupException naming {@code companion.listeners[i].account} when there is no such account
     */
    static CompanionAssembly open(MeshbridgeConfig config, Accounts accounts, Optional<RateLimiter> sends) {
        Map<String, LocalIdentity> identities = new LinkedHashMap<>();
        List<CompanionListenerSettings> listeners = config.companion().listeners();
        for (int i = 0; i < listeners.size(); i++) {
            String account = listeners.get(i).account();
            if (identities.containsKey(account)) {
                continue;
            }
            try {
                identities.put(account, accounts.meshIdentity(account));
            } catch (AccountException e) {
                throw new StartupException("companion.listeners[" + i + "].account: there is no account named " + account
                        + "; create it with 'meshbridge user add " + account + " --password-stdin --config FILE'", e);
            }
        }
        CompanionAssembly assembly = new CompanionAssembly(listeners, identities,
                new CompanionLimits(config.companion().idleTimeout(), sends));
        accounts.addRevocationListener(assembly::disconnect);
        accounts.addRemovalListener(assembly::closeCompanion);
        return assembly;
    }

    /** Closes every app connection of {@code account} (its password changed, or it was removed). */
    void disconnect(String account) {
        for (CompanionListener l : listeners) {
            if (l.account().equals(account)) {
                l.disconnectAll();
            }
        }
    }

    /** A removed account's companion closes (on the scheduler thread), so its listener serves nobody. */
    void closeCompanion(String account) {
        VirtualCompanions c = companions;
        Scheduler s = scheduler;
        if (c != null && s != null) {
            s.execute(() -> c.close(account));
        }
    }

    /**
     * Binds every listener.
     *
     * @throws StartupException with the reason, unless {@code demo} (then it is only reported)
     */
    void bind(Scheduler scheduler, CompanionDevice device, boolean demo) {
        for (int i = 0; i < settings.size(); i++) {
            CompanionListenerSettings s = settings.get(i);
            String account = s.account();
            try {
                InetSocketAddress address = s.listen().resolve();
                CompanionListener listener = new CompanionListener(address, s.tls().map(t -> new CompanionTls(t.certFile(),
                        t.keyFile(), t.clientCaFile())), s.allow(), scheduler, account, () -> companion(account), device, limits);
                listeners.add(listener.start());
            } catch (CompanionListenException | UnknownHostException e) {
                String reason = "companion.listeners[" + i + "]: " + e.getMessage();
                if (!demo) {
                    close();
                    throw new StartupException(reason, e);
                }
                LOG.warn("{}", reason);
                problems.add("Companion listener for " + account + " not started: " + e.getMessage());
            }
        }
    }

    /**
     * Opens the companions, makes the hosted rooms their contacts and bridges the channel rooms with
     * them; on the scheduler thread, after the rooms started. Each listener account's unread messages
     * are loaded from {@code inboxes} here (one indexed read per account, at most 512 rows), and the
     * channel slots its apps set from {@code channelSlots}.
     */
    void start(MeshNode node, Scheduler scheduler, PostStore posts, RoomEvents events, List<Room> rooms,
               List<ChannelRoom> channelRooms, List<ChannelSlot> channels, InboxStore inboxes,
               ChannelSlotStore channelSlots) {
        VirtualCompanions opened = new VirtualCompanions(node, scheduler, posts, events, channels, inboxes, channelSlots);
        this.scheduler = scheduler;
        rooms.forEach(opened::addRoom);
        channelRooms.forEach(opened::addChannelRoom);
        identities.forEach((account, identity) -> opened.open(account, identity, account));
        companions = opened;
    }

    /** The companions, once started (for the web app's direct messages). */
    Optional<VirtualCompanions> companions() {
        return Optional.ofNullable(companions);
    }

    private Optional<VirtualCompanion> companion(String account) {
        VirtualCompanions c = companions;
        return c == null ? Optional.empty() : c.get(account);
    }

    /** The banner lines: where each listener is and how to connect a stock client; problems in the demo. */
    List<String> bannerLines() {
        List<String> lines = new ArrayList<>(problems);
        for (CompanionListener l : listeners) {
            InetSocketAddress a = l.address();
            String host = a.getAddress().getHostAddress();
            lines.add("Companion protocol for account " + l.account() + " on " + host + ":" + a.getPort()
                    + ": connect a stock MeshCore client, e.g. 'meshcore-cli -t " + host + " -p " + a.getPort()
                    + " infos' or meshcore.js new TCPConnection(\"" + host + "\", " + a.getPort() + ")");
        }
        return lines;
    }

    /** The bound listeners. */
    List<CompanionListener> listeners() {
        return List.copyOf(listeners);
    }

    /** Stops every listener. */
    void close() {
        listeners.forEach(CompanionListener::close);
    }

    /**
     * What apps read as "the device": version, radio settings, uptime from {@code startedAt}, the
     * node's counters and, from the health snapshot (refreshed every few seconds), seconds on air and
     * the airtime queue.
     */
    static CompanionDevice device(MeshbridgeConfig config, Instant startedAt, MeshNode node, Supplier<NodeHealth> health) {
        return new CompanionDevice(BuildInfo.version(), config.radio().parameters(), 0, startedAt, node::stats, () -> {
            NodeHealth.Airtime airtime = health.get().airtime();
            return new CompanionDevice.Figures(Math.round(airtime.airtimeSeconds()), airtime.pending());
        });
    }
}
