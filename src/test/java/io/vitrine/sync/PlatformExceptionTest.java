package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.ConnectException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Which failures are worth another try: a refused certificate never is, a broken connection is. */
class PlatformExceptionTest {

    @Test
    void aCertificateThatCannotBeVerifiedIsFinal() {
        SSLHandshakeException refused = new SSLHandshakeException("PKIX path building failed");
        refused.initCause(new CertificateException("unable to find valid certification path to requested target"));
        PlatformException e = PlatformException.network("the brand check", wrapped(refused));
        assertThat(e.retryable()).isFalse();
        assertThat(e.untrustedConnection()).isTrue();
        assertThat(e.getMessage()).startsWith("The platform's secure connection could not be verified for the brand check");
    }

    @Test
    void aHandshakeTheServerRefusesIsFinalToo() {
        PlatformException e = PlatformException.network("the brand check", new SSLHandshakeException("Received fatal alert: protocol_version"));
        assertThat(e.retryable()).isFalse();
        assertThat(e.untrustedConnection()).isTrue();
    }

    @Test
    void aConnectionThatBrokeDuringTheHandshakeIsRetried() {
        SSLHandshakeException broken = new SSLHandshakeException("Remote host terminated the handshake");
        broken.initCause(new EOFException("SSL peer shut down incorrectly"));
        PlatformException e = PlatformException.network("the event feed", wrapped(broken));
        assertThat(e.retryable()).isTrue();
        assertThat(e.untrustedConnection()).isFalse();
        assertThat(e.getMessage()).startsWith("The platform did not answer the event feed");
    }

    @Test
    void plainNetworkErrorsAndBusyAnswersAreRetried() {
        assertThat(PlatformException.network("x", new ConnectException("Connection refused")).retryable()).isTrue();
        assertThat(PlatformException.http("x", 503, null, null).retryable()).isTrue();
        assertThat(PlatformException.http("x", 422, null, null).retryable()).isFalse();
        assertThat(PlatformException.http("x", 503, null, null).untrustedConnection()).isFalse();
    }

    /** java.net.http rethrows the handshake's exception as a new one of the same type, caused by the original. */
    private static SSLException wrapped(SSLException original) {
        SSLHandshakeException outer = new SSLHandshakeException(original.getMessage());
        outer.initCause(original);
        return outer;
    }
}
