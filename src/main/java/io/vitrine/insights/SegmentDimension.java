package io.vitrine.insights;

/** The ways the platform describes an audience member; each is a rollup column. */
public enum SegmentDimension {
    INTEREST("interest", "Interest"),
    REGION("region", "Region"),
    AGE_BAND("age_band", "Age band"),
    RETURNING("is_returning", "New vs returning");

    private final String column;
    private final String label;

    SegmentDimension(String column, String label) {
        this.column = column;
        this.label = label;
    }

    /** The engagement_rollup column; a fixed identifier, safe to put in SQL text. */
    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    /** How a stored value reads: "Returning", "Unknown", or the value itself. */
    public String describe(String value) {
        if (this == RETURNING) {
            return switch (value == null ? "" : value) {
                case "1" -> "Returning";
                case "0" -> "New";
                default -> "Unknown";
            };
        }
        return value == null || value.isEmpty() ? "Unknown" : value;
    }
}
