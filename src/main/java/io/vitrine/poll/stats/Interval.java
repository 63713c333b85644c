package io.vitrine.poll.stats;

/** A range of plausible values, e.g. a share between 0.42 and 0.51. */
public record Interval(double low, double high) {
    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("Interval low " + low + " above high " + high);
        }
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    public double width() {
        return high - low;
    }
}
