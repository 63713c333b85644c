package io.vitrine.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.common.AppVersion;
import io.vitrine.common.Json;
import io.vitrine.platform.api.BrandInfo;
import io.vitrine.platform.api.EventPage;
import io.vitrine.platform.api.ItemPayload;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.Publication;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.PublicationList;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The platform API over {@code java.net.http} (system TLS checks, never relaxed). Every call retries
 * what the contract calls retryable under the {@link RetryPolicy}; what is left is thrown as a
 * {@link PlatformException}. The token only ever goes into the Authorization header, and whatever the
 * platform says back passes {@link TokenRedaction} before the studio keeps or shows it. Each exchange has
 * an overall deadline and a size limit ({@link PlatformExchange}); a Retry-After longer than
 * {@link RetryPolicy#MAX_RETRY_AFTER} ends the round instead of sleeping through it.
 */
public final class PlatformClient {
    private static final ObjectMapper JSON = Json.mapper();

    private final PlatformConnection connection;
    private final PlatformExchange exchange;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    public PlatformClient(PlatformConnection connection, RetryPolicy retry, Sleeper sleeper) {
        this(connection, retry, sleeper, PlatformExchange.Limits.DEFAULT);
    }

    PlatformClient(PlatformConnection connection, RetryPolicy retry, Sleeper sleeper, PlatformExchange.Limits limits) {
        this.connection = connection;
        this.retry = retry;
        this.sleeper = sleeper;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.exchange = new PlatformExchange(http, limits, new TokenRedaction(connection.token()));
    }

    public PlatformClient(PlatformConnection connection) {
        this(connection, RetryPolicy.DEFAULT, Sleeper.REAL);
    }

    public BrandInfo brand() {
        return send("the brand check", get("/v1/brand"), BrandInfo.class);
    }

    public void putItem(String itemId, ItemPayload item) {
        send("item " + itemId, jsonRequest("/v1/items/" + encode(itemId)).PUT(json(item)), null);
    }

    public void putImage(String sha256, byte[] bytes, String contentType) {
        send("image " + sha256.substring(0, Math.min(12, sha256.length())), request("/v1/images/" + sha256)
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)), null);
    }

    public Publication createPost(String idempotencyKey, PostPayload post) {
        return create(PublicationKind.POST, idempotencyKey, post);
    }

    public Publication createPoll(String idempotencyKey, PollPayload poll) {
        return create(PublicationKind.POLL, idempotencyKey, poll);
    }

    /** Changes a publication if it is still at {@code etag}; a 412 means someone changed it meanwhile. */
    public Publication update(PublicationKind kind, String id, String etag, String idempotencyKey, Object payload) {
        HttpRequest.Builder request = jsonRequest(path(kind) + "/" + encode(id)).header("If-Match", etag)
                .header("Idempotency-Key", idempotencyKey).PUT(json(payload));
        return send("the change to " + kind.name().toLowerCase() + " " + id, request, Publication.class);
    }

    public Publication get(PublicationKind kind, String id) {
        return send(kind.name().toLowerCase() + " " + id, get(path(kind) + "/" + encode(id)), Publication.class);
    }

    public PublicationList publications() {
        return send("the publication list", get("/v1/publications"), PublicationList.class);
    }

    public EventPage events(String cursor, int limit) {
        String query = "?limit=" + limit + (cursor == null ? "" : "&cursor=" + encode(cursor));
        return send("the event feed", get("/v1/events" + query), EventPage.class);
    }

    /** Cleans text the platform sent (for messages built outside this client, such as brand names). */
    public String redact(String text) {
        return exchange.redaction().clean(text);
    }

    private Publication create(PublicationKind kind, String idempotencyKey, Object payload) {
        HttpRequest.Builder request = jsonRequest(path(kind)).header("Idempotency-Key", idempotencyKey).POST(json(payload));
        return send("the new " + kind.name().toLowerCase(), request, Publication.class);
    }

    private static String path(PublicationKind kind) {
        return kind == PublicationKind.POST ? "/v1/posts" : "/v1/polls";
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder jsonRequest(String path) {
        return request(path).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(connection.base() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + connection.token())
                .header("Accept", "application/json")
                .header("User-Agent", "VitrineStudio/" + AppVersion.current());
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body.getClass().getSimpleName(), e);
        }
    }

    private <T> T send(String what, HttpRequest.Builder builder, Class<T> type) {
        HttpRequest request = builder.build();
        PlatformException last = null;
        for (int attempt = 0; attempt < retry.maxAttempts(); attempt++) {
            if (attempt > 0) {
                Duration asked = last.retryAfter();
                if (asked != null && asked.compareTo(RetryPolicy.MAX_RETRY_AFTER) > 0) {
                    throw PlatformException.waitRequested(what, last.status(), asked);
                }
                pause(retry.delay(attempt - 1, asked));
            }
            try {
                return exchange.call(what, request, type);
            } catch (PlatformException e) {
                if (!e.retryable() || e.waitRequested()) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlatformException.network("(sync cancelled)", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
