package io.vitrine.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The buckets of a period on the brand's clock — every local hour, day or week (Monday to Sunday) in it —
 * and which bucket an hourly rollup row falls in. Built once per series, so zero-filling is a given.
 */
final class SeriesBuckets {
    private final TimeBucket bucket;
    private final List<Instant> starts = new ArrayList<>();
    private final Map<Instant, Integer> byHour = new HashMap<>();
    private final Map<LocalDate, Integer> byDay = new HashMap<>();

    SeriesBuckets(TimeBucket bucket, InsightsPeriod period, BrandClock clock) {
        this.bucket = bucket;
        switch (bucket) {
            case HOUR -> {
                Instant end = clock.dayStart(period.to().plusDays(1));
                for (Instant t = clock.dayStart(period.from()); t.isBefore(end); t = clock.hourStart(t.plusSeconds(3600))) {
                    byHour.put(t, starts.size());
                    starts.add(t);
                }
            }
            case DAY -> {
                for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
                    byDay.put(d, starts.size());
                    starts.add(clock.dayStart(d));
                }
            }
            case WEEK -> {
                for (LocalDate w = monday(period.from()); !w.isAfter(period.to()); w = w.plusWeeks(1)) {
                    byDay.put(w, starts.size());
                    starts.add(clock.dayStart(w.isBefore(period.from()) ? period.from() : w));
                }
            }
        }
    }

    List<Instant> starts() {
        return List.copyOf(starts);
    }

    int size() {
        return starts.size();
    }

    /** Whether rows come from the hourly totals (hour keys) rather than the daily ones (day keys). */
    boolean hourly() {
        return bucket == TimeBucket.HOUR;
    }

    /** The bucket a rollup row's key (an hour bucket, or a local day) belongs to; -1 outside the period. */
    int indexOf(String key) {
        Integer index = switch (bucket) {
            case HOUR -> byHour.get(Instant.parse(key));
            case DAY -> byDay.get(LocalDate.parse(key));
            case WEEK -> byDay.get(monday(LocalDate.parse(key)));
        };
        return index == null ? -1 : index;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
