package org.meshbridge.server.radio;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.server.net.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every byte-stream radio link does, whatever the device speaks: open the device, run a
 * reader thread, hand the bytes to a {@link DeviceSession}, report {@link LinkState}s, keep one
 * frame in flight, and reconnect with {@link Backoff} when the device goes away.
 *
 * <p>Threads: all link state lives on one worker thread per link ({@code radio-<id>}); the
 * reader thread ({@code radio-<id>-reader}, one per connection) only reads and hands chunks to
 * it, and timers from the {@link Scheduler} only hand tasks to it. So listener calls come from
 * the worker, one at a time, and sessions need no locks. Opening the device also runs on the
 * worker: a TCP connect can hold it for up to the connect timeout.
 */
final class StreamLinkEngine {

    private static final Logger LOG = LoggerFactory.getLogger(StreamLinkEngine.class);

    private final String id;
    private final DeviceAddress device;
    private final ByteStream.Opener opener;
    private final Scheduler scheduler;
    private final LinkTiming timing;
    private final Backoff backoff;
    private final Function<Connection, DeviceSession> sessions;
    private final LinkCounters counters = new LinkCounters();
    private final ExecutorService worker;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile RadioLink.Listener listener;
    private volatile LinkState state = new LinkState.Connecting();
    private volatile boolean closed;
    private volatile Connection current;
    private volatile Thread workerThread;
    private final TxSlot tx = new TxSlot(counters);
    private LinkState reported;
    private Cancellable reconnectTimer;

    StreamLinkEngine(String id, DeviceAddress device, ByteStream.Opener opener, Scheduler scheduler,
            RandomGenerator random, LinkTiming timing, Function<Connection, DeviceSession> sessions) {
        this.id = Objects.requireNonNull(id, "id");
        this.device = Objects.requireNonNull(device, "device");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.backoff = new Backoff(timing.backoffInitial(), timing.backoffMax(), random);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "radio-" + id);
            t.setDaemon(true);
            workerThread = t;
            return t;
        });
    }

    String id() {
        return id;
    }

    DeviceAddress device() {
        return device;
    }

    LinkState state() {
        return state;
    }

    LinkCounters counters() {
        return counters;
    }

    void start(RadioLink.Listener listener) {
        Objects.requireNonNull(listener, "listener");
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("link " + id + " was already started");
        }
        this.listener = listener;
        post(this::connect);
    }

    CompletionStage<TxResult> transmit(Bytes packet) {
        Objects.requireNonNull(packet, "packet");
        CompletableFuture<TxResult> result = new CompletableFuture<>();
        if (!started.get() || closed) {
            tx.complete(result, TxResult.NOT_SENT);
            return result;
        }
        try {
            worker.execute(() -> {
                try {
                    startTx(packet, result);
                } catch (RuntimeException e) {
                    LOG.error("radio link {}: transmit failed unexpectedly", id, e);
                    tx.complete(result, TxResult.FAILED);
                }
            });
        } catch (RejectedExecutionException e) {
            tx.complete(result, TxResult.NOT_SENT);
        }
        return result;
    }

    void close() {
        if (!closed) {
            closed = true;
            Connection c = current;
            if (c != null) {
                c.stream.close(); // ends a blocked read at once
            }
            post(this::shutdown);
            worker.shutdown();
        }
        if (Thread.currentThread() != workerThread) {
            awaitWorker();
        }
    }

    private void awaitWorker() {
        try {
            if (!worker.awaitTermination(timing.connectTimeout().toMillis() + 2000, TimeUnit.MILLISECONDS)) {
                LOG.warn("radio link {}: its thread did not stop in time", id);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- everything below runs on the worker thread ----

    private void connect() {
        reconnectTimer = null;
        if (closed) {
            return;
        }
        setState(new LinkState.Connecting());
        ByteStream stream;
        try {
            stream = opener.open(device, timing.connectTimeout());
        } catch (IOException | RuntimeException e) {
            down(e.getMessage() == null ? e.toString() : e.getMessage());
            return;
        }
        if (closed) {
            stream.close();
            return;
        }
        Connection c = new Connection(stream);
        c.session = sessions.apply(c);
        current = c;
        c.handshakeTimer = c.schedule(timing.handshakeTimeout(),
                () -> lost(c, c.session.handshakeTimeoutReason(timing.handshakeTimeout())));
        c.startReader();
        try {
            c.session.begin();
        } catch (IOException e) {
            lost(c, "write to " + device + " failed: " + e.getMessage());
        }
    }

    /** Sets the reconnect timer before reporting, so whoever sees Down finds the retry already planned. */
    private void down(String reason) {
        scheduleReconnect(reason);
        setState(new LinkState.Down(reason));
    }

    private void scheduleReconnect(String reason) {
        if (closed) {
            return;
        }
        Duration delay = backoff.next();
        LOG.warn("radio link {} down: {}; retrying in {} ms", id, reason, delay.toMillis());
        reconnectTimer = scheduler.schedule(delay, () -> post(this::connect));
    }

    private void lost(Connection c, String reason) {
        if (c != current || closed) {
            return; // after close() the stream fails on purpose; shutdown() ends it and reports Closed
        }
        c.end();
        current = null;
        counters.disconnected();
        tx.finish(TxResult.FAILED); // it may have been on air: we cannot tell
        down(reason);
    }

    private void startTx(Bytes packet, CompletableFuture<TxResult> result) {
        Connection c = current;
        Optional<String> refusal = closed || c == null || !state.isUp() ? Optional.of("the link is not up")
                : tx.isBusy() ? Optional.of("a frame is already in flight; the caller must wait for it")
                : c.session.refuse(packet);
        if (refusal.isPresent()) {
            LOG.warn("radio link {}: frame not sent: {}", id, refusal.get());
            tx.complete(result, TxResult.NOT_SENT);
            return;
        }
        Duration timeout = c.session.txTimeout(packet);
        tx.take(result);
        tx.arm(c.schedule(timeout, () -> {
            if (tx.holds(result)) {
                LOG.warn("radio link {}: no transmit report within {} ms", id, timeout.toMillis());
                tx.finish(TxResult.FAILED);
            }
        }));
        try {
            c.session.send(packet);
        } catch (IOException e) {
            tx.finish(TxResult.NOT_SENT);
            lost(c, "write to " + device + " failed: " + e.getMessage());
        }
    }

    private void shutdown() {
        if (reconnectTimer != null) {
            reconnectTimer.cancel();
            reconnectTimer = null;
        }
        Connection c = current;
        if (c != null) {
            c.end();
            current = null;
        }
        tx.finish(TxResult.NOT_SENT);
        setState(new LinkState.Closed());
    }

    private void setState(LinkState next) {
        if (next.equals(reported)) {
            return;
        }
        reported = next;
        state = next;
        if (next.isUp()) {
            counters.connected();
        }
        RadioLink.Listener l = listener;
        if (l != null) {
            try {
                l.onStateChange(next);
            } catch (RuntimeException e) {
                LOG.error("radio link {}: listener failed on state {}", id, next, e);
            }
        }
    }

    private void post(Runnable task) {
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("radio link {}: unexpected failure", id, e);
                }
            });
        } catch (RejectedExecutionException e) {
            // closed: nothing more happens
        }
    }

    /**
     * One open stream to the device and the session on it. Sessions call these methods from the
     * link thread; they do nothing once the connection is over.
     */
    final class Connection {
        private final ByteStream stream;
        private DeviceSession session;
        private Cancellable handshakeTimer;
        private volatile boolean ended;

        private Connection(ByteStream stream) {
            this.stream = stream;
        }

        /** The device as configured, for messages: {@code /dev/ttyUSB0}, {@code tcp://host:port}. */
        String device() {
            return device.toString();
        }

        LinkCounters counters() {
            return counters;
        }

        /** Writes to the device; the caller reports a failure with {@link #fail}. */
        void write(Bytes bytes) throws IOException {
            stream.write(bytes);
        }

        /** Writes to the device; a failed write takes the link down (it reconnects later). */
        void writeOrFail(Bytes bytes) {
            try {
                stream.write(bytes);
            } catch (IOException e) {
                fail("write to " + device() + " failed: " + e.getMessage());
            }
        }

        /** Counts a frame from the device as ignored unless a session {@code used} it. */
        void ignoredUnless(boolean used) {
            if (!used) {
                counters.ignored();
            }
        }

        /** The handshake is done: the link is up. */
        void up(String detail) {
            if (this != current) {
                return;
            }
            handshakeTimer.cancel();
            backoff.reset();
            LOG.info("radio link {} up: {}", id, detail);
            setState(new LinkState.Up(detail));
        }

        boolean isUp() {
            return this == current && state.isUp();
        }

        /** The device cannot be used: the link goes down with {@code reason} and reconnects later. */
        void fail(String reason) {
            lost(this, reason);
        }

        /** Hands a received packet with its signal report, if the radio gave one, to the listener, if the link is up. */
        void deliver(Bytes packet, Optional<SignalReport> signal) {
            if (!isUp()) {
                counters.ignored();
                return;
            }
            counters.received();
            RadioLink.Listener l = listener;
            try {
                l.onReceive(new ReceivedFrame(id, packet, signal, scheduler.now()));
            } catch (RuntimeException e) {
                LOG.error("radio link {}: listener failed on a received frame", id, e);
            }
        }

        /** Ends the frame in flight with {@code outcome}; false when none was in flight. */
        boolean finishTx(TxResult outcome) {
            return this == current && tx.finish(outcome);
        }

        /** Runs {@code task} on the link thread after {@code delay}, unless this connection is over by then. */
        Cancellable schedule(Duration delay, Runnable task) {
            return scheduler.schedule(delay, () -> post(() -> {
                if (this == current && !ended) {
                    task.run();
                }
            }));
        }

        private void startReader() {
            StreamReader.start("radio-" + id + "-reader", stream, device.toString(), new StreamReader.Sink() {
                @Override
                public void onChunk(byte[] chunk) {
                    post(() -> onBytes(chunk));
                }

                @Override
                public void onEnd(String reason) {
                    post(() -> lost(Connection.this, reason));
                }
            }, () -> ended || closed);
        }

        private void onBytes(byte[] chunk) {
            if (this != current) {
                return;
            }
            try {
                session.onBytes(chunk);
            } catch (RuntimeException e) {
                counters.dropped(1);
                LOG.warn("radio link {}: dropped {} bytes the session could not handle", id, chunk.length, e);
            }
        }

        private void end() {
            if (ended) {
                return;
            }
            session.end();
            ended = true;
            handshakeTimer.cancel();
            stream.close();
        }
    }
}
