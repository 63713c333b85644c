package io.vitrine.platform.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vitrine.common.Json;
import io.vitrine.platform.api.ProblemDetail;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One response, built before it is written so it can be stored under an Idempotency-Key, replayed,
 * or cut off half-way by a fault. {@code onDelivered} runs only once the whole body went out.
 */
record SimReply(int status, String contentType, Map<String, String> headers, String body, Runnable onDelivered) {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

    SimReply {
        headers = Map.copyOf(headers);
        onDelivered = onDelivered == null ? () -> { } : onDelivered;
    }

    static SimReply json(int status, Object value) {
        return new SimReply(status, JSON, Map.of(), Json.write(value), null);
    }

    static SimReply problem(int status, String title, String detail) {
        return problem(ProblemDetail.of(status, title, detail), Map.of());
    }

    /** {@code extensions} become extra members of the problem object (RFC 9457 §3.2), e.g. {@code current_etag}. */
    static SimReply problem(ProblemDetail problem, Map<String, String> extensions) {
        ObjectNode node = Json.mapper().valueToTree(problem);
        extensions.forEach(node::put);
        return new SimReply(problem.status(), PROBLEM_JSON, Map.of(), Json.write(node), null);
    }

    SimReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SimReply(status, contentType, more, body, onDelivered);
    }

    SimReply whenDelivered(Runnable action) {
        return new SimReply(status, contentType, headers, body, action);
    }

    byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
