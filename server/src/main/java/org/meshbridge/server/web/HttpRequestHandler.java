package org.meshbridge.server.web;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns each aggregated request into a JSON response through {@link Routes}. */
@Sharable
final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRequestHandler.class);

    private final Routes routes;
    private final JsonResponseWriter writer;

    HttpRequestHandler(Routes routes, JsonResponseWriter writer) {
        this.routes = routes;
        this.writer = writer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            JsonResponse bad = JsonResponse.error(HttpResponseStatus.BAD_REQUEST, "bad_request", "malformed HTTP request");
            writer.write(ctx, bad, false, false);
            return;
        }
        String path = new QueryStringDecoder(request.uri()).path();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        boolean head = request.method().equals(HttpMethod.HEAD);
        String what = request.method() + " " + path;
        CompletionStage<JsonResponse> response;
        try {
            response = routes.respond(request, path);
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        response.whenComplete((answer, failure) -> ctx.executor().execute(() -> {
            JsonResponse out = answer;
            if (failure != null) {
                LOG.warn("request {} failed", what, failure);
                out = JsonResponse.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal_error",
                        "the server failed to answer; see its log");
            }
            writer.write(ctx, out, keepAlive, head);
        }));
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
