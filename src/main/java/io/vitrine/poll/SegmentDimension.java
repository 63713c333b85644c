package io.vitrine.poll;

import java.util.Locale;

/** The ways the platform describes a voter; each maps to a fixed column of the engagement rollups. */
public enum SegmentDimension {
    INTEREST("interest", "Interest"),
    REGION("region", "Region"),
    AGE_BAND("age_band", "Age"),
    RETURNING("is_returning", "New or returning");

    private final String column;
    private final String title;

    SegmentDimension(String column, String title) {
        this.column = column;
        this.title = title;
    }

    /** The rollup column: a constant, never user input. */
    String column() {
        return column;
    }

    public String title() {
        return title;
    }

    /** "interest", "region", "age_band", "returning": the name used on the command line and in JSON. */
    public String code() {
        return this == RETURNING ? "returning" : column;
    }

    public static SegmentDimension fromCode(String code) {
        for (SegmentDimension d : values()) {
            if (d.code().equals(code.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown segment \"" + code + "\"; use interest, region, age_band or returning.");
    }

    /** The stored value for a value as people say it ("returning" → 1). */
    Object storedValue(String value) {
        if (this != RETURNING) {
            return value;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "returning", "yes", "true", "1" -> 1;
            case "new", "no", "false", "0" -> 0;
            default -> throw new IllegalArgumentException("A returning segment is \"new\" or \"returning\", not \"" + value + "\".");
        };
    }

    /** The value as people say it, from the stored one (1 → "returning"); null for unknown. */
    String spokenValue(String stored) {
        if (stored == null || stored.isEmpty() || "-1".equals(stored)) {
            return null;
        }
        if (this == RETURNING) {
            return "1".equals(stored) ? "returning" : "new";
        }
        return stored;
    }
}
