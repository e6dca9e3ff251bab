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
        JsonResponse response;
        try {
            response = routes.dispatch(request, path);
        } catch (RuntimeException e) {
            LOG.warn("request {} {} failed", request.method(), path, e);
            response = JsonResponse.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal_error",
                    "the server failed to answer; see its log");
        }
        writer.write(ctx, response, HttpUtil.isKeepAlive(request), request.method().equals(HttpMethod.HEAD));
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
