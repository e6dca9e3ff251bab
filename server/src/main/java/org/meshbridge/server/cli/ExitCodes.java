package org.meshbridge.server.cli;

/** The process exit codes of {@code meshbridge}, a public contract (see {@code docs/cli.md}). */
public final class ExitCodes {

    /** Success (or a clean stop after SIGINT/SIGTERM for the foreground server). */
    public static final int OK = 0;
    /** A runtime failure: the command was valid but could not be carried out (e.g. port in use). */
    public static final int RUNTIME_FAILURE = 1;
    /** A usage error or invalid input: unknown option, bad value, missing or unusable file. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
