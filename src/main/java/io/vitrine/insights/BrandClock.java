package io.vitrine.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Which local hour and day an instant falls in, on the brand's clock. An hour bucket is the start of the
 * local clock hour as a UTC instant, so a local day always begins on a bucket boundary, whatever the zone
 * (Paris, Kolkata at +5:30, or a day when the clocks change); rollups and periods use this one definition.
 */
public record BrandClock(ZoneId zone) {
    public static final BrandClock UTC = new BrandClock(ZoneId.of("UTC"));

    public BrandClock {
        java.util.Objects.requireNonNull(zone, "zone");
    }

    /** A stored zone id; an unknown one (hand-edited file) reads as UTC rather than failing every chart. */
    public static BrandClock of(String zoneId) {
        try {
            return zoneId == null || zoneId.isBlank() ? UTC : new BrandClock(ZoneId.of(zoneId));
        } catch (java.time.DateTimeException e) {
            return UTC;
        }
    }

    /** The start of the local clock hour the instant is in, as a UTC instant. */
    public Instant hourStart(Instant at) {
        long offset = offsetSeconds(at);
        long local = at.getEpochSecond() + offset;
        return Instant.ofEpochSecond(Math.floorDiv(local, 3600) * 3600 - offset);
    }

    /** The local calendar day the instant is in. */
    public LocalDate day(Instant at) {
        return LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond() + offsetSeconds(at), 86_400));
    }

    /** When a local day begins, as a UTC instant. */
    public Instant dayStart(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private long offsetSeconds(Instant at) {
        ZoneRules rules = zone.getRules();
        return rules.getOffset(at).getTotalSeconds();
    }
}
