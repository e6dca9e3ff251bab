package org.meshbridge.server.mqtt;

/** The broker acknowledged a publish with an error reason code (MQTT 5), e.g. not authorized for the topic. */
final class PublishRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PublishRejectedException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
