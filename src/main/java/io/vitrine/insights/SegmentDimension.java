package io.vitrine.insights;

import java.util.Locale;

/** The ways the platform describes an audience member; each is a fixed column of the engagement rollups. */
public enum SegmentDimension {
    INTEREST("interest", "Interest"),
    REGION("region", "Region"),
    AGE_BAND("age_band", "Age band"),
    RETURNING("is_returning", "New or returning");

    private final String column;
    private final String label;

    SegmentDimension(String column, String label) {
        this.column = column;
        this.label = label;
    }

    /** The engagement_rollup column: a constant, safe to put in SQL text, never user input. */
    public String column() {
        return column;
    }

    /** As people read it: "Age band". */
    public String label() {
        return label;
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
    public Object storedValue(String value) {
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
    public String spokenValue(String stored) {
        if (stored == null || stored.isEmpty() || "-1".equals(stored)) {
            return null;
        }
        if (this == RETURNING) {
            return "1".equals(stored) ? "returning" : "new";
        }
        return stored;
    }

    /** For tables and charts: "Returning", "New", "Unknown", or the value itself. */
    public String describe(String stored) {
        String spoken = spokenValue(stored);
        if (spoken == null) {
            return "Unknown";
        }
        return this == RETURNING ? Character.toUpperCase(spoken.charAt(0)) + spoken.substring(1) : spoken;
    }
}
