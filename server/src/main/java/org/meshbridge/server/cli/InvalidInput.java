package org.meshbridge.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Input the parser accepted but the command cannot use (a missing file, a refused address):
 * exit 2 like any usage error, with a message that already says what to fix.
 */
final class InvalidInput extends ParameterException {

    private static final long serialVersionUID = 1L;

    InvalidInput(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}
