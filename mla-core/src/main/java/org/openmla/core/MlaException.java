package org.openmla.core;

/**
 * Root of the library's unchecked exceptions.
 *
 * <p>An {@code MlaException} signals a programming or configuration error: a malformed value, an invalid
 * rule pack, an unreadable JSON document. A legal outcome is never an exception: a refusal, a deficiency,
 * an open question or a rejected transition is returned as a value.
 *
 * <p>Messages never contain personal data (names, dates of birth, identifiers): they name the field and the
 * problem, and quote only non-personal values such as codes.
 */
public class MlaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, free of personal data
     */
    public MlaException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, free of personal data
     * @param cause the underlying cause
     */
    public MlaException(String message, Throwable cause) {
        super(message, cause);
    }
}
