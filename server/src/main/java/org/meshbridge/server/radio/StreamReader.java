package org.meshbridge.server.radio;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Reads a {@link ByteStream} on its own daemon thread until it ends, handing each chunk on as a
 * fresh array. Never lets an exception escape: a failed read ends the stream with a reason.
 */
final class StreamReader {

    /** Where the chunks go; called on the reader thread. */
    interface Sink {
        void onChunk(byte[] chunk);

        /** The stream ended by itself (not by {@code stopped}): the device went away or failed. */
        void onEnd(String reason);
    }

    private StreamReader() {
    }

    /**
     * Starts the thread.
     *
     * @param stopped true once the stream was closed on purpose; then the end is not reported
     */
    static void start(String threadName, ByteStream stream, String device, Sink sink, BooleanSupplier stopped) {
        Thread reader = new Thread(() -> run(stream, device, sink, stopped), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private static void run(ByteStream stream, String device, Sink sink, BooleanSupplier stopped) {
        byte[] buffer = new byte[RadioLinkConstants.READ_BUFFER_BYTES];
        String reason;
        try {
            while (true) {
                int n = stream.read(buffer);
                if (stopped.getAsBoolean()) {
                    return;
                }
                if (n < 0) {
                    reason = device + " went away (end of stream)";
                    break;
                }
                if (n > 0) {
                    sink.onChunk(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException | RuntimeException e) {
            reason = "reading " + device + " failed: " + e.getMessage();
        }
        if (!stopped.getAsBoolean()) {
            sink.onEnd(reason);
        }
    }
}
