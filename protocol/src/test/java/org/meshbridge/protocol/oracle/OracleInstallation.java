package org.meshbridge.protocol.oracle;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the npm oracles live ({@code oracles/} at the repository root) and whether they can run.
 *
 * <p>When they cannot, {@link #require} skips the calling tests with a JUnit assumption, unless
 * the system property {@code meshbridge.oracles=required} is set ({@code scripts/test} sets it):
 * then it fails with the reason, so CI never passes by skipping the oracles.
 */
public final class OracleInstallation {

    /** The system property that turns a missing oracle from a skip into a failure. */
    public static final String MODE_PROPERTY = "meshbridge.oracles";

    private static final String MARKER = "oracles/package.json";

    private final Path oraclesDirectory;

    private OracleInstallation(Path oraclesDirectory) {
        this.oraclesDirectory = oraclesDirectory;
    }

    /** The {@code oracles/} directory, found by walking up from the working directory. */
    public Path directory() {
        return oraclesDirectory;
    }

    /**
     * Returns the installation if {@code node} and the npm package at its pinned version are
     * present; otherwise skips or fails the calling test (see the class comment).
     */
    static OracleInstallation require(String npmPackage, String pinnedVersion) {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Optional<Path> root = findRepositoryRoot(start);
        String problem;
        if (root.isEmpty()) {
            problem = "no " + MARKER + " in " + start + " or any parent directory";
        } else {
            problem = installationProblem(root.get().resolve("oracles"), npmPackage, pinnedVersion);
        }
        if (problem != null) {
            String message = "oracle " + npmPackage + " " + pinnedVersion + " unavailable: " + problem
                    + ". Install it with scripts/test (or: cd oracles && npm ci).";
            if ("required".equals(System.getProperty(MODE_PROPERTY))) {
                throw new IllegalStateException(message + " Failing because -D" + MODE_PROPERTY + "=required.");
            }
            assumeTrue(false, message);
        }
        return new OracleInstallation(root.orElseThrow().resolve("oracles"));
    }

    static Optional<Path> findRepositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Null when everything is in place, else what is missing. */
    private static String installationProblem(Path oracles, String npmPackage, String pinnedVersion) {
        if (!nodeOnPath()) {
            return "no node executable on PATH";
        }
        Path manifest = oracles.resolve("node_modules").resolve(npmPackage).resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
            return manifest + " is missing";
        }
        try {
            JsonNode installed = new ObjectMapper().readTree(manifest.toFile());
            String version = installed.path("version").asText();
            return pinnedVersion.equals(version) ? null : "installed version is " + version;
        } catch (IOException e) {
            return "cannot read " + manifest + ": " + e.getMessage();
        }
    }

    private static boolean nodeOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "node"))) {
                return true;
            }
        }
        return false;
    }
}
