package io.vitrine.platform.sim;

import io.vitrine.platform.api.EventSegment;
import java.util.SplittableRandom;

/**
 * The "true" preference of a poll's audience: a weight per option, drawn once per poll, and one segment
 * (a region or an age band) that prefers a different option, so segment breakdowns have a reversal to find.
 */
record PollAppeal(double[] weights, double[] contrarianWeights, String contrarianRegion, String contrarianAgeBand) {

    static PollAppeal of(long seed, int brandNumber, SimPublication poll) {
        int n = poll.poll().options().size();
        SplittableRandom rng = new SplittableRandom(Audience.mix(seed, brandNumber, poll.seq(), -1));
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 0.5 + 1.5 * rng.nextDouble();
        }
        int top = 0;
        for (int i = 1; i < n; i++) {
            top = weights[i] > weights[top] ? i : top;
        }
        int other = (top + 1 + rng.nextInt(n - 1)) % n;
        double[] contrarian = weights.clone();
        contrarian[other] = weights[top] * 1.5;
        contrarian[top] = weights[other];
        boolean byRegion = rng.nextBoolean();
        String region = byRegion ? Audience.pick(rng, Audience.REGIONS) : null;
        String ageBand = byRegion ? null : Audience.pick(rng, Audience.AGE_BANDS);
        return new PollAppeal(weights, contrarian, region, ageBand);
    }

    /** The option this person votes for (0-based). */
    int choose(EventSegment person, SplittableRandom rng) {
        boolean contrarian = person.region().equals(contrarianRegion) || person.ageBand().equals(contrarianAgeBand);
        double[] w = contrarian ? contrarianWeights : weights;
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double r = rng.nextDouble() * total;
        for (int i = 0; i < w.length - 1; i++) {
            r -= w[i];
            if (r < 0) {
                return i;
            }
        }
        return w.length - 1;
    }
}
