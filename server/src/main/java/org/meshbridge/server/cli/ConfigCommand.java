package org.meshbridge.server.cli;

import picocli.CommandLine.Command;

/** {@code meshbridge config ...}: commands about the config file. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Commands about the YAML config file (see docs/configuration.md).",
        subcommands = {ConfigCheckCommand.class})
final class ConfigCommand {
}
