package org.meshbridge.server.alert;

import java.util.Objects;
import java.util.function.Consumer;
import org.meshbridge.core.nodes.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each alert as one logfmt line ({@link AlertText#logLine}) to the logger
 * {@value #LOGGER}: silence, low battery and bridge faults at WARN, recoveries at INFO.
 */
public final class LogSink implements AlertSink {

    /** The logger name, so operators can route alerts to their own file. */
    public static final String LOGGER = "meshbridge.alerts";

    private final Consumer<String> warn;
    private final Consumer<String> info;

    /** To the {@value #LOGGER} logger. */
    public LogSink() {
        this(LoggerFactory.getLogger(LOGGER));
    }

    private LogSink(Logger log) {
        this(log::warn, log::info);
    }

    /** To the given line writers (tests record the lines). */
    public LogSink(Consumer<String> warn, Consumer<String> info) {
        this.warn = Objects.requireNonNull(warn, "warn");
        this.info = Objects.requireNonNull(info, "info");
    }

    @Override
    public void deliver(Alert alert) {
        (alert.kind().isRecovery() ? info : warn).accept(AlertText.logLine(alert));
    }
}
