package io.vitrine.poll;

import io.vitrine.insights.SegmentDimension;
import java.util.Objects;

/** Part of the audience: "region FR", "age 18-24", "returning". */
public record AudienceSegment(SegmentDimension dimension, String value) {
    public AudienceSegment {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        dimension.storedValue(value); // rejects values a dimension cannot have
    }

    /** Parses "region=FR" as typed on the command line. */
    public static AudienceSegment parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("A segment looks like region=FR, age_band=18-24, interest=lighting or returning=new;"
                    + " got \"" + text + "\".");
        }
        return new AudienceSegment(SegmentDimension.fromCode(text.substring(0, eq)), text.substring(eq + 1).strip());
    }

    /** "Region FR", "Age 25-34", "Returning visitors". */
    public String describe() {
        return switch (dimension) {
            case RETURNING -> "returning".equals(value) ? "Returning visitors" : "New visitors";
            case AGE_BAND -> "Age " + value;
            default -> dimension.label() + " " + value;
        };
    }

    @Override
    public String toString() {
        return dimension.code() + "=" + value;
    }
}
