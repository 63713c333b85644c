package io.vitrine.platform.api;

/** {@code POST /v1/comments/{id}/replies} and {@code .../private-reply}: what to answer (1 to 1,000 characters). */
public record ReplyRequest(String text) {
    public static final int MAX_LENGTH = 1000;
}
