package org.meshbridge.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The web app's files, read once from the classpath: each with its content type, a strong ETag,
 * and a gzip copy when that is smaller. The files are those named in {@code assets.list} in the
 * base directory (one path per line), so no classpath scanning is needed; {@code /} serves
 * {@code index.html}.
 */
public final class StaticFiles {

    /** The list of files in the base directory. */
    public static final String LIST = "assets.list";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    /** One file, ready to send. */
    public record Asset(String path, String contentType, byte[] body, String etag, Optional<byte[]> gzip) {
        public Asset {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(gzip, "gzip");
        }

        /** The ETag of the gzip copy (a different representation needs a different strong tag). */
        public String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gz\"";
        }
    }

    private final Map<String, Asset> byPath;

    private StaticFiles(Map<String, Asset> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /**
     * Reads the files listed in {@code base + "assets.list"} with {@code loader}.
     *
     * @throws IllegalStateException if the list or a listed file is missing, or a type is unknown
     */
    public static StaticFiles load(ClassLoader loader, String base) {
        String list = new String(read(loader, base + LIST), StandardCharsets.UTF_8);
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (String line : list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            byte[] body = read(loader, base + line);
            assets.put("/" + line, asset("/" + line, body));
        }
        return new StaticFiles(assets);
    }

    /** The file served at {@code path}, {@code /} meaning {@code /index.html}. */
    public Optional<Asset> find(String path) {
        return Optional.ofNullable(byPath.get("/".equals(path) ? "/index.html" : path));
    }

    /** The served paths (without {@code /}). */
    public List<String> paths() {
        return byPath.keySet().stream().sorted().toList();
    }

    private static Asset asset(String path, byte[] body) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            throw new IllegalStateException("no content type for web file " + path);
        }
        byte[] gzip = gzip(body);
        Optional<byte[]> smaller = gzip.length < body.length && !type.startsWith("image/png") ? Optional.of(gzip)
                : Optional.empty();
        return new Asset(path, type, body, "\"" + sha256(body).substring(0, 24) + "\"", smaller);
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("web file missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 2 + 32);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
