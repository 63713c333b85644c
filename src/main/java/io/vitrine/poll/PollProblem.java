package io.vitrine.poll;

/**
 * Something about a poll the user should know: an error (it cannot be published like this) or a warning
 * (it can, but probably should not be). {@code field} names what to fix: "question", "option.2", "duration"…
 */
public record PollProblem(Severity severity, String field, String message) {

    public enum Severity { ERROR, WARNING }

    public static PollProblem error(String field, String message) {
        return new PollProblem(Severity.ERROR, field, message);
    }

    public static PollProblem warning(String field, String message) {
        return new PollProblem(Severity.WARNING, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
