package org.meshbridge.server.gateway;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.server.net.Backoff;
import org.meshbridge.server.net.PemFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote end of a gateway: owns a radio, forwards what it hears to the server with SNR and RSSI,
 * and transmits what the server sends. Reconnects with {@link Backoff}; while the server is
 * unreachable received packets wait in a bounded buffer (oldest dropped, counted) and go out in
 * order after the next welcome. Frames that are not valid MeshCore packets are dropped and counted.
 *
 * <p>All state lives on the given {@link Scheduler}'s thread; radio and socket threads hand their
 * events to it. Status lines for the operator go to {@code status}.
 */
public final class GatewayClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayClient.class);
    /** The server is given up on after this many ping intervals without a message. */
    private static final int SILENT_INTERVALS = 3;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final GatewayClientSettings settings;
    private final RadioLink radio;
    private final Scheduler scheduler;
    private final Consumer<String> status;
    private final Backoff backoff;
    private final HttpClient http;
    private final RxBuffer buffer;
    private ClientWebSocket socket;
    private boolean online;
    private boolean closed;
    private boolean txInFlight;
    private int failures;
    private long nextNonce;
    private Instant lastHeard;
    private Cancellable pinger = () -> false;
    private Cancellable retry = () -> false;
    private LinkState radioState = new LinkState.Connecting();
    private LinkState radioStateInHello = radioState;
    private long forwarded;
    private long droppedInvalid;
    private long transmitted;
    private long connections;

    /**
     * @throws IllegalArgumentException if the server URL is refused ({@link GatewayServerUri#check})
     *     or the CA file cannot be used
     */
    public GatewayClient(GatewayClientSettings settings, RadioLink radio, Scheduler scheduler, RandomGenerator random,
            Consumer<String> status) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.radio = Objects.requireNonNull(radio, "radio");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.status = Objects.requireNonNull(status, "status");
        this.backoff = new Backoff(settings.minBackoff(), settings.maxBackoff(), random);
        this.buffer = new RxBuffer(settings.bufferCapacity());
        GatewayServerUri.check(settings.server(), settings.insecure());
        this.http = HttpClient.newBuilder()
                .sslContext(settings.caFile().map(PemFiles::trustingContext).orElseGet(PemFiles::systemContext))
                .connectTimeout(ClientWebSocket.CONNECT_TIMEOUT)
                .build();
    }

    /** Starts the radio and connects to the server. Call once. */
    public void start() {
        radio.start(new RadioLink.Listener() {
            @Override
            public void onReceive(ReceivedFrame frame) {
                scheduler.execute(() -> heard(frame));
            }

            @Override
            public void onStateChange(LinkState state) {
                scheduler.execute(() -> radioChanged(state));
            }
        });
        scheduler.execute(this::connect);
    }

    /** The counters, read on the client's thread after the events already handed to it. */
    public CompletableFuture<GatewayClientStats> stats() {
        CompletableFuture<GatewayClientStats> result = new CompletableFuture<>();
        scheduler.execute(() -> result.complete(new GatewayClientStats(online, forwarded, buffer.size(),
                buffer.droppedTotal(), droppedInvalid, transmitted, connections)));
        return result;
    }

    /**
     * Says goodbye to the server, stops reconnecting and closes the radio. Call from outside the
     * scheduler's thread, before closing the scheduler; waits up to five seconds.
     */
    @Override
    public void close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        scheduler.execute(() -> {
            if (!closed) {
                closed = true;
                pinger.cancel();
                retry.cancel();
                if (socket != null) {
                    socket.close(CloseCode.NORMAL.code(), "gateway stopping");
                    socket = null;
                }
                online = false;
                radio.close();
                status.accept("stopped");
            }
            done.complete(null);
        });
        try {
            done.get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("gateway client did not stop within {}", CLOSE_WAIT);
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        status.accept("connecting to " + settings.server());
        ClientWebSocket.connect(http, settings.server(), scheduler, new ServerEvents())
                .whenComplete((connected, failure) -> scheduler.execute(() -> {
                    if (failure != null) {
                        reconnectLater("cannot connect: " + ClientWebSocket.rootMessage(failure));
                    } else if (closed) {
                        connected.close(CloseCode.NORMAL.code(), "gateway stopping");
                    } else {
                        opened(connected);
                    }
                }));
    }

    private void opened(ClientWebSocket connected) {
        if (connected.hasEnded()) {
            reconnectLater("the connection ended during the handshake");
            return;
        }
        socket = connected;
        lastHeard = scheduler.now();
        radioStateInHello = radioState;
        connected.send(GatewayCodec.encode(new Hello(GatewayProtocol.VERSION, settings.gatewayId(), settings.token(),
                radio.modulation(), settings.software(), radioState)));
        pinger = scheduler.scheduleAtFixedRate(settings.pingInterval(), settings.pingInterval(), this::pingOrGiveUp);
    }

    private void pingOrGiveUp() {
        Duration silence = Duration.between(lastHeard, scheduler.now());
        if (silence.compareTo(settings.pingInterval().multipliedBy(SILENT_INTERVALS)) >= 0) {
            drop(CloseCode.GOING_AWAY, "no answer from the server for " + silence.toSeconds() + " s");
        } else {
            socket.send(GatewayCodec.encode(new Ping(nextNonce++)));
        }
    }

    private void received(String text) {
        lastHeard = scheduler.now();
        GatewayMessage message;
        try {
            message = GatewayCodec.decode(text);
        } catch (MalformedFrameException e) {
            drop(CloseCode.MALFORMED, e.getMessage());
            return;
        }
        if (!message.type().fromServer()) {
            drop(CloseCode.MALFORMED, "'" + message.type().code() + "' is sent by gateways, not the server");
        } else if (message instanceof Welcome welcome) {
            welcomed(welcome);
        } else if (!online) {
            drop(CloseCode.MALFORMED, "expected welcome first, got '" + message.type().code() + "'");
        } else if (message instanceof TxMessage tx) {
            transmit(tx);
        } else if (message instanceof Ping ping) {
            socket.send(GatewayCodec.encode(new Pong(ping.nonce())));
        }
    }

    private void welcomed(Welcome welcome) {
        if (online) {
            drop(CloseCode.MALFORMED, "a second welcome");
            return;
        }
        online = true;
        failures = 0;
        connections++;
        status.accept("connected to " + settings.server() + " as " + settings.gatewayId() + " (link "
                + welcome.linkId() + ")");
        if (!radioState.equals(radioStateInHello)) {
            socket.send(GatewayCodec.encode(new LinkReport(radioState)));
        }
        long dropped = buffer.droppedSinceDrain();
        List<RxMessage> held = buffer.drain();
        held.forEach(this::forward);
        if (!held.isEmpty() || dropped > 0) {
            status.accept("sent " + held.size() + " packets buffered while offline (" + dropped
                    + " older ones dropped: buffer holds " + settings.bufferCapacity() + ")");
        }
    }

    private void transmit(TxMessage tx) {
        if (txInFlight || !isValidPacket(tx.packet())) {
            socket.send(GatewayCodec.encode(new TxReport(tx.id(), TxResult.NOT_SENT)));
            return;
        }
        txInFlight = true;
        transmitted++;
        ClientWebSocket requestedOn = socket;
        radio.transmit(tx.packet()).whenComplete((result, failure) -> scheduler.execute(() -> {
            txInFlight = false;
            TxResult verdict = failure != null || result == null ? TxResult.FAILED : result;
            if (socket == requestedOn && online) {
                socket.send(GatewayCodec.encode(new TxReport(tx.id(), verdict)));
            }
        }));
    }

    private void heard(ReceivedFrame frame) {
        if (!isValidPacket(frame.packet())) {
            droppedInvalid++;
            LOG.debug("dropped a {}-byte frame that is not a MeshCore packet", frame.packet().size());
            return;
        }
        RxMessage rx = new RxMessage(frame.packet(), frame.signal().map(GatewayClient::clamped), frame.receivedAt());
        if (online) {
            forward(rx);
        } else if (!closed) {
            buffer.add(rx);
        }
    }

    private void forward(RxMessage rx) {
        socket.send(GatewayCodec.encode(rx));
        forwarded++;
    }

    private void radioChanged(LinkState state) {
        radioState = state;
        status.accept("radio " + radio.id() + ": " + describe(state));
        if (online) {
            socket.send(GatewayCodec.encode(new LinkReport(state)));
        }
    }

    private void drop(CloseCode code, String reason) {
        if (socket != null) {
            socket.close(code.code(), reason);
        }
        ended(reason);
    }

    private void ended(String reason) {
        socket = null;
        online = false;
        pinger.cancel();
        reconnectLater(reason);
    }

    private void reconnectLater(String reason) {
        if (closed) {
            return;
        }
        failures++;
        Duration delay = backoff.delay(failures);
        status.accept("offline: " + reason + "; retrying in " + delay.toMillis() + " ms (" + buffer.size()
                + " packets buffered)");
        retry = scheduler.schedule(delay, this::connect);
    }

    private static boolean isValidPacket(Bytes packet) {
        try {
            Packet.decode(packet);
            return true;
        } catch (MalformedFrameException e) {
            return false;
        }
    }

    /** Within what the {@code rx} message carries (a radio may report beyond the wire's range). */
    private static SignalReport clamped(SignalReport s) {
        return new SignalReport(Math.max(-128, Math.min(127, s.snrQuarterDb())), Math.max(-255, Math.min(255, s.rssiDbm())));
    }

    private static String describe(LinkState state) {
        if (state instanceof LinkState.Up up) {
            return "up (" + up.detail() + ")";
        }
        if (state instanceof LinkState.Down down) {
            return "down (" + down.reason() + ")";
        }
        return state instanceof LinkState.Closed ? "closed" : "connecting";
    }

    private final class ServerEvents implements ClientWebSocket.Events {
        @Override
        public void onMessage(ClientWebSocket from, String text) {
            if (from == socket && !closed) {
                received(text);
            }
        }

        @Override
        public void onEnded(ClientWebSocket from, String reason) {
            if (from == socket && !closed) {
                ended(reason);
            }
        }
    }
}
