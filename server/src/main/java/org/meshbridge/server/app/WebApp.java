package org.meshbridge.server.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.meshbridge.core.airtime.BudgetState;
import org.meshbridge.core.companion.VirtualCompanions;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.room.DemoRoom;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.accounts.Account;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.config.ChannelSettings;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.RoomSettings;
import org.meshbridge.server.web.RadioHealth;
import org.meshbridge.server.web.RadioLinkHealth;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.StaticFiles;
import org.meshbridge.server.web.api.AdminResource;
import org.meshbridge.server.web.api.AdminStatus;
import org.meshbridge.server.web.api.ApiCatalog;
import org.meshbridge.server.web.auth.Authenticator;
import org.meshbridge.server.web.auth.RequestLimits;
import org.meshbridge.server.web.api.CompanionDirectMessages;
import org.meshbridge.server.web.api.DirectMessages;
import org.meshbridge.server.web.api.DirectMessagesResource;
import org.meshbridge.server.web.api.LiveEvents;
import org.meshbridge.server.web.api.LivePosts;
import org.meshbridge.server.web.api.NodesResource;
import org.meshbridge.server.web.api.OpenApiDocument;
import org.meshbridge.server.web.api.RegistryNodes;
import org.meshbridge.server.web.api.RoomInfo;
import org.meshbridge.server.web.api.RoomsResource;

/**
 * The web app and its REST resources, wired: rooms and posts (with read markers in the store),
 * nodes from the {@link NodeRegistry}, direct messages through each account's virtual companion,
 * the admin status, the OpenAPI document, and the static files. Built with the HTTP listener;
 * {@link #start} connects it to the core once that runs.
 */
final class WebApp {

    /** The classpath directory of the web app's files. */
    static final String STATIC_BASE = "web/";

    private final Scheduler scheduler;
    private final RoomAssembly rooms;
    private final Accounts accounts;
    private final LiveEvents live;
    private final NodeRegistry registry;
    private final RegistryNodes nodes;
    private final List<RoomInfo> catalog;
    private volatile CompanionDirectMessages dms;

    WebApp(MeshbridgeConfig config, boolean demo, Scheduler scheduler, RoomAssembly rooms, Accounts accounts,
           NodeRegistry registry, LiveEvents live) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.live = Objects.requireNonNull(live, "live");
        this.nodes = new RegistryNodes(registry, live);
        this.catalog = catalog(config, demo);
    }

    private static List<RoomInfo> catalog(MeshbridgeConfig config, boolean demo) {
        List<RoomInfo> catalog = new ArrayList<>();
        for (RoomSettings room : config.rooms()) {
            catalog.add(new RoomInfo(room.name(), RoomInfo.Kind.ROOM, true));
        }
        if (demo) {
            catalog.add(new RoomInfo(DemoRoom.NAME, RoomInfo.Kind.ROOM, true));
        }
        for (ChannelSettings channel : config.channels()) {
            catalog.add(new RoomInfo(channel.name(), RoomInfo.Kind.CHANNEL, channel.transmitInternet()));
        }
        return List.copyOf(catalog);
    }

    /** Every REST route of the web app (sign-in is the accounts'), and the OpenAPI document. */
    List<Route> routes(Authenticator auth, RequestLimits limits, Supplier<AdminStatus> status) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new RoomsResource(rooms::rooms, catalog, rooms.storage().posts(), rooms.storage().readMarkers(),
                this::nodeName, auth, limits).routes());
        routes.addAll(new NodesResource(nodes, auth).routes());
        routes.addAll(new DirectMessagesResource(new LateDirectMessages(), auth, limits).routes());
        routes.addAll(new AdminResource(status, auth).routes());
        routes.add(OpenApiDocument.route(ApiCatalog.operations(), BuildInfo.version()));
        return routes;
    }

    /** The web app's files. */
    static StaticFiles staticFiles() {
        return StaticFiles.load(WebApp.class.getClassLoader(), STATIC_BASE);
    }

    /**
     * Connects to the running core; on the scheduler thread, after the rooms opened (and before any
     * DM: the store fails the pending messages of the last run here). Browser DMs use
     * the run's one {@link VirtualCompanions} (the companion listeners' too): an account with an app
     * connected and a browser open has one companion, one inbox, one identity on the node.
     */
    void start(Rooms opened, VirtualCompanions companions) {
        opened.events().addListener(new LivePosts(live, this::nodeName));
        dms = new CompanionDirectMessages(companions, scheduler, this::meshIdentity, this::nodeName, live,
                rooms.storage().directMessages());
    }

    private Optional<String> nodeName(String id) {
        return registry.node(id).map(n -> n.name());
    }

    private CompletionStage<LocalIdentity> meshIdentity(String account) {
        return accounts.async(() -> accounts.meshIdentity(account));
    }

    /** The admin page's status: the radio and budget as the server last saw them, gateways, and the accounts. */
    AdminStatus status(RadioHealth radio, Optional<BudgetState> budget, List<RadioLinkHealth> gateways,
                       org.meshbridge.server.web.NodeHealth.Airtime counters) {
        AdminStatus.Airtime airtime = budget.map(b -> new AdminStatus.Airtime(seconds(b.window()), seconds(b.allowed()),
                seconds(b.used()), seconds(b.internetAllowed()), seconds(b.internetUsed()), b.queued(),
                counters.transmitted(), counters.dropped())).orElse(null);
        List<AdminStatus.User> users = accounts.list().stream()
                .map((Account a) -> new AdminStatus.User(a.name(), a.role().code())).toList();
        return new AdminStatus(radio, airtime, gateways, users);
    }

    private static double seconds(java.time.Duration d) {
        return d.toMillis() / 1000.0;
    }

    /** Direct messages once the core runs; 503 before. */
    private final class LateDirectMessages implements DirectMessages {
        @Override
        public boolean available() {
            return dms != null;
        }

        @Override
        public List<Conversation> conversations(String account) {
            return dms.conversations(account);
        }

        @Override
        public Optional<List<org.meshbridge.server.web.api.DmView>> messages(String account, String nodeId, long beforeId,
                                                                             int limit) {
            return dms.messages(account, nodeId, beforeId, limit);
        }

        @Override
        public CompletionStage<org.meshbridge.server.web.api.DmView> send(String account, String nodeId, String text) {
            return dms.send(account, nodeId, text);
        }

        @Override
        public int maxTextBytes() {
            return org.meshbridge.protocol.payload.PlaintextLimits.MAX_TEXT_BYTES;
        }
    }
}
