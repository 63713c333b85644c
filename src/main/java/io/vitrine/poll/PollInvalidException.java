package io.vitrine.poll;

import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import java.util.List;
import java.util.stream.Collectors;

/** A poll cannot be created or scheduled as it is; lists every problem so all can be fixed at once. */
public final class PollInvalidException extends VitrineException {
    private final transient List<Problem> problems;

    public PollInvalidException(String what, List<Problem> problems) {
        super(what + ": " + problems.stream().filter(Problem::isError).map(Problem::message)
                .collect(Collectors.joining(" ")), "Fix the problems above and try again.");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
