package org.meshbridge.server.companion;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.meshbridge.core.companion.VirtualCompanion;
import io.netty.handler.timeout.ReadTimeoutHandler;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.server.net.Cidr;

/**
 * One companion-protocol TCP listener, bound to one account (spec §9, device end): every connection
 * is a session of that account's {@link VirtualCompanion}. It refuses to start where stock apps,
 * which have no login, could be reached by strangers ({@link ListenerPolicy}); connections from
 * outside the allow-list are closed at once; at most {@link #MAX_CONNECTIONS} are served at a time;
 * a connection nothing was read from for {@link CompanionLimits#idleTimeout()} is closed.
 */
public final class CompanionListener implements AutoCloseable {

    /** Connections served at once per listener. */
    public static final int MAX_CONNECTIONS = 32;
    private static final long SHUTDOWN_QUIET_MILLIS = 50;
    private static final long SHUTDOWN_TIMEOUT_MILLIS = 3000;

    private final InetSocketAddress requested;
    private final Optional<CompanionTls> tls;
    private final List<Cidr> allow;
    private final Scheduler scheduler;
    private final String account;
    private final Supplier<Optional<VirtualCompanion>> companion;
    private final CompanionDevice device;
    private final CompanionLimits limits;
    private final AtomicInteger connections = new AtomicInteger();
    private final Set<Channel> open = ConcurrentHashMap.newKeySet();
    private EventLoopGroup group;
    private Channel channel;
    private SslContext ssl;

    /**
     * A listener for {@code account}; {@code companion} gives its virtual companion once the core has
     * started (connections that arrive before are closed at once). Call {@link #start()} to bind.
     */
    public CompanionListener(InetSocketAddress listen, Optional<CompanionTls> tls, List<Cidr> allow, Scheduler scheduler,
                             String account, Supplier<Optional<VirtualCompanion>> companion, CompanionDevice device) {
        this(listen, tls, allow, scheduler, account, companion, device, CompanionLimits.DEFAULT);
    }

    /** As above, with the idle timeout and send limit of each connection. */
    public CompanionListener(InetSocketAddress listen, Optional<CompanionTls> tls, List<Cidr> allow, Scheduler scheduler,
                             String account, Supplier<Optional<VirtualCompanion>> companion, CompanionDevice device,
                             CompanionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.requested = Objects.requireNonNull(listen, "listen");
        this.tls = Objects.requireNonNull(tls, "tls");
        this.allow = List.copyOf(allow);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.account = Objects.requireNonNull(account, "account");
        this.companion = Objects.requireNonNull(companion, "companion");
        this.device = Objects.requireNonNull(device, "device");
    }

    /**
     * Checks the address policy, binds and serves.
     *
     * @throws CompanionListenException saying what to change (policy, port in use, TLS files)
     */
    public synchronized CompanionListener start() throws CompanionListenException {
        Optional<String> refusal = ListenerPolicy.refusal(requested, tls, allow);
        if (refusal.isPresent()) {
            throw new CompanionListenException("refusing companion listener " + where() + ": " + refusal.get(), null);
        }
        ssl = tls.isPresent() ? sslContext(tls.get()) : null;
        group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("companion-io"), NioIoHandler.newFactory());
        ChannelFuture bind = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new Initializer()).bind(requested).awaitUninterruptibly();
        if (!bind.isSuccess()) {
            group.shutdownGracefully(0, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).awaitUninterruptibly();
            throw new CompanionListenException("cannot listen for companion apps on " + where() + " ("
                    + bind.cause().getMessage() + "); change companion.listeners[].listen", bind.cause());
        }
        channel = bind.channel();
        return this;
    }

    /** The address bound (the real port when started on port 0). */
    public synchronized InetSocketAddress address() {
        if (channel == null) {
            throw new IllegalStateException("not started");
        }
        return (InetSocketAddress) channel.localAddress();
    }

    /** The account the listener acts as. */
    public String account() {
        return account;
    }

    /** Closes every app connection now (the account's password changed or it was removed); new ones are accepted. */
    public void disconnectAll() {
        open.forEach(Channel::close);
    }

    /** Stops accepting, closes every connection and stops the event loop. Idempotent. */
    @Override
    public synchronized void close() {
        if (group == null) {
            return;
        }
        if (channel != null) {
            channel.close().awaitUninterruptibly();
        }
        group.shutdownGracefully(SHUTDOWN_QUIET_MILLIS, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).awaitUninterruptibly();
        group = null;
    }

    private String where() {
        return requested.getHostString() + ":" + requested.getPort();
    }

    private static SslContext sslContext(CompanionTls files) throws CompanionListenException {
        try {
            return SslContextBuilder.forServer(files.certFile().toFile(), files.keyFile().toFile())
                    .trustManager(files.clientCaFile().toFile()).clientAuth(ClientAuth.REQUIRE).build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new CompanionListenException("cannot use companion TLS files " + files.certFile() + ", " + files.keyFile()
                    + ", " + files.clientCaFile() + " (" + e.getMessage() + "): PEM certificate chain, unencrypted PKCS#8"
                    + " key, PEM CA certificate", e);
        }
    }

    private final class Initializer extends ChannelInitializer<SocketChannel> {
        @Override
        protected void initChannel(SocketChannel ch) {
            InetSocketAddress remote = ch.remoteAddress();
            Optional<VirtualCompanion> target = companion.get();
            if (target.isEmpty()) {
                ch.close();
                return;
            }
            boolean allowed = allow.isEmpty() || allow.stream().anyMatch(c -> c.contains(remote.getAddress()));
            if (!allowed || connections.incrementAndGet() > MAX_CONNECTIONS) {
                if (allowed) {
                    connections.decrementAndGet();
                }
                ch.close();
                return;
            }
            open.add(ch);
            ch.closeFuture().addListener(f -> {
                connections.decrementAndGet();
                open.remove(ch);
            });
            if (ssl != null) {
                ch.pipeline().addLast(ssl.newHandler(ch.alloc()));
            }
            ch.pipeline().addLast(new ReadTimeoutHandler(limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
            ch.pipeline().addLast(new CompanionFrameHandler(scheduler, target.get(), device, limits.sends()));
            ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                @Override
                public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                    ctx.close();
                }
            });
        }
    }
}
