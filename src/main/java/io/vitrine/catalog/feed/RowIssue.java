package io.vitrine.catalog.feed;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rejected row or a warning: where (line, item id), which field, and what was wrong. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RowIssue(long line, String id, String field, String message) {

    /** "line 12 (LAMP-01), price: price is missing" for logs and the terminal. */
    public String describe() {
        return "line " + line + (id == null ? "" : " (" + id + ")") + ", " + field + ": " + message;
    }
}
