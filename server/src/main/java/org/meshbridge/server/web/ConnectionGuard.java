package org.meshbridge.server.web;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.ReferenceCountUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.meshbridge.server.net.AddressKeys;
import org.meshbridge.server.net.ClientAccess;
import org.meshbridge.server.net.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first handler of every connection: a peer in the deny list (or outside a non-empty allow
 * list) is closed at once, before TLS; a peer over its new-connection rate is closed too. A
 * trusted proxy is let through here; its requests are checked by their forwarded client.
 */
@Sharable
final class ConnectionGuard extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private final ClientAccess access;
    private final Optional<RateLimiter> connections;

    ConnectionGuard(ClientAccess access, Optional<RateLimiter> connections) {
        this.access = access;
        this.connections = connections;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetAddress peer = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        if (!access.isTrustedProxy(peer)) {
            if (!access.permits(peer)) {
                LOG.debug("refused connection from {}: not allowed by server.allow/deny", peer.getHostAddress());
                ctx.close();
                return;
            }
            if (connections.isPresent() && !connections.get().tryAcquire(AddressKeys.of(peer)).allowed()) {
                LOG.debug("refused connection from {}: over server.rate_limits.connections", peer.getHostAddress());
                ctx.close();
                return;
            }
        }
        super.channelActive(ctx);
    }

    /** Checks each request's forwarded client: the part behind a trusted proxy. Installed after the aggregator. */
    @Sharable
    static final class RequestCheck extends ChannelInboundHandlerAdapter {

        private final ClientAccess access;
        private final JsonResponseWriter writer;

        RequestCheck(ClientAccess access, JsonResponseWriter writer) {
            this.access = access;
            this.writer = writer;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof FullHttpRequest request && request.decoderResult().isSuccess()) {
                InetAddress peer = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
                InetAddress client = access.client(peer, Optional.ofNullable(request.headers().get("X-Forwarded-For")));
                if (!access.permits(client)) {
                    ReferenceCountUtil.release(request);
                    writer.write(ctx, JsonResponse.error(HttpResponseStatus.FORBIDDEN, "forbidden",
                            "this address may not use the server"), false, false);
                    return;
                }
            }
            ctx.fireChannelRead(message);
        }
    }
}
