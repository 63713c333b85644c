package io.vitrine.post.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** One-way string converters for choice boxes (display only). */
final class Converters {
    private Converters() {
    }

    static <T> StringConverter<T> of(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }
}
