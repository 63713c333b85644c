package io.vitrine.common;

/**
 * Something about a post or a poll a person should know: an error blocks saving, scheduling or publishing;
 * a warning (an out-of-stock product, a pin outside the crop, an option shown unevenly) does not.
 *
 * @param field what to fix: "caption", "images", "tags", "schedule", "question", "option.2", "duration" …
 */
public record Problem(Severity severity, String field, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String field, String message) {
        return new Problem(Severity.ERROR, field, message);
    }

    public static Problem warning(String field, String message) {
        return new Problem(Severity.WARNING, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
