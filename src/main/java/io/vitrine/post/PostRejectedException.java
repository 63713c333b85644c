package io.vitrine.post;

import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import java.util.List;

/** A post broke a rule; carries every problem so the composer can show each next to its field. */
public final class PostRejectedException extends VitrineException {
    private final List<Problem> problems;

    public PostRejectedException(String message, List<Problem> problems) {
        super(message, "Fix the points above and try again.");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
