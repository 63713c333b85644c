package io.vitrine.catalog.feed;

import io.vitrine.catalog.item.Field;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One catalog item as read from a file, before validation: the line it starts on and its raw field
 * values. Repeated fields (additional images) keep every value.
 */
public final class FeedRow {
    private final long line;
    private final EnumMap<Field, String> values = new EnumMap<>(Field.class);
    private List<String> additionalImages;

    public FeedRow(long line) {
        this.line = line;
    }

    public long line() {
        return line;
    }

    /** Sets a field; blank values count as absent. Additional image links accumulate. */
    public void put(Field field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (field == Field.ADDITIONAL_IMAGE_LINK) {
            if (additionalImages == null) {
                additionalImages = new ArrayList<>(4);
            }
            additionalImages.add(value.strip());
        } else {
            values.put(field, value);
        }
    }

    /** The value, stripped, or null when absent. */
    public String get(Field field) {
        String value = values.get(field);
        return value == null ? null : value.strip();
    }

    public boolean has(Field field) {
        return values.containsKey(field);
    }

    public List<String> additionalImages() {
        return additionalImages == null ? List.of() : additionalImages;
    }

    public Map<Field, String> values() {
        return values;
    }
}
