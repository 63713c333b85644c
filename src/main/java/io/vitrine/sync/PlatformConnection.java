package io.vitrine.sync;

import io.vitrine.common.VitrineException;
import java.net.URI;
import java.util.Objects;

/**
 * Where the platform is and the brand's bearer token. {@link #toString()} never shows the token. The
 * address is kept in the workspace (to know which platform a brand is linked to), so it may not carry a
 * user name or password ({@code https://user:secret@…}): those would be stored in the clear.
 */
public record PlatformConnection(URI url, String token) {
    public PlatformConnection {
        Objects.requireNonNull(url, "url");
        if (token == null || token.isBlank()) {
            throw new VitrineException("A platform token is required.", "Paste the brand's token from the platform.");
        }
        if (url.getRawUserInfo() != null) {
            throw new VitrineException("The platform address may not contain a user name or password (the part before"
                    + " \"@\"): the studio keeps the address in the workspace, where a password would be stored in the clear.",
                    "Use the address without it, e.g. " + withoutUserInfo(url) + "; the brand's token is what signs in.");
        }
        String scheme = url.getScheme();
        if (!"https".equals(scheme) && !("http".equals(scheme) && isLoopback(url))) {
            throw new VitrineException("The platform address must be https:// (plain http only on this machine): " + url,
                    "Use the platform's https:// address.");
        }
    }

    static boolean isLoopback(URI url) {
        String host = url.getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host) || "::1".equals(host);
    }

    private static String withoutUserInfo(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority().substring(url.getRawAuthority().lastIndexOf('@') + 1)
                + (url.getRawPath() == null ? "" : url.getRawPath());
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
