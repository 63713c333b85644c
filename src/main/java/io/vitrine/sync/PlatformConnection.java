package io.vitrine.sync;

import java.net.URI;
import java.util.Objects;

/** Where the platform is and the brand's bearer token. {@link #toString()} never shows the token. */
public record PlatformConnection(URI url, String token) {
    public PlatformConnection {
        Objects.requireNonNull(url, "url");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("A platform token is required");
        }
        String scheme = url.getScheme();
        if (!"https".equals(scheme) && !("http".equals(scheme) && isLoopback(url))) {
            throw new IllegalArgumentException("The platform address must be https:// (plain http only on this machine): " + url);
        }
    }

    static boolean isLoopback(URI url) {
        String host = url.getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host) || "::1".equals(host);
    }

    /** The url without a trailing slash: the key tokens are stored under. */
    public String base() {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public String toString() {
        return "PlatformConnection[" + base() + ", token hidden]";
    }
}
