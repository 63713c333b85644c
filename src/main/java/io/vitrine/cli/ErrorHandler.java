package io.vitrine.cli;

import io.vitrine.common.VitrineException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one readable message on stderr and a non-zero exit code. Expected problems
 * (bad file, busy workspace) print their remedy; unexpected ones add the stack trace only with
 * {@code VITRINE_DEBUG=1}, so users see a sentence, not a trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        var err = command.getErr();
        if (ex instanceof VitrineException v) {
            err.println("error: " + v.getMessage());
            if (!v.remedy().isEmpty()) {
                err.println("  " + v.remedy());
            }
        } else {
            err.println("error: " + VitrineException.describe(ex));
        }
        if (System.getenv("VITRINE_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }
}
