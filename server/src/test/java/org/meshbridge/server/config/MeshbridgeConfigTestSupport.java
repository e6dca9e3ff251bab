package org.meshbridge.server.config;

import java.nio.file.Path;

/** Where the repository's example config is, for tests in other packages. */
public final class MeshbridgeConfigTestSupport {

    private MeshbridgeConfigTestSupport() {
    }

    /** {@code examples/meshbridge.yaml} at the repository root. */
    public static Path example() {
        return MeshbridgeConfigTest.repositoryRoot().resolve("examples/meshbridge.yaml");
    }
}
