package io.vitrine.insights;

/** How finely a time series is cut: by the hour for a few days, by the day for a few months, else by the week. */
public enum TimeBucket {
    HOUR("Hourly"), DAY("Daily"), WEEK("Weekly");

    private final String label;

    TimeBucket(String label) {
        this.label = label;
    }

    /** The bucket that keeps a chart readable over {@code days} days (a few dozen to a couple of hundred points). */
    public static TimeBucket forDays(long days) {
        return days <= 3 ? HOUR : days <= 120 ? DAY : WEEK;
    }

    public String label() {
        return label;
    }

    public static TimeBucket fromCode(String code) {
        return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
