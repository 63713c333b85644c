package io.vitrine.poll.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Cumulative votes and shares per option, hour by hour: how the race developed. */
public final class ShareTimeline {
    private ShareTimeline() {
    }

    /** One hour's end: votes so far per option and the shares they make. */
    public record Point(Instant hour, long[] cumulativeVotes, double[] shares) {
        public long totalVotes() {
            long total = 0;
            for (long v : cumulativeVotes) {
                total += v;
            }
            return total;
        }
    }

    /** @param hourly votes per option in each hour (hours without votes may be missing) */
    public static List<Point> cumulative(SortedMap<Instant, long[]> hourly, int options) {
        List<Point> points = new ArrayList<>(hourly.size());
        long[] running = new long[options];
        for (Map.Entry<Instant, long[]> hour : hourly.entrySet()) {
            long total = 0;
            for (int i = 0; i < options; i++) {
                running[i] += hour.getValue()[i];
                total += running[i];
            }
            double[] shares = new double[options];
            for (int i = 0; i < options && total > 0; i++) {
                shares[i] = (double) running[i] / total;
            }
            points.add(new Point(hour.getKey(), running.clone(), shares));
        }
        return points;
    }
}
