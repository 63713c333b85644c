package io.vitrine.cli;

import io.vitrine.common.VitrineException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one readable message on stderr and a non-zero exit code. Expected problems
 * (bad file, busy workspace) print their remedy; unexpected ones add the stack trace only with
 * {@code VITRINE_DEBUG=1}, so users see a sentence, not a trace. With {@code --json} the failure is also
 * the one JSON document on stdout, {@code {"error": "…", "remedy": "…"}}, so a script reading stdout learns
 * what went wrong instead of parsing nothing.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int FAILED = 1;
    /** picocli's exit code for a command line it cannot understand. */
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        String message = ex instanceof VitrineException v ? v.getMessage() : VitrineException.describe(ex);
        String remedy = ex instanceof VitrineException v ? v.remedy() : "";
        err.println("error: " + message);
        if (!remedy.isEmpty()) {
            err.println("  " + remedy);
        }
        if (System.getenv("VITRINE_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        if (wantsJson(command.getParseResult())) {
            printJson(command, message, remedy);
        }
        return FAILED;
    }

    /** A mistyped option or a missing argument: picocli's message and the usage, as JSON too when asked. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        var err = command.getErr();
        err.println("error: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            command.usage(err);
        }
        err.flush();
        if (java.util.Arrays.asList(args).contains("--json")) {
            printJson(command, ex.getMessage(), "Run with --help to see the options.");
        }
        return USAGE;
    }

    private static boolean wantsJson(ParseResult parsed) {
        return parsed != null && parsed.hasMatchedOption("--json");
    }

    /** What --json prints when a command fails. */
    record Failure(String error, String remedy) {
    }

    private static void printJson(CommandLine command, String message, String remedy) {
        JsonOption.write(command.getOut(), new Failure(message, remedy));
    }
}
