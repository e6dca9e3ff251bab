package org.meshbridge.server.web;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upgraded connection: joined text messages to the endpoint, control frames answered here,
 * pings on a quiet connection and the slow-client rule when the route's {@link WebSocketLimits}
 * ask for them.
 */
final class WebSocketFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> implements WebSocketSession {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketFrameHandler.class);
    /** A close frame's reason holds at most 123 bytes (RFC 6455 section 5.5). */
    private static final int MAX_CLOSE_REASON_BYTES = 123;

    private final WebSocketRoute route;
    private final Channel channel;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean closeReported = new AtomicBoolean();
    private volatile WebSocketEndpoint.Connection connection;

    WebSocketFrameHandler(WebSocketRoute route, Channel channel) {
        this.route = route;
        this.channel = channel;
    }

    /** The handshake is done: from now on messages go to the connection {@code endpoint} opens. */
    void opened(WebSocketEndpoint endpoint) {
        connection = endpoint.open(this);
        if (!channel.isActive()) {
            reportClose();
        }
    }

    @Override
    public String remoteAddress() {
        return String.valueOf(channel.remoteAddress()).replaceFirst("^/", "");
    }

    @Override
    public Executor executor() {
        return channel.eventLoop();
    }

    @Override
    public void sendText(String text) {
        if (!closing.get() && channel.isActive()) {
            channel.writeAndFlush(new TextWebSocketFrame(text));
        }
    }

    @Override
    public boolean send(SharedText text) {
        if (closing.get() || !channel.isActive()) {
            return false;
        }
        if (route.limits().outboundBufferBytes() > 0 && !channel.isWritable()) {
            close(WebSocketLimits.SLOW_CLIENT_CLOSE_CODE, "too slow: more than " + route.limits().outboundBufferBytes()
                    + " bytes waiting to be read");
            return false;
        }
        channel.writeAndFlush(new TextWebSocketFrame(text.retainedView()), channel.voidPromise());
        return true;
    }

    @Override
    public void close(int code, String reason) {
        if (closing.compareAndSet(false, true)) {
            channel.writeAndFlush(new CloseWebSocketFrame(code, shorten(reason)))
                    .addListener(ChannelFutureListener.CLOSE);
            long grace = route.limits().closeGrace().toMillis();
            channel.eventLoop().schedule(() -> {
                channel.close();
            }, grace, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            WebSocketEndpoint.Connection current = connection;
            if (current != null && !closing.get()) {
                current.onText(text.text());
            }
        } else if (frame instanceof BinaryWebSocketFrame) {
            close(WebSocketCloseStatus.INVALID_MESSAGE_TYPE.code(), "binary messages are not supported; send text");
        } else if (frame instanceof PingWebSocketFrame) {
            ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
        } else if (frame instanceof CloseWebSocketFrame peerClose) {
            int code = peerClose.statusCode() < 0 ? WebSocketCloseStatus.NORMAL_CLOSURE.code() : peerClose.statusCode();
            if (closing.get()) {
                ctx.close();
            } else {
                close(code, "");
            }
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (!(event instanceof IdleStateEvent idle)) {
            super.userEventTriggered(ctx, event);
        } else if (!route.limits().heartbeat()) {
            close(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(), "idle for " + HttpServer.IDLE_TIMEOUT_SECONDS + " s");
        } else if (idle.state() == IdleState.WRITER_IDLE) {
            if (!closing.get()) {
                ctx.writeAndFlush(new PingWebSocketFrame(), ctx.voidPromise());
            }
        } else if (idle.state() == IdleState.READER_IDLE) {
            close(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(),
                    "nothing received for " + route.limits().idleTimeout().toSeconds() + " s");
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        reportClose();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            close(WebSocketCloseStatus.MESSAGE_TOO_BIG.code(),
                    "message larger than " + route.maxMessageBytes() + " bytes");
        } else if (cause instanceof CorruptedFrameException) {
            // the frame decoder has already sent a close frame with the reason
            ctx.close();
        } else {
            LOG.debug("closing WebSocket {} on {}: {}", remoteAddress(), route.path(), cause.toString());
            ctx.close();
        }
    }

    private void reportClose() {
        WebSocketEndpoint.Connection current = connection;
        if (current != null && closeReported.compareAndSet(false, true)) {
            current.onClose();
        }
    }

    private static String shorten(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_CLOSE_REASON_BYTES) {
            return reason;
        }
        int end = MAX_CLOSE_REASON_BYTES;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
