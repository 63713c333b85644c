package io.vitrine.brand;

import io.vitrine.common.VitrineException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A publication time written by a person: with an offset ({@code 2026-12-01T10:00+01:00}, {@code …Z}),
 * with a zone ({@code 2026-12-01T10:00[Europe/Paris]}) or local ({@code 2026-12-01T10:00}, then read in
 * the given zone, normally the brand's). Keeps the zone the time was meant in, for display.
 */
public record ScheduleTime(Instant instant, ZoneId zone) {

    public static ScheduleTime parse(String text, ZoneId defaultZone) {
        String value = text == null ? "" : text.strip().replace(' ', 'T');
        try {
            if (value.endsWith("]")) {
                ZonedDateTime zoned = ZonedDateTime.parse(value);
                return new ScheduleTime(zoned.toInstant(), zoned.getZone());
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                OffsetDateTime offset = OffsetDateTime.parse(value);
                ZoneId zone = value.endsWith("Z") ? ZoneId.of("UTC") : offset.getOffset();
                return new ScheduleTime(offset.toInstant(), zone);
            }
            LocalDateTime local = LocalDateTime.parse(value);
            return new ScheduleTime(local.atZone(defaultZone).toInstant(), defaultZone);
        } catch (DateTimeException e) {
            throw new VitrineException("\"" + text + "\" is not a date and time.",
                    "Write it as ISO 8601: 2026-12-01T10:00 (in " + defaultZone.getId() + "), 2026-12-01T10:00+01:00,"
                            + " 2026-12-01T09:00Z or 2026-12-01T10:00[Europe/Paris].");
        }
    }
}
