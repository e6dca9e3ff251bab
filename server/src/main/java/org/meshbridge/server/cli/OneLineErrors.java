package org.meshbridge.server.cli;

import java.io.PrintWriter;
import org.meshbridge.server.app.StartupException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Every error as one line on stderr, prefixed with the command, and the matching exit code:
 * {@link ExitCodes#USAGE} for bad input, {@link ExitCodes#RUNTIME_FAILURE} for the rest.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String hint = e instanceof InvalidInput ? "" : " (see '" + name + " --help')";
        print(command.getErr(), name + ": " + oneLine(e.getMessage()) + hint);
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        String name = command.getCommandSpec().qualifiedName();
        if (e instanceof StartupException) {
            print(command.getErr(), name + ": " + oneLine(e.getMessage()));
        } else {
            print(command.getErr(), name + ": unexpected error: " + oneLine(String.valueOf(e))
                    + " (please report it with the command you ran)");
        }
        return ExitCodes.RUNTIME_FAILURE;
    }

    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    private static void print(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }
}
