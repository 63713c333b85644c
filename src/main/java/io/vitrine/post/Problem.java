package io.vitrine.post;

/**
 * Something about a post a person should know: an error blocks saving or scheduling, a warning
 * (an out-of-stock product, a pin outside the crop) does not.
 *
 * @param field what the problem is about: "caption", "images", "tags", "schedule" …
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
