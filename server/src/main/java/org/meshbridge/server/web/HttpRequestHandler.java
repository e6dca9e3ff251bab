package org.meshbridge.server.web;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.meshbridge.server.net.ClientAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each aggregated request into a JSON response through {@link Routes}: resolves the client
 * (trusted proxies), applies the CIDR lists and CORS, and writes the route's response once its
 * stage completes. The connection reads no further request until then, so responses keep the
 * order of requests and a client cannot queue up work.
 */
@Sharable
final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRequestHandler.class);

    private final Routes routes;
    private final JsonResponseWriter writer;
    private final ClientAccess access;
    private final CorsPolicy cors;
    private final boolean tls;

    HttpRequestHandler(Routes routes, JsonResponseWriter writer, HttpOptions options) {
        this.routes = routes;
        this.writer = writer;
        this.access = options.access();
        this.cors = options.cors();
        this.tls = options.tls().isPresent();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        boolean head = request.method().equals(HttpMethod.HEAD);
        if (!request.decoderResult().isSuccess()) {
            JsonResponse bad = JsonResponse.error(HttpResponseStatus.BAD_REQUEST, "bad_request", "malformed HTTP request");
            writer.write(ctx, bad, false, false);
            return;
        }
        InetAddress peer = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        InetAddress client = access.client(peer, Optional.ofNullable(request.headers().get("X-Forwarded-For")));
        boolean secure = access.secure(peer, tls, Optional.ofNullable(request.headers().get("X-Forwarded-Proto")));
        String path = new QueryStringDecoder(request.uri()).path();
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        if (!access.permits(client)) {
            writer.write(ctx, JsonResponse.error(HttpResponseStatus.FORBIDDEN, "forbidden",
                    "this address may not use the server"), false, head);
            return;
        }
        if (request.method().equals(HttpMethod.OPTIONS) && origin != null
                && request.headers().contains(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD)) {
            writer.write(ctx, preflight(origin), keepAlive, false);
            return;
        }
        CompletionStage<JsonResponse> stage;
        request.retain();
        try {
            stage = routes.dispatch(new HttpCall(request, path, Map.of(), client, secure));
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        ctx.channel().config().setAutoRead(false);
        stage.whenComplete((response, failure) -> {
            request.release();
            JsonResponse answer = withCors(failure == null ? response : problem(request, path, failure), origin);
            ctx.executor().execute(() -> {
                writer.write(ctx, answer, keepAlive, head);
                ctx.channel().config().setAutoRead(true);
            });
        });
    }

    private JsonResponse preflight(String origin) {
        if (!cors.allows(origin)) {
            return JsonResponse.error(HttpResponseStatus.FORBIDDEN, "cors_forbidden",
                    "cross-origin requests from " + origin + " are not allowed (server.cors_origins)");
        }
        Map<String, String> headers = Map.of(
                HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN.toString(), origin,
                HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS.toString(), "GET, POST, PUT, DELETE",
                HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS.toString(), "Authorization, Content-Type",
                HttpHeaderNames.ACCESS_CONTROL_MAX_AGE.toString(), "600",
                HttpHeaderNames.VARY.toString(), "Origin");
        return new JsonResponse(HttpResponseStatus.OK, Map.of(), headers);
    }

    private JsonResponse withCors(JsonResponse response, String origin) {
        if (origin == null || !cors.allows(origin)) {
            return response;
        }
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.put(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN.toString(), origin);
        headers.put(HttpHeaderNames.VARY.toString(), "Origin");
        return new JsonResponse(response.status(), response.body(), headers);
    }

    private static JsonResponse problem(FullHttpRequest request, String path, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpProblem problem) {
            return problem.response();
        }
        LOG.warn("request {} {} failed", request.method(), path, cause);
        return JsonResponse.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "the server failed to answer; see its log");
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            ctx.close();
        } else {
            super.userEventTriggered(ctx, event);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
