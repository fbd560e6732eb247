package org.openmla.core.json;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a JSON document: where it is and what is wrong. Immutable.
 *
 * <p>The message never quotes personal data or free text; it may quote a code or an enum constant.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the value concerned, {@code ""} for the whole document; for a missing
 *     property, the pointer the property would have
 * @param message what is wrong
 * @param line the 1-based line of the value concerned (of its nearest enclosing value if it is missing), or -1 if
 *     unknown
 * @param column the 1-based column, or -1 if unknown
 */
public record JsonProblem(String pointer, String message, int line, int column) implements Serializable {

    /** @throws NullPointerException if the pointer or message is null */
    public JsonProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** @return whether the line and column are known */
    public boolean hasLocation() {
        return line > 0 && column > 0;
    }

    /** Pointers longer than this (a hostile property name) are shortened in {@link #toString()}. */
    private static final int MAX_SHOWN_POINTER = 200;

    /** @return {@code line L, column C, /pointer: message}; the root is shown as {@code (root)} */
    @Override
    public String toString() {
        String where = pointer.isEmpty() ? "(root)"
                : pointer.length() > MAX_SHOWN_POINTER ? pointer.substring(0, MAX_SHOWN_POINTER) + "..." : pointer;
        return (hasLocation() ? "line " + line + ", column " + column + ", " : "") + where + ": " + message;
    }
}
