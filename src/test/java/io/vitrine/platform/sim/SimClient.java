package io.vitrine.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A plain java.net.http client for the simulator's tests: one brand's token, real HTTP over loopback. */
final class SimClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;

    SimClient(String url, String token) {
        this.url = url;
        this.token = token;
    }

    HttpResponse<String> get(String path) throws IOException {
        return send("GET", path, null, "application/json");
    }

    HttpResponse<String> send(String method, String path, Object body, String... headers) throws IOException {
        return send(method, path, body == null ? null : Json.write(body).getBytes(), "application/json", headers);
    }

    HttpResponse<String> send(String method, String path, byte[] body, String contentType, String... headers)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Sends until the answer is neither a fault (5xx, 429) nor a dropped connection. */
    HttpResponse<String> sendRetrying(String method, String path, Object body, String... headers) {
        return retry(() -> send(method, path, body, headers));
    }

    HttpResponse<String> sendRetrying(String method, String path, byte[] body, String contentType, String... headers) {
        return retry(() -> send(method, path, body, contentType, headers));
    }

    /** One HTTP call that may fail with a dropped connection. */
    interface Call {
        HttpResponse<String> run() throws IOException;
    }

    static HttpResponse<String> retry(Call call) {
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                HttpResponse<String> r = call.run();
                if (r.statusCode() < 500 && r.statusCode() != 429) {
                    return r;
                }
            } catch (IOException e) {
                // a dropped connection: try again with the same request (and key)
            }
        }
        throw new AssertionError("no answer after 100 attempts");
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every event of the feed, page by page from the start, with {@code limit} per page. */
    List<JsonNode> allEvents(int limit) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = "";
        while (true) {
            JsonNode page = json(sendRetrying("GET", "/v1/events?limit=" + limit + "&cursor=" + cursor, null));
            page.get("events").forEach(events::add);
            cursor = page.get("next_cursor").asText();
            if (!page.get("has_more").asBoolean()) {
                return events;
            }
        }
    }
}
