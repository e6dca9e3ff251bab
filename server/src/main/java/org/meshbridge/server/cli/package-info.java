/**
 * The {@code meshbridge} command line (picocli). {@link org.meshbridge.server.cli.Main} is the
 * root command and lists every subcommand; exit codes are in {@link org.meshbridge.server.cli.ExitCodes}.
 */
package org.meshbridge.server.cli;
