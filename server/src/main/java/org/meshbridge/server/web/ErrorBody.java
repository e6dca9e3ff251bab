package org.meshbridge.server.web;

import java.util.Objects;

/** Every HTTP error body: {@code {"error":"not_found","message":"..."}}. */
public record ErrorBody(String error, String message) {

    public ErrorBody {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }
}
