package org.meshbridge.server.web;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The slow-client timeout of one connection: from the first byte of a request until the whole
 * request is aggregated may take at most {@link HttpLimits#requestTimeout()}; a client that
 * trickles its head or body (slowloris) gets a JSON 408 and the connection is closed. Two
 * handlers share the deadline: {@link #head()} before the HTTP codec sees the bytes arrive,
 * {@link #tail()} after the aggregator sees the request complete. One per connection.
 */
final class RequestDeadline {

    private final Duration timeout;
    private final JsonResponseWriter writer;
    private ScheduledFuture<?> timer;
    private ChannelHandlerContext tailContext;
    private boolean done;

    RequestDeadline(Duration timeout, JsonResponseWriter writer) {
        this.timeout = timeout;
        this.writer = writer;
    }

    ChannelInboundHandlerAdapter head() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                if (timer == null && !done) {
                    timer = ctx.executor().schedule(RequestDeadline.this::expired, timeout.toNanos(), TimeUnit.NANOSECONDS);
                }
                ctx.fireChannelRead(message);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) throws Exception {
                cancel();
                super.channelInactive(ctx);
            }
        };
    }

    ChannelInboundHandlerAdapter tail() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void handlerAdded(ChannelHandlerContext ctx) {
                tailContext = ctx;
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                if (message instanceof FullHttpRequest) {
                    cancel();
                }
                ctx.fireChannelRead(message);
            }
        };
    }

    /** Stops watching for good (the connection became a WebSocket). */
    void stop() {
        done = true;
        cancel();
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void expired() {
        timer = null;
        if (done || tailContext == null || !tailContext.channel().isActive()) {
            return;
        }
        done = true;
        writer.write(tailContext, JsonResponse.error(HttpResponseStatus.REQUEST_TIMEOUT, "request_timeout",
                "the request did not arrive within " + timeout.toSeconds() + " s"), false, false);
    }
}
