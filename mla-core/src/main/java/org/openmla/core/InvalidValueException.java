package org.openmla.core;

import java.util.Objects;

/**
 * Thrown when a model value is constructed from malformed input: a required field is missing, a penalty is
 * negative, a code is unknown. The message names the field ({@code Offence.maxPenalty}) and the problem.
 *
 * <p>A request that merely lacks what a treaty requires is <em>not</em> malformed: it is built normally and the
 * rules engine reports it as deficient.
 */
public final class InvalidValueException extends MlaException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param field the field, as {@code Type.component}
     * @param problem what is wrong with it, free of personal data
     */
    public InvalidValueException(String field, String problem) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"));
        this.field = field;
        this.problem = problem;
    }

    /** @return the field, as {@code Type.component} */
    public String field() {
        return field;
    }

    /** @return what is wrong with the field */
    public String problem() {
        return problem;
    }
}
