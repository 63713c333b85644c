package io.vitrine.platform.sim;

import io.vitrine.common.Json;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request, read whole: method, decoded path segments ({@code /v1/posts/p1} → [v1, posts, p1]),
 * query parameters, headers by lower-case name, body bytes.
 */
record SimRequest(String method, String path, List<String> segments, Map<String, String> query,
                  Map<String, String> headers, byte[] body) {

    static SimRequest of(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {
        List<String> segments = new ArrayList<>();
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                segments.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return new SimRequest(method, rawPath, List.copyOf(segments), Map.copyOf(query), Map.copyOf(headers), body);
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    boolean isWrite() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    /** Segment {@code i}, or "" past the end. */
    String segment(int i) {
        return i < segments.size() ? segments.get(i) : "";
    }

    /** Path pattern match where "*" is any one segment, e.g. {@code matches("GET", "v1", "posts", "*")}. */
    boolean matches(String verb, String... pattern) {
        if (!method.equals(verb) || segments.size() != pattern.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    <T> T json(Class<T> type) {
        if (body.length == 0) {
            throw SimProblem.badRequest("A JSON body is required");
        }
        try {
            T value = Json.mapper().readValue(body, type);
            if (value == null) {
                throw SimProblem.badRequest("A JSON body is required");
            }
            return value;
        } catch (IOException e) {
            throw SimProblem.badRequest("Malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Identifies the request for idempotency: same key with another fingerprint is a client bug. */
    String fingerprint() {
        byte[] head = (method + " " + path + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return SimPublication.sha256Hex(all);
    }
}
