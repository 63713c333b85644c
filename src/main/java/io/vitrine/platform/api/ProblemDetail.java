package io.vitrine.platform.api;

/** An RFC 9457 {@code application/problem+json} error body. */
public record ProblemDetail(String type, String title, int status, String detail, String instance) {
    public static ProblemDetail of(int status, String title, String detail) {
        return new ProblemDetail("about:blank", title, status, detail, null);
    }
}
