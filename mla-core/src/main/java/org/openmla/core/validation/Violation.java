package org.openmla.core.validation;

import java.util.Objects;

/**
 * A constraint a model value breaks. Immutable. The message never quotes the value.
 *
 * @param path the JSON Pointer of the value in the request's JSON form, e.g. {@code /offences/0/maxPenalty};
 *     {@code ""} for the request itself
 * @param message what is wrong, e.g. {@code must not be blank}
 */
public record Violation(String path, String message) {

    /** @throws NullPointerException if an argument is null */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code path: message} */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : path) + ": " + message;
    }
}
