package io.vitrine.platform.sim;

/** ETag / If-Match handling (RFC 9110 §13.1.1): the header value is quoted, the body's {@code etag} is bare. */
final class Etags {
    private Etags() {
    }

    static String header(String etag) {
        return "\"" + etag + "\"";
    }

    /** True if any entity tag in {@code ifMatch} is {@code etag} (quoted or bare), or it is {@code *}. */
    static boolean matches(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                continue; // If-Match uses the strong comparison: a weak tag never matches
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
