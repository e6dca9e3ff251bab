package org.meshbridge.bench.fanout;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.meshbridge.server.web.live.LiveHub;

/**
 * Many WebSocket clients of meshbridge's {@code /ws}, on a few Netty event loops: each offers the
 * token as a browser does ({@code meshbridge.v1, bearer.<token>}), counts as connected at the
 * server's {@code welcome}, and reports each later message to {@link Arrivals}.
 */
final class WebSocketSubscribers implements AutoCloseable {

    private final EventLoopGroup group;
    private final URI uri;
    private final String token;
    private final Arrivals arrivals;
    private final int sourceAddresses;
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final AtomicInteger welcomed = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /**
     * @param sourceAddresses with more than 0, client {@code i} connects from loopback address
     *     {@code 127.1.0.(1 + i % sourceAddresses)}: as many simulated hosts, so that a per-address
     *     connection rate limit sees each of them, not one address opening 10,000 connections
     */
    WebSocketSubscribers(EventLoopGroup group, URI uri, String token, Arrivals arrivals, int sourceAddresses) {
        if (sourceAddresses < 0 || sourceAddresses > 254) {
            throw new IllegalArgumentException("sourceAddresses must be 0..254: " + sourceAddresses);
        }
        this.group = group;
        this.uri = uri;
        this.token = token;
        this.arrivals = arrivals;
        this.sourceAddresses = sourceAddresses;
    }

    /** Connects {@code count} clients, at most {@code inFlight} handshakes at a time; returns when all are welcomed. */
    void connect(int count, int inFlight) throws InterruptedException {
        Semaphore handshakes = new Semaphore(inFlight);
        for (int id = 0; id < count; id++) {
            handshakes.acquire();
            throwIfFailed();
            int client = id;
            Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                                    .webSocketUri(uri)
                                    .subprotocol(LiveHub.SUBPROTOCOL + "," + LiveHub.BEARER_SUBPROTOCOL_PREFIX + token)
                                    .handshakeTimeoutMillis(60_000)
                                    .maxFramePayloadLength(64 * 1024)
                                    .build();
                            ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(8192),
                                    new WebSocketClientProtocolHandler(config), new Client(client, handshakes));
                        }
                    });
            InetSocketAddress remote = new InetSocketAddress(uri.getHost(), uri.getPort());
            ChannelFuture connecting = sourceAddresses == 0 ? bootstrap.connect(remote)
                    : bootstrap.connect(remote, new InetSocketAddress("127.1.0." + (1 + id % sourceAddresses), 0));
            connecting.addListener(done -> {
                if (!done.isSuccess()) {
                    failure.compareAndSet(null, done.cause());
                    handshakes.release();
                }
            });
        }
        handshakes.acquire(inFlight);
        handshakes.release(inFlight);
        throwIfFailed();
    }

    /** Clients welcomed and still connected. */
    int connected() {
        return welcomed.get() - lost.get();
    }

    private void throwIfFailed() {
        Throwable cause = failure.get();
        if (cause != null) {
            throw new IllegalStateException("a WebSocket client failed after " + welcomed.get() + " were connected: "
                    + cause, cause);
        }
    }

    @Override
    public void close() throws InterruptedException {
        channels.close().await(60, TimeUnit.SECONDS);
    }

    /** One client: the welcome releases its handshake permit; later messages are timed. */
    private final class Client extends SimpleChannelInboundHandler<TextWebSocketFrame> {

        private final int id;
        private final Semaphore handshakes;
        private boolean ready;

        Client(int id, Semaphore handshakes) {
            this.id = id;
            this.handshakes = handshakes;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            channels.add(ctx.channel());
            super.channelActive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            long now = System.nanoTime();
            String text = frame.text();
            if (!ready) {
                if (text.contains("\"welcome\"")) {
                    ready = true;
                    welcomed.incrementAndGet();
                    handshakes.release();
                }
                return;
            }
            arrivals.arrived(id, now, text);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (ready) {
                lost.incrementAndGet();
            } else {
                failure.compareAndSet(null, new IllegalStateException("closed before the welcome"));
                handshakes.release();
            }
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failure.compareAndSet(null, cause);
            Channel channel = ctx.channel();
            channel.close();
        }
    }
}
