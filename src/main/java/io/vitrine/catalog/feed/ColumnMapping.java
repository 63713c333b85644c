package io.vitrine.catalog.feed;

import io.vitrine.catalog.item.Field;
import io.vitrine.common.Json;
import io.vitrine.common.VitrineException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a spreadsheet-like file holds which field, plus what the file leaves implicit: its
 * delimiter and the currency of prices written without one. Saved per workspace (with the catalog
 * source) and as a JSON mapping file: {@code {"columns": {"Article": "id", "Name": "title", ...},
 * "delimiter": ";", "currency": "EUR"}}.
 */
public record ColumnMapping(Map<String, Field> columns, Character delimiter, String currency) {

    public ColumnMapping {
        columns = new LinkedHashMap<>(columns);
    }

    /** Matches each header by its usual names ("g:price", "Image URL", "Colour"); unknown headers are left out. */
    public static ColumnMapping guess(List<String> headers) {
        Map<String, Field> columns = new LinkedHashMap<>();
        Set<Field> taken = EnumSet.noneOf(Field.class);
        for (String header : headers) {
            Field.match(header).filter(f -> f == Field.ADDITIONAL_IMAGE_LINK || !taken.contains(f)).ifPresent(field -> {
                columns.put(header, field);
                taken.add(field);
            });
        }
        return new ColumnMapping(columns, null, null);
    }

    /** The required fields (id, title, price) that no column provides. */
    public List<Field> missingRequired() {
        List<Field> missing = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field.required() && !columns.containsValue(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    public boolean complete() {
        return missingRequired().isEmpty();
    }

    public ColumnMapping withCurrency(String code) {
        return new ColumnMapping(columns, delimiter, code);
    }

    public ColumnMapping withDelimiter(Character value) {
        return new ColumnMapping(columns, value, currency);
    }

    /** As saved in a mapping file or the workspace. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> cols = new LinkedHashMap<>();
        columns.forEach((header, field) -> cols.put(header, field.key()));
        json.put("columns", cols);
        if (delimiter != null) {
            json.put("delimiter", delimiter == '\t' ? "\\t" : String.valueOf(delimiter));
        }
        if (currency != null) {
            json.put("currency", currency);
        }
        return Json.write(json);
    }

    /** Reads a mapping file's JSON; unknown field names are an error that lists the valid ones. */
    public static ColumnMapping fromJson(String text) {
        MappingFile file;
        try {
            file = Json.read(text, MappingFile.class);
        } catch (IllegalArgumentException e) {
            throw new VitrineException("The column mapping is not valid JSON: " + e.getMessage(),
                    "Write it as {\"columns\": {\"Your column\": \"id\", ...}, \"currency\": \"EUR\"}.", e);
        }
        if (file == null || file.columns() == null || file.columns().isEmpty()) {
            throw new VitrineException("The column mapping has no \"columns\".",
                    "Write it as {\"columns\": {\"Your column\": \"id\", \"Name\": \"title\", \"Price\": \"price\"}}.");
        }
        Map<String, Field> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : file.columns().entrySet()) {
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            Field field = Field.byKey(entry.getValue().strip())
                    .orElseThrow(() -> new VitrineException("The column mapping sends \"" + entry.getKey()
                            + "\" to \"" + entry.getValue() + "\", which is not a catalog field.",
                            "Use one of: " + String.join(", ", fieldKeys()) + "."));
            columns.put(entry.getKey(), field);
        }
        Character delimiter = null;
        if (file.delimiter() != null && !file.delimiter().isEmpty()) {
            String d = file.delimiter();
            delimiter = d.equals("\\t") || d.equalsIgnoreCase("tab") ? '\t' : d.charAt(0);
        }
        return new ColumnMapping(columns, delimiter, file.currency());
    }

    private static List<String> fieldKeys() {
        List<String> keys = new ArrayList<>();
        for (Field field : Field.values()) {
            keys.add(field.key());
        }
        return keys;
    }

    /** The JSON shape of a mapping file. */
    record MappingFile(Map<String, String> columns, String delimiter, String currency) {
    }
}
