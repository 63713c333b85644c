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
 * a secure connection that could not be verified is not (see {@link #untrustedConnection()}).
 */
public final class PlatformException extends VitrineException {
    private final int status;
    private final ProblemDetail problem;
    private final Duration retryAfter;
    private final boolean untrusted;

    private PlatformException(int status, ProblemDetail problem, Duration retryAfter, boolean untrusted, String message,
                              String remedy, Throwable cause) {
        super(message, remedy, cause);
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
        this.untrusted = untrusted;
    }

    static PlatformException network(String what, Throwable cause) {
        if (cause instanceof SSLException && !brokeMidHandshake(cause)) {
            return new PlatformException(0, null, null, true, "The platform's secure connection could not be verified for "
                    + what + " (" + cause.getMessage() + ").", "Check the platform address. The studio never skips"
                    + " certificate checks; if your company inspects traffic, its root certificate must be trusted by Java.",
                    cause);
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new PlatformException(0, null, null, false, "The platform did not answer " + what + " (" + reason + ").",
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
        return new PlatformException(status, problem, retryAfter, false, message, remedyFor(status), null);
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
        return (status == 0 && !untrusted) || status == 408 || status == 409 || status == 429 || status >= 500;
    }

    /** The platform's certificate (or TLS handshake) was refused: retrying cannot help, the round stops. */
    public boolean untrustedConnection() {
        return untrusted;
    }

    public boolean conflict() {
        return status == 412;
    }
}
