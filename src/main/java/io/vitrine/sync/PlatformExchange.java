package io.vitrine.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.common.Json;
import io.vitrine.platform.api.ProblemDetail;
import io.vitrine.platform.api.Publication;
import io.vitrine.platform.api.PublicationList;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One request and its answer, defended against a hostile or broken server: an overall deadline (a body
 * dripping a byte a second does not escape it), the body streamed and capped ({@link BoundedBody}), an answer
 * that is not JSON said to be not the API, and every text the platform sends cleaned of credentials.
 */
final class PlatformExchange {
    /** How long one exchange may take from sending to the last byte, and how large an answer may be. */
    record Limits(Duration deadline, long maxBytes) {
        static final Limits DEFAULT = new Limits(Duration.ofSeconds(60), 32L << 20);
    }

    private static final ObjectMapper JSON = Json.mapper();
    /** Enough of a non-JSON answer to know it is one; the rest is not downloaded. */
    private static final long GLANCE_BYTES = 64 * 1024;

    private final HttpClient http;
    private final Limits limits;
    private final TokenRedaction redaction;

    PlatformExchange(HttpClient http, Limits limits, TokenRedaction redaction) {
        this.http = http;
        this.limits = limits;
        this.redaction = redaction;
    }

    TokenRedaction redaction() {
        return redaction;
    }

    <T> T call(String what, HttpRequest request, Class<T> type) {
        HttpResponse<byte[]> response = exchange(what, request);
        int status = response.statusCode();
        String contentType = mediaType(response.headers());
        boolean json = contentType == null || contentType.equals("application/json") || contentType.endsWith("+json");
        if (status / 100 != 2) {
            boolean clientError = status >= 400 && status < 500 && status != 408 && status != 409 && status != 429;
            if (!json && clientError && response.body().length > 0) {
                throw PlatformException.notTheApi(what, status, contentType);
            }
            throw PlatformException.http(what, status, problem(response.body()), retryAfter(response.headers()));
        }
        if (type == null) {
            return null;
        }
        if (!json) {
            throw PlatformException.notTheApi(what, status, contentType);
        }
        try {
            return type.cast(cleaned(JSON.readValue(response.body(), type)));
        } catch (IOException e) {
            if (startsLikeMarkup(response.body())) {
                throw PlatformException.notTheApi(what, status, contentType);
            }
            // A truncated or garbled answer is a network fault, not a refusal: worth another try.
            throw PlatformException.noAnswer(what, "its answer was cut off or garbled", null);
        }
    }

    private HttpResponse<byte[]> exchange(String what, HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request, info -> {
            String type = mediaType(info.headers());
            boolean json = type == null || type.equals("application/json") || type.endsWith("+json");
            return json ? new BoundedBody(limits.maxBytes(), false) : new BoundedBody(GLANCE_BYTES, true);
        });
        try {
            return call.get(limits.deadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw PlatformException.noAnswer(what, "it had not finished answering after " + limits.deadline().toSeconds()
                    + " s", null);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw PlatformException.noAnswer(what, "the sync was cancelled", e);
        } catch (ExecutionException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof BoundedBody.TooLarge) {
                    throw PlatformException.tooLarge(what, limits.maxBytes());
                }
            }
            throw PlatformException.network(what, e.getCause() == null ? e : e.getCause());
        }
    }

    /** What the platform wrote that the studio may keep or show: moderation reasons, with credentials taken out. */
    private Object cleaned(Object value) {
        if (value instanceof Publication p) {
            return clean(p);
        }
        if (value instanceof PublicationList list) {
            return new PublicationList(list.publications().stream().map(this::clean).toList());
        }
        return value;
    }

    private Publication clean(Publication p) {
        return p.error() == null ? p : new Publication(p.id(), p.kind(), p.status(), p.etag(), p.scheduledAt(),
                p.publishedAt(), p.closesAt(), redaction.clean(p.error()), p.post(), p.poll());
    }

    private ProblemDetail problem(byte[] body) {
        try {
            ProblemDetail problem = body.length == 0 ? null : JSON.readValue(body, ProblemDetail.class);
            return problem == null ? null : new ProblemDetail(problem.type(), redaction.clean(problem.title()),
                    problem.status(), redaction.clean(problem.detail()), null);
        } catch (IOException e) {
            return null;
        }
    }

    /** "text/html" from "text/html; charset=utf-8"; null when the answer says nothing. */
    private static String mediaType(HttpHeaders headers) {
        return headers.firstValue("Content-Type").map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty()).orElse(null);
    }

    private static boolean startsLikeMarkup(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '<';
            }
        }
        return false;
    }

    /** Seconds or an HTTP date (RFC 9110); null when absent or unreadable (then our own backoff applies). */
    static Duration retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").map(String::strip).map(value -> {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    Duration wait = Duration.between(Instant.now(), at);
                    return wait.isNegative() ? Duration.ZERO : wait;
                } catch (DateTimeParseException neither) {
                    return null;
                }
            }
        }).orElse(null);
    }
}
