package io.vitrine.sync;

import io.vitrine.common.VitrineException;
import io.vitrine.platform.api.ProblemDetail;
import java.io.IOException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * A call to the platform that did not succeed: an HTTP error (with its problem+json when the platform
 * sent one) or no answer at all ({@code status} 0: refused, reset, timed out, cut mid-answer).
 * {@link #retryable()} follows the contract: network errors, 408, 409, 429 and 5xx are worth another try;
 * a secure connection that could not be verified is not (see {@link #untrustedConnection()}). Some
 * failures end the whole round ({@link #stopsRound()}): an unverifiable certificate, an answer that is not
 * the API's, an answer too large to be one, and the platform asking to wait longer than the studio waits.
 */
public final class PlatformException extends VitrineException {
    /** What kind of failure: the round goes on after an HTTP refusal or a network fault, not after the others. */
    enum Kind { HTTP, NETWORK, UNTRUSTED, NOT_THE_API, TOO_LARGE, WAIT }

    private final Kind kind;
    private final int status;
    private final ProblemDetail problem;
    private final Duration retryAfter;

    private PlatformException(Kind kind, int status, ProblemDetail problem, Duration retryAfter, String message,
                              String remedy, Throwable cause) {
        super(message, remedy, cause);
        this.kind = kind;
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    static PlatformException network(String what, Throwable cause) {
        if (cause instanceof SSLException && !brokeMidHandshake(cause)) {
            return new PlatformException(Kind.UNTRUSTED, 0, null, null, "The platform's secure connection could not be"
                    + " verified for " + what + " (" + cause.getMessage() + ").", "Check the platform address. The studio"
                    + " never skips certificate checks; if your company inspects traffic, its root certificate must be"
                    + " trusted by Java.", cause);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return noAnswer(what, reason, cause);
    }

    /** No (complete) answer: {@code reason} is said in our words, e.g. "it stopped answering after 60 s". */
    static PlatformException noAnswer(String what, String reason, Throwable cause) {
        return new PlatformException(Kind.NETWORK, 0, null, null, "The platform did not answer " + what + " (" + reason + ").",
                "Check the network connection; the studio keeps your changes and tries again on the next sync.", cause);
    }

    /**
     * A TLS error caused by a plain I/O failure (reset, end of stream) is a connection that broke, which
     * a retry may cure; any other TLS error is a certificate or handshake the platform will refuse again.
     */
    private static boolean brokeMidHandshake(Throwable error) {
        for (Throwable t = error.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException && !(t instanceof SSLException)) {
                return true;
            }
        }
        return false;
    }

    static PlatformException http(String what, int status, ProblemDetail problem, Duration retryAfter) {
        String detail = problem == null ? "" : firstNonBlank(problem.detail(), problem.title());
        String message = "The platform refused " + what + " (HTTP " + status + (detail.isEmpty() ? "" : ": " + detail) + ").";
        return new PlatformException(Kind.HTTP, status, problem, retryAfter, message, remedyFor(status), null);
    }

    /** A web page, a proxy's or a captive portal's answer: whatever is at that address is not the platform API. */
    static PlatformException notTheApi(String what, int status, String contentType) {
        return new PlatformException(Kind.NOT_THE_API, status, null, null, "The platform answered something that is not"
                + " its API for " + what + " (HTTP " + status + ", " + (contentType == null ? "no content type" : contentType)
                + ").", "Check the platform address: it must be the API's (for example https://api.example.com), not a web"
                + " page. A Wi-Fi login page or a company proxy can also answer like this; sign in to the network first.", null);
    }

    static PlatformException tooLarge(String what, long maxBytes) {
        return new PlatformException(Kind.TOO_LARGE, 0, null, null, "The platform's answer to " + what + " is larger than "
                + (maxBytes >> 20) + " MB, far more than the API sends; the studio stopped reading it.",
                "Check the platform address; if it is right, try again later or tell the platform's support.", null);
    }

    /** The platform asks for a pause longer than a sync round waits: the round ends, the next one carries on. */
    static PlatformException waitRequested(String what, int status, Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new PlatformException(Kind.WAIT, status, null, wait, "The platform asks to wait " + minutes + " min before"
                + " more requests (HTTP " + status + " for " + what + "); this sync round stopped there.",
                "Nothing is lost: the next sync after that carries on where this one stopped.", null);
    }

    private static String remedyFor(int status) {
        return switch (status) {
            case 401 -> "The token is not valid for this platform: paste a new one on the Sync screen.";
            case 403, 404 -> "This token's brand cannot see it: check that the workspace brand matches the token.";
            case 429, 503 -> "The platform is busy; the studio tries again later.";
            default -> status >= 500 ? "The platform had a problem; the studio tries again later." : "";
        };
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null ? "" : b;
    }

    public int status() {
        return status;
    }

    public ProblemDetail problem() {
        return problem;
    }

    /** What the platform asked us to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean retryable() {
        return switch (kind) {
            case NETWORK, WAIT -> true;
            case HTTP -> status == 408 || status == 409 || status == 429 || status >= 500;
            case UNTRUSTED, NOT_THE_API, TOO_LARGE -> false;
        };
    }

    /** The platform's certificate (or TLS handshake) was refused: retrying cannot help, the round stops. */
    public boolean untrustedConnection() {
        return kind == Kind.UNTRUSTED;
    }

    /** True when nothing else should be asked of the platform in this round. */
    public boolean stopsRound() {
        return kind == Kind.UNTRUSTED || kind == Kind.NOT_THE_API || kind == Kind.TOO_LARGE || kind == Kind.WAIT;
    }

    /** The platform asked to wait longer than a round waits ({@link #retryAfter()} says how long). */
    public boolean waitRequested() {
        return kind == Kind.WAIT;
    }

    public boolean conflict() {
        return status == 412;
    }
}
