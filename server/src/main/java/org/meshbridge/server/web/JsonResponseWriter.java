package org.meshbridge.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Map;

/** Serialises a {@link JsonResponse} (a {@link TextBody} as is) and writes it with the headers every response carries. */
final class JsonResponseWriter {

    private final ObjectMapper json;

    JsonResponseWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Writes {@code response}; closes the connection after it unless {@code keepAlive}. For a
     * {@code HEAD} request the body is left out but {@code Content-Length} still gives its size.
     */
    ChannelFuture write(ChannelHandlerContext ctx, JsonResponse response, boolean keepAlive, boolean head) {
        byte[] body = serialise(response);
        FullHttpResponse http = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, response.status(),
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        HttpHeaders headers = http.headers();
        headers.set(HttpHeaderNames.CONTENT_TYPE, response.body() instanceof TextBody text
                ? text.contentType() : "application/json; charset=utf-8");
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        headers.set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        headers.set("X-Content-Type-Options", "nosniff");
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            headers.set(header.getKey(), header.getValue());
        }
        headers.set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        ChannelFuture written = ctx.writeAndFlush(http);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
        return written;
    }

    private byte[] serialise(JsonResponse response) {
        if (response.body() instanceof TextBody text) {
            return text.bytes();
        }
        try {
            return json.writeValueAsBytes(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + response.body().getClass(), e);
        }
    }
}
