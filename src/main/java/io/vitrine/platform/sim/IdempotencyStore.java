package io.vitrine.platform.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Successful write responses by Idempotency-Key (per brand). The same key with the same request replays
 * the stored response; with a different request it is refused. Failures are not stored, so a client may
 * fix what was missing (upload the item) and retry with the same key.
 */
final class IdempotencyStore {
    /** What is kept per key; persisted with the rest of the brand's state. */
    record Entry(String fingerprint, int status, String contentType, Map<String, String> headers, String body) {
        SimReply reply() {
            return new SimReply(status, contentType, headers, body, null);
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Optional<SimReply> replay(String key, String fingerprint) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            throw SimProblem.unprocessable("Idempotency-Key " + key + " was already used for a different request");
        }
        return Optional.of(entry.reply().withHeader("Idempotent-Replayed", "true"));
    }

    void store(String key, String fingerprint, SimReply reply) {
        if (reply.status() < 300) {
            entries.put(key, new Entry(fingerprint, reply.status(), reply.contentType(), reply.headers(), reply.body()));
        }
    }

    Map<String, Entry> snapshot() {
        return Map.copyOf(entries);
    }

    void restore(Map<String, Entry> saved) {
        entries.putAll(saved);
    }
}
