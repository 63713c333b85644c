package io.vitrine.sync;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read as it streams in, up to a size: past it the stream is cancelled (the rest is never
 * downloaded, nothing big is held) and the body fails with {@link TooLarge}, or, for a body only glanced at,
 * ends there.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The answer went past the size limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final long maxBytes;
    private final boolean truncate;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    /** @param truncate end quietly at the limit instead of failing */
    BoundedBody(long maxBytes, boolean truncate) {
        this.maxBytes = maxBytes;
        this.truncate = truncate;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return; // cancelled at the limit; buffers already on their way
        }
        for (ByteBuffer buffer : buffers) {
            int room = (int) Math.min(Integer.MAX_VALUE, maxBytes - bytes.size());
            if (buffer.remaining() > room) {
                subscription.cancel();
                if (truncate) {
                    byte[] part = new byte[Math.max(0, room)];
                    buffer.get(part);
                    bytes.writeBytes(part);
                    body.complete(bytes.toByteArray());
                } else {
                    body.completeExceptionally(new TooLarge());
                }
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toByteArray());
    }
}
