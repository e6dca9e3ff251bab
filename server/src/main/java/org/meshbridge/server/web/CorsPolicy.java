package org.meshbridge.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin access ({@code server.cors_origins}). Off by default: no
 * {@code Access-Control-Allow-Origin} is ever sent, so browsers keep other sites' pages from
 * reading the API. Listed origins ({@code https://chat.example.org}, exact, no wildcard) get it,
 * with bearer-token headers allowed in preflights; never credentials (cookies), which the API does
 * not use.
 */
public record CorsPolicy(Set<String> allowedOrigins) {

    public static final CorsPolicy OFF = new CorsPolicy(Set.of());

    public CorsPolicy {
        allowedOrigins = allowedOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static CorsPolicy of(List<String> origins) {
        return new CorsPolicy(Set.copyOf(origins));
    }

    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(origin.toLowerCase(Locale.ROOT));
    }
}
