package io.vitrine.platform.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side: reads a request, applies the fault plan, authenticates the bearer token, routes under
 * the brand's lock, and writes the reply (or cuts it off). {@code /_sim/*} needs no token and is never
 * faulted. Bound to 127.0.0.1 only.
 */
final class SimServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SimServer.class.getName());

    private static final long DRAIN_LIMIT = 100L * 1024 * 1024;

    private final HttpServer http;
    private final ThreadPoolExecutor executor;
    private final List<BrandState> brands;
    private final FaultPlan faults;
    private final ApiRoutes api;
    private final SimRoutes sim;
    private final Runnable afterWrite;

    SimServer(int port, List<BrandState> brands, FaultPlan faults, ApiRoutes api, SimRoutes sim, Runnable afterWrite)
            throws IOException {
        this.brands = brands;
        this.faults = faults;
        this.api = api;
        this.sim = sim;
        this.afterWrite = afterWrite;
        AtomicInteger threads = new AtomicInteger();
        // Bounded: a flood of requests waits in the queue, then runs on the accepting thread (back-pressure).
        this.executor = new ThreadPoolExecutor(8, 8, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), r -> {
            Thread t = new Thread(r, "platform-sim-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    int port() {
        return http.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SimRequest request;
            try {
                request = read(exchange);
            } catch (SimProblem p) {
                write(exchange, p.reply(), false);
                return;
            }
            if (request.segment(0).equals("_sim")) {
                write(exchange, sim.handle(request), false);
            } else {
                serveApi(exchange, request);
            }
        }
    }

    private void serveApi(HttpExchange exchange, SimRequest request) throws IOException {
        FaultPlan.Decision fault = faults.next(request.isWrite());
        pause(fault.latencyMillis());
        SimReply early = switch (fault.failure()) {
            case SERVER_ERROR -> SimReply.problem(500, "Internal Server Error", "Simulated failure; try again");
            case UNAVAILABLE -> SimReply.problem(503, "Service Unavailable", "Simulated outage; try again");
            case TOO_MANY_REQUESTS -> SimReply.problem(429, "Too Many Requests", "Slow down").withHeader("Retry-After", "1");
            default -> null;
        };
        if (early != null) {
            write(exchange, early, false);
            return;
        }
        SimReply reply = route(request);
        if (request.isWrite() && reply.status() < 300) {
            afterWrite.run();
        }
        write(exchange, reply, fault.failure() == FaultPlan.Failure.DROP);
    }

    private SimReply route(SimRequest request) {
        try {
            if (!request.segment(0).equals("v1")) {
                throw SimProblem.notFound("Nothing at " + request.path() + " (the API lives under /v1)");
            }
            BrandState brand = authenticate(request.header("Authorization"));
            synchronized (brand) {
                return api.handle(brand, request);
            }
        } catch (SimProblem p) {
            return p.reply();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Simulator failed on " + request.method() + " " + request.path(), e);
            return SimReply.problem(500, "Internal Server Error", "The simulator failed: " + e);
        }
    }

    private BrandState authenticate(String authorization) {
        String prefix = "bearer ";
        if (authorization != null && authorization.length() > prefix.length()
                && authorization.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)) {
            byte[] given = authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
            for (BrandState brand : brands) {
                if (MessageDigest.isEqual(given, brand.token().getBytes(StandardCharsets.UTF_8))) {
                    return brand;
                }
            }
        }
        throw SimProblem.unauthorized();
    }

    private static SimRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(ApiRoutes.MAX_IMAGE_BYTES + 1);
            if (body.length > ApiRoutes.MAX_IMAGE_BYTES) {
                // Read the rest (up to a bound) so the client gets to see the 413 instead of a reset connection.
                drain(in);
                throw new SimProblem(413, "Content Too Large", "Bodies are limited to 20 MB");
            }
        }
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return SimRequest.of(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body);
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        int n;
        while (left > 0 && (n = in.read(buffer)) > 0) {
            left -= n;
        }
    }

    /** Writes {@code reply}; with {@code drop}, only half the body goes out before the connection is cut. */
    private static void write(HttpExchange exchange, SimReply reply, boolean drop) throws IOException {
        byte[] body = reply.bodyBytes();
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        OutputStream out = exchange.getResponseBody();
        if (drop) {
            out.write(body, 0, body.length / 2);
            out.flush();
            // Thrown out of the handler, this makes the JDK server close the socket: the client sees a short body.
            throw new IOException("simulated dropped connection");
        }
        out.write(body);
        out.flush();
        reply.onDelivered().run();
    }

    private static void pause(int millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
