package io.vitrine.catalog.ui;

import io.vitrine.catalog.ImportService;
import io.vitrine.catalog.feed.ColumnMapping;
import io.vitrine.catalog.feed.FeedFormat;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.catalog.feed.TablePreview;
import io.vitrine.catalog.item.Field;
import io.vitrine.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * Which column holds which field, chosen by a person looking at the file's first rows. Starts from the
 * mapping given (or the names matched), and says which required fields are still missing.
 */
public final class ColumnMappingViewModel {
    /** How many of the file's rows the person sees to recognise the columns. */
    static final int PREVIEW_ROWS = 20;

    private final TablePreview preview;
    private final Map<String, ObjectProperty<Field>> choices = new LinkedHashMap<>();
    private final StringProperty currency = new SimpleStringProperty("");
    private final Character delimiter;
    private final StringBinding missing;
    private final BooleanBinding complete;

    /**
     * Reads the file's first rows in the background, then hands over a model starting from {@code start} or, when
     * there is none, from the columns matched by name.
     */
    public static void read(ImportService service, TaskExecutor tasks, Path file, FeedFormat format, String sheet,
                            ColumnMapping start, Consumer<ColumnMappingViewModel> ready, Consumer<Throwable> failed) {
        tasks.submit("Reading the columns of " + file.getFileName(), progress -> {
            TablePreview preview = service.preview(FeedSource.of(file), format, start, sheet, PREVIEW_ROWS);
            return new ColumnMappingViewModel(preview, start != null ? start : service.proposedMapping(preview.headers()));
        }, ready, failed);
    }

    public ColumnMappingViewModel(TablePreview preview, ColumnMapping start) {
        this.preview = preview;
        this.delimiter = start == null ? null : start.delimiter();
        for (String header : preview.headers()) {
            Field field = start == null ? null : start.columns().get(header);
            choices.put(header, new SimpleObjectProperty<>(field));
        }
        if (start != null && start.currency() != null) {
            currency.set(start.currency());
        }
        ObservableValue<?>[] dependencies = choices.values().toArray(new ObservableValue<?>[0]);
        missing = Bindings.createStringBinding(this::missingText, dependencies);
        complete = Bindings.createBooleanBinding(() -> missingText().isEmpty(), dependencies);
    }

    private String missingText() {
        List<String> absent = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field.required() && choices.values().stream().noneMatch(choice -> choice.get() == field)) {
                absent.add(field.key());
            }
        }
        return absent.isEmpty() ? "" : "Still needed: " + String.join(", ", absent);
    }

    public List<String> headers() {
        return preview.headers();
    }

    public ObjectProperty<Field> choice(String header) {
        return choices.get(header);
    }

    /** A few values of a column from the first rows, to recognise it by. */
    public String samples(String header) {
        int column = preview.headers().indexOf(header);
        List<String> values = new ArrayList<>();
        for (List<String> row : preview.rows()) {
            if (column < row.size() && row.get(column) != null && !row.get(column).isBlank() && values.size() < 3) {
                String value = row.get(column).strip().replace('\n', ' ');
                values.add(value.length() > 40 ? value.substring(0, 39) + "…" : value);
            }
        }
        return String.join("  ·  ", values);
    }

    /** The preview's rows, projected on the chosen fields (in field order). */
    public List<Field> chosenFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            if (choices.values().stream().anyMatch(choice -> choice.get() == field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    public String value(List<String> row, Field field) {
        for (Map.Entry<String, ObjectProperty<Field>> entry : choices.entrySet()) {
            if (entry.getValue().get() == field) {
                int column = preview.headers().indexOf(entry.getKey());
                return column < row.size() && row.get(column) != null ? row.get(column) : "";
            }
        }
        return "";
    }

    public List<List<String>> rows() {
        return preview.rows();
    }

    public ColumnMapping toMapping() {
        Map<String, Field> columns = new LinkedHashMap<>();
        choices.forEach((header, choice) -> {
            if (choice.get() != null) {
                columns.put(header, choice.get());
            }
        });
        String code = currency.get() == null || currency.get().isBlank() ? null : currency.get().strip().toUpperCase(java.util.Locale.ROOT);
        return new ColumnMapping(columns, delimiter, code);
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringBinding missingProperty() {
        return missing;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }
}
