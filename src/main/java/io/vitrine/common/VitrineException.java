package io.vitrine.common;

/**
 * An error a person can act on: what happened (the message) and what to do next (the remedy).
 * Every layer throws this (or a subclass) for expected failures, so the UI's one error dialog and
 * the CLI's stderr read the same way.
 */
public class VitrineException extends RuntimeException {
    private final String remedy;

    public VitrineException(String message, String remedy) {
        this(message, remedy, null);
    }

    public VitrineException(String message, String remedy, Throwable cause) {
        super(message, cause);
        this.remedy = remedy == null ? "" : remedy;
    }

    /** What the user can do about it; empty when there is nothing to suggest. */
    public String remedy() {
        return remedy;
    }

    /** One line for a status bar or stderr: message, then the remedy. */
    public String describe() {
        return remedy.isEmpty() ? getMessage() : getMessage() + " " + remedy;
    }

    /** Best human description of any throwable: ours carry a remedy, others their message or type. */
    public static String describe(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (t instanceof VitrineException v) {
                return v.describe();
            }
            t = t.getCause();
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
