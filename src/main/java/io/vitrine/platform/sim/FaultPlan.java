package io.vitrine.platform.sim;

import java.util.Random;

/**
 * Decides, per request, what goes wrong. Drawn from its own seeded Random so the audience does not
 * change with the faults; "deterministic-ish" because concurrent requests take turns in any order.
 */
final class FaultPlan {
    /** What happens to one request. */
    enum Failure {
        /** Handled and answered normally. */
        NONE,
        /** 500 before anything is done. */
        SERVER_ERROR,
        /** 503 before anything is done. */
        UNAVAILABLE,
        /** 429 with Retry-After: 1 before anything is done. */
        TOO_MANY_REQUESTS,
        /** Handled (a write is committed and stored under its Idempotency-Key), then the connection drops mid-body. */
        DROP
    }

    /** What happens to one events page. */
    enum PageFault { NONE, DUPLICATES, REPEAT_PREVIOUS }

    record Decision(Failure failure, int latencyMillis) {
    }

    private final Faults faults;
    private final Random random;

    FaultPlan(Faults faults, long seed) {
        this.faults = faults;
        this.random = new Random(Audience.mix(seed, 0xFA17L));
    }

    synchronized Decision next(boolean write) {
        return switch (faults) {
            case NONE -> new Decision(Failure.NONE, 0);
            case LIGHT -> new Decision(light(random.nextDouble()), random.nextInt(51));
            case HEAVY -> new Decision(heavy(random.nextDouble(), write), random.nextInt(201));
        };
    }

    synchronized PageFault page() {
        double r = random.nextDouble();
        return switch (faults) {
            case NONE -> PageFault.NONE;
            case LIGHT -> r < 0.03 ? PageFault.DUPLICATES : PageFault.NONE;
            case HEAVY -> r < 0.10 ? PageFault.DUPLICATES : r < 0.15 ? PageFault.REPEAT_PREVIOUS : PageFault.NONE;
        };
    }

    /** A small random number for picking which events to repeat. */
    synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private static Failure light(double r) {
        return r < 0.05 ? Failure.UNAVAILABLE : r < 0.08 ? Failure.TOO_MANY_REQUESTS : Failure.NONE;
    }

    /** ~15% of requests fail; writes are additionally committed-then-dropped ~10% of the time. */
    private static Failure heavy(double r, boolean write) {
        if (r < 0.04) {
            return Failure.SERVER_ERROR;
        }
        if (r < 0.08) {
            return Failure.UNAVAILABLE;
        }
        if (r < 0.11) {
            return Failure.TOO_MANY_REQUESTS;
        }
        if (r < 0.15) {
            return Failure.DROP;
        }
        return write && r < 0.25 ? Failure.DROP : Failure.NONE;
    }
}
