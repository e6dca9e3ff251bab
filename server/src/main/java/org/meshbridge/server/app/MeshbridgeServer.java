package org.meshbridge.server.app;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.random.RandomGenerator;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.battery.BatteryPoller;
import org.meshbridge.core.battery.BatteryReports;
import org.meshbridge.core.airtime.BudgetState;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.AccountsOptions;
import org.meshbridge.server.accounts.SchedulerClock;
import org.meshbridge.server.web.api.AdminStatus;
import org.meshbridge.server.web.api.HubLiveEvents;
import org.meshbridge.server.web.live.AccountViewers;
import org.meshbridge.server.web.live.LiveHub;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.companion.ChannelSlot;
import org.meshbridge.core.companion.VirtualCompanions;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeConfig;
import org.meshbridge.core.nodes.LivenessMonitor;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.sim.DemoMesh;
import org.meshbridge.core.room.DemoRoom;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.RadioType;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.metrics.LinkAirtime;
import org.meshbridge.server.mqtt.MqttBridge;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.mqtt.MqttStats;
import org.meshbridge.server.web.ComponentState;
import org.meshbridge.server.web.HealthEndpoint;
import org.meshbridge.server.web.HealthReport;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.ListenException;
import org.meshbridge.server.web.NodeHealth;
import org.meshbridge.server.web.PacketLog;
import org.meshbridge.server.web.PacketRecorder;
import org.meshbridge.server.web.PacketSummaries;
import org.meshbridge.server.web.PacketsEndpoint;
import org.meshbridge.server.web.RadioHealth;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.Routes;
import org.meshbridge.server.web.TlsFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of meshbridge, wired from a {@link Launch}: the bridge's identity from the data
 * directory, the radio ({@link RadioAssembly}) behind its airtime budget, the {@link MeshNode}
 * with the bridge endpoint on the Public channel, the store with the rooms and channel rooms
 * ({@link RoomAssembly}), the node registry and liveness monitor ({@link LivenessAssembly}, kept in
 * the store across restarts and loaded before the radio starts), the
 * MQTT bridge ({@link MqttAssembly}), the packet log, the meters and alert sinks
 * ({@link MetricsAndAlerts}), and HTTP with {@code /healthz}, {@code /metrics} and {@code /api/v1/packets}.
 *
 * <p>The node, the radio's timers and the simulated mesh run on {@link Environment#scheduler()};
 * HTTP threads read only thread-safe state: the packet log, the link's state, and a health
 * snapshot the scheduler refreshes every second. Start on port 0 in tests and read
 * {@link #httpAddress()}.
 */
public final class MeshbridgeServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MeshbridgeServer.class);

    /** The channels the bridge listens on, by the name the packet log shows. */
    static final Map<String, ChannelKey> CHANNELS = channels();
    /** How often the health snapshot of the node's counters is refreshed. */
    static final Duration HEALTH_REFRESH = Duration.ofSeconds(1);
    /** How often live connections whose session expired are closed, when no event reached them. */
    static final Duration SESSION_SWEEP = Duration.ofSeconds(30);
    /** The demo advertises more often than a real node, so its adverts show up while someone watches. */
    static final AdvertSchedule DEMO_ADVERTS = new AdvertSchedule(Duration.ofSeconds(16), Duration.ofMinutes(5),
            Duration.ofMinutes(30));

    private final Launch launch;
    private final Scheduler scheduler;
    private final Instant startedAt;
    private final IdentityStore.Loaded identity;
    private final PacketLog log = new PacketLog(PacketLog.DEFAULT_CAPACITY);
    private final RadioAssembly radio;
    private final Optional<LinkTap> tap;
    private final Optional<AirtimeScheduler> airtime;
    private final Optional<GatewayLinks> gateways;
    private final MeshNode node;
    private final BridgeEndpoint endpoint;
    private final HttpServer http;
    private final RoomAssembly rooms;
    private final LivenessAssembly liveness;
    private final BatteryAssembly battery;
    private final AccountAssembly accounts;
    private final CompanionAssembly companions;
    private final LiveHub hub;
    private Routes routeTable;
    private final WebApp web;
    private volatile Optional<BudgetState> budget = Optional.empty();
    private final MqttAssembly mqtt;
    private final RandomGenerator random;
    private final MetricsAndAlerts metricsAndAlerts;
    private final CompletableFuture<Void> coreStopped = new CompletableFuture<>();
    private volatile NodeHealth nodeHealth;
    private Cancellable healthRefresh;
    private Cancellable sessionSweep;
    /** What a failed start closes, newest first; emptied once the start succeeded. */
    private final Deque<Runnable> undoOnFailure = new ArrayDeque<>();

    private MeshbridgeServer(Launch launch, Environment env, InetSocketAddress listen) {
        MeshbridgeConfig config = launch.config();
        this.launch = launch;
        this.scheduler = env.scheduler();
        this.startedAt = scheduler.now();
        this.identity = IdentityStore.loadOrCreate(config.node().dataDir(), env.keyRandom());
        PacketRecorder recorder = new PacketRecorder(log, new PacketSummaries(CHANNELS));
        this.radio = RadioAssembly.build(config.radio(), env);
        this.tap = radio.link().map(link -> new LinkTap(link, scheduler, recorder));
        this.airtime = tap.map(t -> new AirtimeScheduler(scheduler, t, AirtimeEstimator.lora(t.modulation()),
                config.airtime().toAirtimeConfig()));
        NodeConfig nodeConfig = launch.isDemo() ? NodeConfig.DEFAULT.withAdverts(DEMO_ADVERTS) : NodeConfig.DEFAULT;
        this.liveness = new LivenessAssembly(config.monitoring(), scheduler);
        this.battery = new BatteryAssembly(config.monitoring(), launch.isDemo(), liveness.registry(), scheduler,
                config.node().dataDir(), env.keyRandom());
        MeshNode.Builder builder = liveness.listenTo(MeshNode.builder(scheduler, identity.identity()).config(nodeConfig)
                .random(env.random()).listener(recorder), identity.identity());
        tap.ifPresent(t -> builder.link(t, airtime.orElseThrow()));
        this.node = builder.build();
        this.gateways = config.radio().type() == RadioType.GATEWAY
                ? Optional.of(new GatewayLinks(config.radio().gateways(), scheduler, config.airtime().toAirtimeConfig()))
                : Optional.empty();
        gateways.ifPresent(g -> g.bind(node));
        this.endpoint = new BridgeEndpoint(identity.identity(), config.node().name(), List.copyOf(CHANNELS.values()),
                config.alerts().meshAdmins().stream().map(id -> Identity.of(Bytes.fromHex(id))).toList());
        this.nodeHealth = snapshot();
        this.random = env.random();
        this.rooms = RoomAssembly.open(config, scheduler, env.keyRandom());
        undoOnFailure.push(rooms::closeStore);
        try {
            List<String> roomNames = new ArrayList<>(rooms.names());
            if (launch.isDemo()) {
                roomNames.add(DemoRoom.NAME);
            }
            this.metricsAndAlerts = new MetricsAndAlerts(config, roomNames);
            undoOnFailure.push(metricsAndAlerts::close);
            this.mqtt = MqttAssembly.open(config, identity.identity(), rooms.storage(), this::health, env.random());
            undoOnFailure.push(mqtt::close);
            // The broker's own outages are bridge faults: alerted by the other sinks after the fault delay.
            mqtt.bridge().ifPresent(b -> b.addStateListener(stats -> {
                if (stats.state() == MqttStats.State.DOWN) {
                    liveness.monitor().reportFault("mqtt", stats.lastError().orElse("broker unreachable"));
                } else if (stats.state() == MqttStats.State.UP) {
                    liveness.monitor().clearFault("mqtt");
                }
            }));
            mqtt.bridge().ifPresent(metricsAndAlerts::mqtt);
            this.accounts = openAccounts(config, launch, env);
            undoOnFailure.push(accounts::close);
            this.hub = new LiveHub(AccountViewers.authenticator(accounts.accounts()));
            undoOnFailure.push(hub::close);
            AccountViewers.closeOnRevocation(accounts.accounts(), hub);
            metricsAndAlerts.connectedClients("web", hub::connectedClients);
            this.web = new WebApp(config, launch.isDemo(), scheduler, rooms, accounts.accounts(), liveness.registry(),
                    new HubLiveEvents(hub));
            this.companions = CompanionAssembly.open(config, accounts.accounts(), accounts.limits().postsPerAccount());
            undoOnFailure.push(companions::close);
            // after the companion's close (queued by the listener above): what reached the store since the delete goes too
            accounts.accounts().addRemovalListener(name -> scheduler.execute(() -> rooms.storage().accounts()
                    .deleteKeptAgain(name).whenComplete((done, e) -> {
                        if (e != null) {
                            LOG.warn("what is kept for removed account {} was not all deleted: {}", name, e.getMessage());
                        }
                    })));
            this.http = new HttpServer(listen, routes(), accounts.guard(
                    httpOptions(config.server(), gateways, listen), config.server().security())
                    .withWebSocket(hub.route()).withStaticFiles(WebApp.staticFiles()));
            undoOnFailure.push(http::close);
        } catch (RuntimeException e) {
            undoOpened();
            throw e;
        }
    }

    private AccountAssembly openAccounts(MeshbridgeConfig config, Launch launch, Environment env) {
        try {
            return AccountAssembly.open(rooms.storage(), config.server().security(), scheduler, env.keyRandom(),
                    launch.isDemo());
        } catch (RuntimeException e) {
            throw new StartupException("cannot open the accounts: " + e.getMessage(), e);
        }
    }

    /** Closes what the constructor or {@link #start} opened, newest first, after a failed start. */
    private void undoOpened() {
        while (!undoOnFailure.isEmpty()) {
            try {
                undoOnFailure.pop().run();
            } catch (RuntimeException suppressed) {
                // the start already failed; its first error is the one to report
            }
        }
    }

    /**
     * Starts {@code launch}: HTTP first (so a taken port stops the start before the radio is
     * touched), then the companion listeners, MQTT, and the node, the radio and the simulated mesh on
     * the scheduler.
     *
     * @throws StartupException with a one-line reason (identity file, listen address)
     */
    public static MeshbridgeServer start(Launch launch, Environment env) {
        Objects.requireNonNull(launch, "launch");
        Objects.requireNonNull(env, "env");
        MeshbridgeServer server = new MeshbridgeServer(launch, env, resolve(launch));
        try {
            server.http.start();
            server.companions.bind(env.scheduler(), CompanionAssembly.device(launch.config(), server.startedAt, server.node,
                    () -> server.nodeHealth),
                    launch.isDemo());
        } catch (ListenException e) {
            server.undoOpened();
            throw new StartupException(e.getMessage(), e);
        } catch (RuntimeException e) {
            server.undoOpened();
            throw e;
        }
        server.undoOnFailure.clear();
        server.mqtt.start();
        env.scheduler().execute(server::startCore);
        return server;
    }

    /**
     * Health, packets and metrics, sign-in and accounts, and the web app's REST resources (signed in
     * with a bearer token).
     */
    private Routes routes() {
        if (routeTable != null) {
            return routeTable;
        }
        List<Route> routes = new ArrayList<>(List.of(HealthEndpoint.route(this::health), PacketsEndpoint.route(log)));
        metricsAndAlerts.route().ifPresent(routes::add);
        routes.addAll(accounts.routes());
        routes.addAll(web.routes(accounts.authenticator(), accounts.limits(), this::adminStatus));
        routeTable = Routes.of(routes);
        return routeTable;
    }

    /** The admin page's status; on an HTTP thread (reads the accounts). */
    private AdminStatus adminStatus() {
        HealthReport report = health();
        List<org.meshbridge.server.web.RadioLinkHealth> links = gateways.isPresent() ? report.radio().links() : List.of();
        return web.status(report.radio(), budget, links, nodeHealth.airtime());
    }

    private static HttpOptions httpOptions(ServerSettings server, Optional<GatewayLinks> gateways, InetSocketAddress listen) {
        HttpOptions plain = HttpOptions.loopbackOnly().withInsecure(server.insecure());
        HttpOptions options = server.tls().map(t -> plain.withTls(new TlsFiles(t.certFile(), t.keyFile()))).orElse(plain);
        if (gateways.isPresent()) {
            if (server.tls().isEmpty() && (listen.isUnresolved() || !listen.getAddress().isLoopbackAddress())) {
                throw new StartupException("radio type gateway needs server.tls or a loopback listener, not plain HTTP on "
                        + listen + ": gateway tokens and packets must not cross the network in clear", null);
            }
            options = options.withWebSocket(gateways.get().route());
        }
        return options;
    }

    private static InetSocketAddress resolve(Launch launch) {
        var listen = launch.config().server().listen();
        try {
            return listen.resolve();
        } catch (UnknownHostException e) {
            throw new StartupException("cannot resolve host '" + listen.host() + "' in server.listen " + listen, e);
        }
    }

    private void startCore() {
        liveness.restoreFrom(rooms.storage().nodes(identity.identity().publicKey().hex()));
        node.register(endpoint);
        metricsAndAlerts.attach(liveness.registry(), node, identity.identity());
        mqtt.attachNodes(liveness.registry(), scheduler);
        mqtt.attachNode(node);
        node.start();
        radio.mesh().ifPresent(mesh -> mesh.start());
        liveness.start();
        battery.start(node, random);
        rooms.start(node, scheduler, random, launch.isDemo() ? radio.mesh() : Optional.empty());
        accounts.start(scheduler);
        rooms.rooms().ifPresent(opened -> companions.start(node, scheduler, rooms.storage().posts(), opened.events(),
                rooms.hosted(), rooms.channelRooms(), companionChannels(), rooms.storage().inboxes(),
                rooms.storage().channelSlots()));
        web.start(rooms.rooms().orElseThrow(), companions.companions().orElseThrow());
        companions.companions().ifPresent(c -> c.addReplyListener(battery.reports()));
        rooms.rooms().ifPresent(metricsAndAlerts::roomsStarted);
        rooms.rooms().ifPresent(mqtt::attach);
        healthRefresh = scheduler.scheduleAtFixedRate(Duration.ZERO, HEALTH_REFRESH, this::refresh);
        sessionSweep = scheduler.scheduleAtFixedRate(SESSION_SWEEP, SESSION_SWEEP, hub::closeExpiredSessions);
    }

    /** Fresh snapshots for {@code /healthz} and {@code /metrics}; on the scheduler thread. */
    private void refresh() {
        nodeHealth = snapshot();
        List<LinkAirtime> links = new ArrayList<>();
        tap.ifPresent(t -> airtime.ifPresent(a -> links.add(new LinkAirtime(t.id(), a.stats(), a.budget()))));
        gateways.ifPresent(g -> links.addAll(g.links()));
        metricsAndAlerts.refresh(node.stats(), links, scheduler.now());
    }

    /** The node's counters now; on the scheduler thread (or before the core starts). */
    private NodeHealth snapshot() {
        budget = airtime.map(AirtimeScheduler::budget);
        NodeHealth.Airtime budget = airtime.map(a -> NodeHealth.Airtime.of(a.stats()))
                .or(() -> gateways.map(GatewayLinks::airtime)).orElse(NodeHealth.Airtime.NONE);
        return NodeHealth.of(launch.config().node().name(), identity.identity().publicKey().hex(), node.stats(), budget,
                log.total());
    }

    /** The current health report; safe from any thread. */
    public HealthReport health() {
        RadioHealth radioHealth = tap.map(t -> radioHealth(t.id(), t.state()))
                .or(() -> gateways.map(GatewayLinks::health)).orElse(RadioHealth.NONE);
        long uptime = Math.max(0, Duration.between(startedAt, scheduler.now()).toSeconds());
        return new HealthReport(HealthReport.statusFor(radioHealth), BuildInfo.version(), launch.mode().code(), uptime,
                radioHealth, nodeHealth, rooms.health(), mqtt.health());
    }

    private RadioHealth radioHealth(String id, LinkState state) {
        String type = launch.config().radio().type().code();
        if (state instanceof LinkState.Up up) {
            return new RadioHealth(ComponentState.UP, id, type, up.detail());
        } else if (state instanceof LinkState.Down down) {
            return new RadioHealth(ComponentState.DOWN, id, type, down.reason());
        } else if (state instanceof LinkState.Closed) {
            return new RadioHealth(ComponentState.CLOSED, id, type, null);
        }
        return new RadioHealth(ComponentState.CONNECTING, id, type, null);
    }

    /** The address HTTP is bound to (the real port when started on port 0). */
    public InetSocketAddress httpAddress() {
        return http.address();
    }

    /** Completes the first time the radio reports Up; never without a radio. */
    public CompletionStage<LinkState.Up> radioUp() {
        return tap.map(LinkTap::firstUp).orElseGet(CompletableFuture::new);
    }

    /** The lines printed at start: what runs, and where to look. */
    public List<String> banner() {
        return Banner.lines(launch, identity, tap.map(LinkTap::id), httpAddress(), rooms.storage().dialect(),
                accounts.demoPassword(), companions.bannerLines());
    }

    /** Completes when HTTP has stopped (after {@link #close()}). */
    public CompletableFuture<Void> stopped() {
        return http.closed();
    }

    /** Every HTTP route (for the OpenAPI document's test). */
    Routes routeTable() {
        return routes();
    }

    /** The demo's lobby (for tests that make its members talk), once the core started. */
    Optional<org.meshbridge.core.room.DemoRoom> demoRoom() {
        return rooms.demoRoom();
    }

    /** The live event hub on {@code /ws}. */
    public LiveHub liveHub() {
        return hub;
    }


    /** The hosted rooms, once the core started on the scheduler. */
    public Optional<Rooms> rooms() {
        return rooms.rooms();
    }

    /**
     * Every node heard, with its liveness; read from any thread, subscribe with
     * {@code nodes().addListener(...)} for updates and alerts (called on the scheduler thread).
     */
    public NodeRegistry nodes() {
        return liveness.registry();
    }

    /**
     * Battery readings from status/telemetry replies; wire virtual companions to it with
     * {@code companions.addReplyListener(server.batteryReports())}.
     */
    public BatteryReports batteryReports() {
        return battery.reports();
    }

    /** The periodic battery poll while it runs ({@code monitoring.battery.poll}, or the demo's); stats from any thread. */
    public Optional<BatteryPoller> batteryPoller() {
        return battery.poller();
    }

    /** Liveness and bridge faults: {@code reportFault}/{@code clearFault} from any thread. */
    public LivenessMonitor liveness() {
        return liveness.monitor();
    }

    /** The accounts, their sessions and mesh identities (blocking calls: not on the event loop or scheduler). */
    public org.meshbridge.server.accounts.Accounts accounts() {
        return accounts.accounts();
    }

    /** Makes routes that answer only signed-in callers (and the post rate limits), for the REST resources. */
    public org.meshbridge.server.web.auth.Authenticator authenticator() {
        return accounts.authenticator();
    }

    /** The virtual companions (one per account with a companion listener), once the core started. */
    public Optional<VirtualCompanions> companions() {
        return companions.companions();
    }

    /** The addresses the companion listeners are bound to, by account (real ports when configured with port 0). */
    public Map<String, InetSocketAddress> companionAddresses() {
        Map<String, InetSocketAddress> out = new LinkedHashMap<>();
        companions.listeners().forEach(l -> out.putIfAbsent(l.account(), l.address()));
        return out;
    }

    /**
     * The channel slots every companion starts with: Public, then the configured channels. A server
     * channel takes internet posts only if the operator set {@code transmit_internet} (the demo's Public does).
     */
    private List<ChannelSlot> companionChannels() {
        List<ChannelSlot> slots = new ArrayList<>();
        boolean publicOpen = launch.isDemo() || launch.config().channels().stream()
                .anyMatch(c -> c.key().equals(ChannelKey.PUBLIC) && c.transmitInternet());
        slots.add(new ChannelSlot("Public", ChannelKey.PUBLIC, publicOpen));
        launch.config().channels().stream().filter(c -> !c.key().equals(ChannelKey.PUBLIC)).limit(7)
                .forEach(c -> slots.add(new ChannelSlot(c.name(), c.key(), c.transmitInternet())));
        return slots;
    }

    /** The MQTT bridge, when {@code mqtt.enabled}: its stats for /metrics and /healthz. */
    public Optional<MqttBridge> mqtt() {
        return mqtt.bridge();
    }

    /** The simulated mesh the demo runs on (for tests that stop its nodes or read its companions). */
    Optional<DemoMesh> demoMesh() {
        return radio.mesh();
    }

    /** The store's writer has finished everything queued so far (for tests on virtual time). */
    void drainStore() {
        rooms.storage().drain();
    }

    /**
     * Waits for the store's writer only if it has work outstanding: for tests on a manual
     * scheduler, to run after every task (see {@code ManualScheduler.afterEachTask}).
     */
    void settleStore() {
        rooms.storage().settle();
    }

    /** Completes when the rooms, the node, the budget, the simulated mesh and the store have stopped. */
    public CompletableFuture<Void> coreStopped() {
        return coreStopped.copy();
    }

    /**
     * Stops HTTP and the radio link now, and hands the node's stop to the scheduler (see
     * {@link #coreStopped()}). Idempotent.
     */
    @Override
    public void close() {
        companions.close();
        gateways.ifPresent(GatewayLinks::close);
        hub.close();
        http.close();
        accounts.close();
        mqtt.close();
        tap.ifPresent(LinkTap::close);
        scheduler.execute(this::stopCore);
    }

    private void stopCore() {
        if (coreStopped.isDone()) {
            return;
        }
        if (healthRefresh != null) {
            healthRefresh.cancel();
            sessionSweep.cancel();
        }
        rooms.stopRooms();
        battery.stop();
        liveness.stop();
        radio.mesh().ifPresent(mesh -> mesh.stop());
        node.close();
        airtime.ifPresent(AirtimeScheduler::close);
        gateways.ifPresent(GatewayLinks::closeBudgets);
        rooms.closeStore();
        metricsAndAlerts.close();
        coreStopped.complete(null);
    }

    private static Map<String, ChannelKey> channels() {
        Map<String, ChannelKey> channels = new LinkedHashMap<>();
        channels.put("public", ChannelKey.PUBLIC);
        return channels;
    }
}
