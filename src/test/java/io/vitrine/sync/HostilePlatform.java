package io.vitrine.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A platform that misbehaves on purpose, on loopback: each path prefix gets a handler written by the test
 * (echo the Authorization header, answer HTML, drip a byte a second, send 500 MB …); anything not handled
 * answers as a well-behaved platform would for an empty brand. Records every request's method and path.
 */
final class HostilePlatform implements AutoCloseable {
    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    static final String BRAND = "{\"id\":\"b_1\",\"name\":\"Maison Lumière\",\"handle\":\"maisonlumiere\"}";

    private final HttpServer server;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    HostilePlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "hostile-platform");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::dispatch);
        on("/v1/brand", exchange -> reply(exchange, 200, "application/json", BRAND));
        on("/v1/publications", exchange -> reply(exchange, 200, "application/json", "{\"publications\":[]}"));
        on("/v1/events", exchange -> reply(exchange, 200, "application/json",
                "{\"events\":[],\"next_cursor\":\"c0\",\"has_more\":false}"));
        on("/v1/images/", exchange -> reply(exchange, 204, null, ""));
        on("/v1/items/", exchange -> reply(exchange, 204, null, ""));
        server.start();
    }

    HostilePlatform on(String pathPrefix, Handler handler) {
        handlers.put(pathPrefix, handler);
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long count(String pathPrefix) {
        return requests.stream().filter(r -> r.substring(r.indexOf(' ') + 1).startsWith(pathPrefix)).count();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        exchange.getRequestBody().readAllBytes();
        Handler handler = handlers.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue).orElse(e -> reply(e, 404, "application/problem+json",
                        "{\"title\":\"Not Found\",\"status\":404}"));
        try {
            handler.handle(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // the studio stopped reading: what a deadline or a size cap does
        } finally {
            exchange.close();
        }
    }

    static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The Authorization header the studio sent, as a careless server would put it in its error. */
    static String authorization(HttpExchange exchange) {
        return String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
