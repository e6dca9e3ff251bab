package org.meshbridge.server.mqtt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test opened (brokers, bridges, recorders), closed in reverse order after it. Register it
 * with {@code @RegisterExtension} and wrap each resource in {@link #keep}.
 */
final class OpenedInTest implements AfterEachCallback {

    private final List<AutoCloseable> open = new ArrayList<>();

    /** {@code closeable}, to be closed after the test. */
    <T extends AutoCloseable> T keep(T closeable) {
        open.add(closeable);
        return closeable;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        open.clear();
    }
}
