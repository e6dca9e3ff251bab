/**
 * The {@code meshbridge} command line (picocli). {@link org.meshbridge.server.cli.Main} is the
 * root command and lists every subcommand: {@code run}, and the offline tools {@code decode},
 * {@code keygen} and {@code identity show|import}; exit codes are in
 * {@link org.meshbridge.server.cli.ExitCodes}. Decode's formatting lives in {@code cli.decode}.
 */
package org.meshbridge.server.cli;
