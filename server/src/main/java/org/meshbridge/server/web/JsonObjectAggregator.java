package org.meshbridge.server.web;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Netty's aggregator, with its 413 for an oversized request turned into a JSON error like every
 * other. Like Netty's, it keeps the connection when the client can go on (keep-alive, no
 * {@code Expect: 100-continue}) and discards the rest of the body.
 */
final class JsonObjectAggregator extends HttpObjectAggregator {

    private final JsonResponseWriter writer;
    private final int maxRequestBytes;

    JsonObjectAggregator(int maxRequestBytes, JsonResponseWriter writer) {
        super(maxRequestBytes);
        this.maxRequestBytes = maxRequestBytes;
        this.writer = writer;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        boolean close = oversized instanceof FullHttpMessage
                || (!HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized));
        JsonResponse tooLarge = JsonResponse.error(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
                "request larger than " + maxRequestBytes + " bytes");
        writer.write(ctx, tooLarge, !close, false).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }
}
