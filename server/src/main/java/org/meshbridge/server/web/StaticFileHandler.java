package org.meshbridge.server.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.util.Optional;

/**
 * Serves {@link StaticFiles} for {@code GET} and {@code HEAD}: gzip when the client accepts it,
 * a strong ETag with {@code 304 Not Modified}, {@code Cache-Control: no-cache} (the browser keeps
 * the file and revalidates it, so a new release shows at once), and a strict Content Security
 * Policy. Other requests pass on to the JSON routes.
 */
@Sharable
final class StaticFileHandler extends ChannelInboundHandlerAdapter {

    /** Scripts, styles and connections only from this server; no frames, no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final StaticFiles files;

    StaticFileHandler(StaticFiles files) {
        this.files = files;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof FullHttpRequest request) || !request.decoderResult().isSuccess()
                || !(request.method().equals(HttpMethod.GET) || request.method().equals(HttpMethod.HEAD))) {
            ctx.fireChannelRead(message);
            return;
        }
        Optional<StaticFiles.Asset> asset = RequestUri.parse(request.uri()).flatMap(uri -> files.find(uri.path()));
        if (asset.isEmpty()) {
            ctx.fireChannelRead(message);
            return;
        }
        try {
            serve(ctx, request, asset.get());
        } finally {
            ReferenceCountUtil.release(request);
        }
    }

    private static void serve(ChannelHandlerContext ctx, FullHttpRequest request, StaticFiles.Asset asset) {
        boolean gzip = asset.gzip().isPresent() && acceptsGzip(request.headers());
        byte[] body = gzip ? asset.gzip().get() : asset.body();
        String etag = gzip ? asset.gzipEtag() : asset.etag();
        boolean notModified = matches(request.headers().get(HttpHeaderNames.IF_NONE_MATCH), etag);
        boolean head = request.method().equals(HttpMethod.HEAD);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                notModified ? HttpResponseStatus.NOT_MODIFIED : HttpResponseStatus.OK,
                notModified || head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.ETAG, etag);
        headers.set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
        headers.set(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT_ENCODING);
        if (!notModified) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, asset.contentType());
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            if (gzip) {
                headers.set(HttpHeaderNames.CONTENT_ENCODING, HttpHeaderValues.GZIP);
            }
        } else {
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        headers.set(HttpHeaderNames.CONNECTION, keepAlive ? HttpHeaderValues.KEEP_ALIVE : HttpHeaderValues.CLOSE);
        var written = ctx.writeAndFlush(response);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static boolean acceptsGzip(HttpHeaders headers) {
        for (String coding : headers.getAll(HttpHeaderNames.ACCEPT_ENCODING)) {
            for (String part : coding.split(",")) {
                String[] fields = part.strip().split(";");
                if (fields[0].strip().equalsIgnoreCase("gzip")) {
                    return fields.length < 2 || !fields[1].replace(" ", "").matches("q=0(\\.0*)?");
                }
            }
        }
        return false;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
