package io.vitrine.poll;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Turns what a person types ("fr, De ,us") into the target lists a poll stores (["FR", "DE", "US"]). */
public final class PollTargets {
    private PollTargets() {
    }

    public static List<String> regions(String typed) {
        return split(typed).stream().map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    public static List<String> interests(String typed) {
        return split(typed).stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public static String join(List<String> values) {
        return String.join(", ", values);
    }

    private static List<String> split(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(typed.split("[,;]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
    }
}
