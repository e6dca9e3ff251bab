package org.meshbridge.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.meshbridge.server.config.ConfigException;
import org.meshbridge.server.config.MeshbridgeConfig;
import picocli.CommandLine;

/** Reads a config file for a command; every problem is an {@link InvalidInput} (exit 2) that names the file. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /**
     * @throws InvalidInput e.g. {@code config file ./bridge.yaml does not exist} or
     *     {@code ./bridge.yaml: radio.spreading_factor: must be 5..12, was 13}
     */
    static MeshbridgeConfig load(Path file, CommandLine commandLine) {
        if (!Files.exists(file)) {
            throw new InvalidInput(commandLine, "config file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidInput(commandLine, "config file " + file + " is not a readable file");
        }
        try {
            return MeshbridgeConfig.load(file);
        } catch (ConfigException e) {
            throw new InvalidInput(commandLine, file + ": " + e.getMessage());
        }
    }
}
