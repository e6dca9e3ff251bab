package org.meshbridge.server.web;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upgrades requests on a {@link WebSocketRoute} path to WebSocket once the route's admission
 * accepts them, and hands the connection to the endpoint it chose; other paths pass on to
 * {@link HttpRequestHandler}. A request on a WebSocket path that is not a valid upgrade, or that
 * the admission refuses, gets a JSON error like any other.
 */
@Sharable
final class WebSocketUpgradeHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketUpgradeHandler.class);

    private final Map<String, WebSocketRoute> byPath = new LinkedHashMap<>();
    private final JsonResponseWriter writer;
    private final boolean tls;

    WebSocketUpgradeHandler(List<WebSocketRoute> routes, JsonResponseWriter writer, boolean tls) {
        for (WebSocketRoute route : routes) {
            if (byPath.putIfAbsent(route.path(), route) != null) {
                throw new IllegalArgumentException("two WebSocket routes for " + route.path());
            }
        }
        this.writer = writer;
        this.tls = tls;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof FullHttpRequest request) || !request.decoderResult().isSuccess()) {
            ctx.fireChannelRead(message);
            return;
        }
        WebSocketRoute route = RequestUri.parse(request.uri()).map(uri -> byPath.get(uri.path())).orElse(null);
        if (route == null) {
            ctx.fireChannelRead(message);
            return;
        }
        if (!request.method().equals(HttpMethod.GET)) {
            JsonResponse error = JsonResponse.error(HttpResponseStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                    request.method() + " is not allowed on " + route.path() + "; use GET with Upgrade: websocket");
            writer.write(ctx, new JsonResponse(error.status(), error.body(), Map.of("Allow", "GET")), false, false);
            ReferenceCountUtil.release(request);
            return;
        }
        if (!request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            JsonResponse error = JsonResponse.error(HttpResponseStatus.UPGRADE_REQUIRED, "upgrade_required",
                    route.path() + " is a WebSocket endpoint; connect with a WebSocket client");
            writer.write(ctx, new JsonResponse(error.status(), error.body(), Map.of("Upgrade", "websocket")),
                    false, false);
            ReferenceCountUtil.release(request);
            return;
        }
        ctx.channel().config().setAutoRead(false);
        admit(ctx, request, route).whenComplete((answer, failure) -> ctx.executor().execute(() -> {
            try {
                ctx.channel().config().setAutoRead(true);
                if (!ctx.channel().isActive()) {
                    return;
                }
                WebSocketAdmission.Decision decision = answer;
                if (failure != null || decision == null) {
                    LOG.warn("admission of a WebSocket upgrade on {} failed", route.path(), failure);
                    decision = new WebSocketAdmission.Refused(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                            "internal_error", "the server failed to answer; see its log", Map.of());
                }
                if (decision instanceof WebSocketAdmission.Refused refused) {
                    JsonResponse error = JsonResponse.error(refused.status(), refused.error(), refused.message());
                    writer.write(ctx, new JsonResponse(error.status(), error.body(), refused.headers()), false, false);
                } else {
                    upgrade(ctx, request, route, (WebSocketAdmission.Accepted) decision);
                }
            } finally {
                ReferenceCountUtil.release(request);
            }
        }));
    }

    private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, WebSocketRoute route,
            WebSocketAdmission.Accepted accepted) {
        WebSocketDecoderConfig decoder = WebSocketDecoderConfig.newBuilder()
                .maxFramePayloadLength(route.maxMessageBytes())
                .allowExtensions(false)
                .expectMaskedFrames(true)
                .closeOnProtocolViolation(true)
                .build();
        String location = (tls ? "wss://" : "ws://") + request.headers().get(HttpHeaderNames.HOST, "localhost")
                + route.path();
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(location,
                accepted.subprotocol().orElse(null), decoder)
                .newHandshaker(request);
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        WebSocketFrameHandler frames = new WebSocketFrameHandler(route, ctx.channel());
        ChannelPipeline pipeline = ctx.pipeline();
        pipeline.addAfter(ctx.name(), "ws-aggregator", new WebSocketFrameAggregator(route.maxMessageBytes()));
        pipeline.addAfter("ws-aggregator", "ws-frames", frames);
        pipeline.remove(HttpRequestHandler.class);
        for (String deadline : new String[] {HttpServer.DEADLINE_HEAD, HttpServer.DEADLINE_TAIL}) {
            if (pipeline.get(deadline) != null) {
                pipeline.remove(deadline);
            }
        }
        pipeline.remove(this);
        applyLimits(ctx, route.limits());
        handshaker.handshake(ctx.channel(), request).addListener(done -> {
            if (done.isSuccess()) {
                frames.opened(accepted.endpoint());
            } else {
                ctx.channel().close();
            }
        });
    }

    private static CompletionStage<WebSocketAdmission.Decision> admit(ChannelHandlerContext ctx,
            FullHttpRequest request, WebSocketRoute route) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        List<String> offered = request.headers().getAll(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(protocol -> !protocol.isEmpty())
                .toList();
        UpgradeRequest upgrade = new UpgradeRequest(uri.path(), uri.parameters(), request.headers().copy(), offered,
                String.valueOf(ctx.channel().remoteAddress()).replaceFirst("^/", ""));
        try {
            return route.admission().admit(upgrade);
        } catch (RuntimeException e) {
            return CompletableFuture.failedStage(e);
        }
    }

    /** Pings and a read timeout instead of the listener's idle timeout; the outbound bound as watermarks. */
    private static void applyLimits(ChannelHandlerContext ctx, WebSocketLimits limits) {
        ChannelPipeline pipeline = ctx.pipeline();
        if (limits.heartbeat() && pipeline.get(IdleStateHandler.class) != null) {
            pipeline.replace(IdleStateHandler.class, "ws-heartbeat", new IdleStateHandler(
                    limits.idleTimeout().toMillis(), limits.pingInterval().toMillis(), 0, TimeUnit.MILLISECONDS));
        }
        if (limits.outboundBufferBytes() > 0) {
            int high = limits.outboundBufferBytes();
            ctx.channel().config().setWriteBufferWaterMark(new WriteBufferWaterMark(high / 2, high));
        }
    }
}
