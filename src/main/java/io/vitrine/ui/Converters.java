package io.vitrine.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for combo boxes and choice boxes. */
public final class Converters {
    private Converters() {
    }

    /** Shows each value as {@code label} says; null shows as empty text. Not for editable controls. */
    public static <T> StringConverter<T> displaying(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("display-only converter");
            }
        };
    }
}
