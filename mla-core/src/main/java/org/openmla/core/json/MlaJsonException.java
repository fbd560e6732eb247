package org.openmla.core.json;

import java.util.List;
import java.util.Objects;
import org.openmla.core.MlaException;

/**
 * A JSON document that is not a well-formed request: a syntax error, a document beyond the reading limits, or a
 * value that does not bind to the model (an unknown property, a wrong type, a missing required property, an unknown
 * code, a malformed date, a violated constraint). It carries every problem found, each with its JSON Pointer, line
 * and column; the message lists them one a line. Neither the message nor the problems quote personal data.
 *
 * <p>This is the only exception {@link MlaJson} and {@link MlaJsonModule} throw for malformed input. Immutable.
 */
public final class MlaJsonException extends MlaException {
    private static final long serialVersionUID = 1L;

    private final List<JsonProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if there is no problem
     */
    public MlaJsonException(List<JsonProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in document order; never empty */
    public List<JsonProblem> problems() {
        return problems;
    }

    private static String describe(List<JsonProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an MlaJsonException needs at least one problem");
        }
        StringBuilder message = new StringBuilder("Malformed OpenMLA JSON document (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        for (JsonProblem problem : problems) {
            message.append("\n  ").append(problem);
        }
        return message.toString();
    }
}
