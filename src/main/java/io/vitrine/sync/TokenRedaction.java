package io.vitrine.sync;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text that came from the platform (error details, moderation reasons, brand names)
 * before the studio stores or prints it: a server that echoes the request's Authorization header must not
 * put the brand's token into the workspace, a log or the screen. Removes the token itself and anything
 * that looks like a credential: "Bearer …", "Authorization: …", "token=…".
 */
public final class TokenRedaction {
    static final String HIDDEN = "[hidden]";
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)(\\bauthorization[\"']?\\s*[:=]\\s*[\"']?)(?:[A-Za-z]+\\s+)?+[^\\s\"',;}<]+");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9\\-._~+/]+=*");
    /** A JSON field ("token": "…") or a query parameter (token=…) named like a credential. */
    private static final Pattern TOKEN_FIELD = Pattern.compile(
            "(?i)([\"']\\w*token[\"']\\s*:\\s*[\"']?|\\b\\w*token=)[^\\s\"',;&}]+");
    /** Shorter than this, a "token" could be an ordinary word: only the patterns apply. */
    private static final int MIN_LITERAL = 8;

    private final String token;

    /** @param token the brand's token (may be null: then only credential-looking values are removed) */
    public TokenRedaction(String token) {
        this.token = token == null || token.length() < MIN_LITERAL ? null : token;
    }

    public String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = token == null ? text : text.replace(token, HIDDEN);
        result = replace(AUTHORIZATION, result);
        result = replace(BEARER, result);
        return replace(TOKEN_FIELD, result);
    }

    private static String replace(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + HIDDEN)) : text;
    }
}
