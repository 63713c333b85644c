package io.vitrine.platform.sim;

import io.vitrine.platform.api.ProblemDetail;
import java.util.Map;

/** A request the simulator refuses; the server turns it into an {@code application/problem+json} reply. */
final class SimProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SimReply reply;

    SimProblem(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    SimProblem(int status, String title, String detail, Map<String, String> extensions) {
        this(SimReply.problem(ProblemDetail.of(status, title, detail), extensions));
    }

    private SimProblem(SimReply reply) {
        super(reply.status() + " " + reply.body(), null, false, false);
        this.reply = reply;
    }

    SimReply reply() {
        return reply;
    }

    /** The same refusal with a Retry-After (in real seconds) for the client. */
    SimProblem withRetryAfter(long seconds) {
        return new SimProblem(reply.withHeader("Retry-After", Long.toString(seconds)));
    }

    static SimProblem badRequest(String detail) {
        return new SimProblem(400, "Bad Request", detail);
    }

    static SimProblem unauthorized() {
        return new SimProblem(SimReply.problem(401, "Unauthorized", "Send Authorization: Bearer <the brand's token>")
                .withHeader("WWW-Authenticate", "Bearer"));
    }

    static SimProblem notFound(String detail) {
        return new SimProblem(404, "Not Found", detail);
    }

    static SimProblem unprocessable(String detail) {
        return new SimProblem(422, "Unprocessable Content", detail);
    }
}
