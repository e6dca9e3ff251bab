package org.meshbridge.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP listener: Netty NIO, HTTP/1.1, JSON routes, optional TLS and WebSocket routes
 * ({@link HttpOptions}). Bind to port 0 in tests and read {@link #port()}.
 *
 * <pre>{@code
 * try (HttpServer server = new HttpServer(new InetSocketAddress("127.0.0.1", 0), routes).start()) {
 *     int port = server.port();
 * }
 * }</pre>
 */
public final class HttpServer implements AutoCloseable {

    /** Largest request body the aggregator accepts by default; a larger one gets a JSON 413. */
    static final int MAX_REQUEST_BYTES = HttpLimits.DEFAULTS.maxBodyBytes();
    /** Longest request line and longest header block. */
    static final int MAX_INITIAL_LINE_BYTES = 4096;
    static final int MAX_HEADER_BYTES = 8192;
    /** A connection with no traffic for this long is closed (by default; see {@link HttpLimits}). */
    public static final int IDLE_TIMEOUT_SECONDS = (int) HttpLimits.DEFAULTS.idleTimeout().toSeconds();
    /** Graceful shutdown: quiet period and upper bound. */
    private static final long SHUTDOWN_QUIET_MILLIS = 50;
    private static final long SHUTDOWN_TIMEOUT_MILLIS = 3000;

    /** Pipeline names of the slow-client deadline's handlers (a WebSocket upgrade removes them). */
    static final String DEADLINE_HEAD = "deadline-head";
    static final String DEADLINE_TAIL = "deadline-tail";

    private final InetSocketAddress requested;
    private final JsonResponseWriter writer = new JsonResponseWriter(new ObjectMapper());
    private final HttpRequestHandler handler;
    private final HttpOptions options;
    private final WebSocketUpgradeHandler upgrades;
    private final StaticFileHandler staticFiles;
    private final ConnectionGuard guard;
    private final ConnectionGuard.RequestCheck requestCheck;
    private volatile ReloadingSslContext ssl;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private EventLoopGroup acceptors;
    private EventLoopGroup workers;
    private Channel channel;

    /**
     * Plain HTTP without WebSocket routes. The caller has already applied the loopback rule
     * (as {@code DemoSettings} does), so any address is accepted.
     */
    public HttpServer(InetSocketAddress listen, Routes routes) {
        this(listen, routes, HttpOptions.loopbackOnly().withInsecure(true));
    }

    /**
     * A listener with TLS and WebSocket routes as {@code options} say. {@link #start()} refuses a
     * non-loopback address without TLS unless {@link HttpOptions#insecure()}.
     */
    public HttpServer(InetSocketAddress listen, Routes routes, HttpOptions options) {
        this.requested = Objects.requireNonNull(listen, "listen");
        this.options = Objects.requireNonNull(options, "options");
        this.handler = new HttpRequestHandler(Objects.requireNonNull(routes, "routes"), writer, options);
        this.guard = new ConnectionGuard(options.access(), options.connections());
        this.requestCheck = new ConnectionGuard.RequestCheck(options.access(), writer);
        this.upgrades = options.webSockets().isEmpty() ? null
                : new WebSocketUpgradeHandler(capped(options.webSockets(), options.limits()), writer,
                        options.tls().isPresent());
        this.staticFiles = options.staticFiles().map(StaticFileHandler::new).orElse(null);
    }

    /**
     * Binds and starts serving.
     *
     * @return this, for try-with-resources
     * @throws ListenException if the address cannot be bound, is refused (non-loopback without TLS
     *     or insecure), or the TLS files cannot be used; the message says what to change
     */
    public synchronized HttpServer start() throws ListenException {
        if (channel != null || closed.isDone()) {
            throw new IllegalStateException("start() may be called once");
        }
        if (options.tls().isEmpty() && !options.insecure()
                && (requested.isUnresolved() || !requested.getAddress().isLoopbackAddress())) {
            throw new ListenException("refusing to listen on " + requested.getHostString() + ":" + requested.getPort()
                    + ": not a loopback address and no TLS; configure server.tls (cert_file, key_file),"
                    + " listen on 127.0.0.1 behind a TLS reverse proxy, or allow it with insecure", null);
        }
        ssl = options.tls().isPresent() ? ReloadingSslContext.open(options.tls().get()) : null;
        acceptors = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("http-accept"), NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(workerThreads(), new DefaultThreadFactory("http-io"),
                NioIoHandler.newFactory());
        ChannelFuture bind = new ServerBootstrap()
                .group(acceptors, workers)
                .channel(NioServerSocketChannel.class)
                .childHandler(new Initializer())
                .bind(requested)
                .awaitUninterruptibly();
        if (!bind.isSuccess()) {
            shutDownGroups();
            closed.complete(null);
            throw translate(bind.cause());
        }
        channel = bind.channel();
        return this;
    }

    /** The port actually bound (the chosen one when started on port 0). */
    public int port() {
        return address().getPort();
    }

    /** The address actually bound. */
    public synchronized InetSocketAddress address() {
        if (channel == null) {
            throw new IllegalStateException("not started");
        }
        return (InetSocketAddress) channel.localAddress();
    }

    /** Completes once {@link #close()} has released the port and stopped every thread. */
    public CompletableFuture<Void> closed() {
        return closed.copy();
    }

    /** Stops accepting, finishes in-flight writes, and stops the event loops. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed.isDone()) {
            return;
        }
        if (channel != null) {
            channel.close().awaitUninterruptibly();
        }
        shutDownGroups();
        closed.complete(null);
    }

    private void shutDownGroups() {
        Future<?> a = acceptors.shutdownGracefully(SHUTDOWN_QUIET_MILLIS, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        Future<?> w = workers.shutdownGracefully(SHUTDOWN_QUIET_MILLIS, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        a.awaitUninterruptibly();
        w.awaitUninterruptibly();
    }

    private ListenException translate(Throwable cause) {
        String where = requested.getHostString();
        int port = requested.getPort();
        if (cause instanceof BindException && String.valueOf(cause.getMessage()).contains("in use")) {
            return new ListenException("port " + port + " on " + where + " is in use; set server.listen or --listen",
                    cause);
        }
        return new ListenException("cannot listen on " + where + ":" + port + " (" + cause.getMessage()
                + "); set server.listen or --listen", cause);
    }

    private static List<WebSocketRoute> capped(List<WebSocketRoute> routes, HttpLimits limits) {
        return routes.stream().map(r -> r.maxMessageBytes() <= limits.maxWebSocketMessageBytes() ? r
                : r.withLimits(r.limits().withMaxMessageBytes(limits.maxWebSocketMessageBytes()))).toList();
    }

    private static int workerThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private final class Initializer extends ChannelInitializer<SocketChannel> {
        @Override
        protected void initChannel(SocketChannel ch) {
            ChannelPipeline pipeline = ch.pipeline();
            HttpLimits limits = options.limits();
            pipeline.addLast(guard);
            if (ssl != null) {
                pipeline.addLast(ssl.current().newHandler(ch.alloc()));
            }
            RequestDeadline deadline = new RequestDeadline(limits.requestTimeout(), writer);
            pipeline.addLast(new IdleStateHandler(0, 0, limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
            pipeline.addLast(DEADLINE_HEAD, deadline.head());
            pipeline.addLast(new HttpServerCodec(new HttpDecoderConfig()
                    .setMaxInitialLineLength(MAX_INITIAL_LINE_BYTES)
                    .setMaxHeaderSize(MAX_HEADER_BYTES)));
            pipeline.addLast(new JsonObjectAggregator(limits.maxBodyBytes(), writer));
            pipeline.addLast(DEADLINE_TAIL, deadline.tail());
            pipeline.addLast(requestCheck);
            if (upgrades != null) {
                pipeline.addLast(upgrades);
            }
            if (staticFiles != null) {
                pipeline.addLast(staticFiles);
            }
            pipeline.addLast(handler);
        }
    }
}
