package org.openmla.core.rules;

/**
 * A three-valued truth: {@code TRUE}, {@code FALSE} or {@code UNKNOWN} (Kleene's strong logic).
 *
 * <p>{@code UNKNOWN} means a fact the engine needs is not known, typically an assessment a person has not yet
 * made. It is never treated as {@code FALSE}: {@code UNKNOWN.and(TRUE)} is {@code UNKNOWN}, while
 * {@code UNKNOWN.and(FALSE)} is {@code FALSE} because the answer no longer depends on the unknown.
 */
public enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    /** @return {@code TRUE} or {@code FALSE} */
    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** @return the conjunction: {@code FALSE} if either is false, else {@code UNKNOWN} if either is unknown */
    public Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        if (this == UNKNOWN || other == UNKNOWN) {
            return UNKNOWN;
        }
        return TRUE;
    }

    /** @return the disjunction: {@code TRUE} if either is true, else {@code UNKNOWN} if either is unknown */
    public Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        if (this == UNKNOWN || other == UNKNOWN) {
            return UNKNOWN;
        }
        return FALSE;
    }

    /** @return the negation; {@code UNKNOWN} stays {@code UNKNOWN} */
    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** @return whether this is {@code TRUE} */
    public boolean isTrue() {
        return this == TRUE;
    }

    /** @return whether this is {@code FALSE} */
    public boolean isFalse() {
        return this == FALSE;
    }

    /** @return whether this is {@code UNKNOWN} */
    public boolean isUnknown() {
        return this == UNKNOWN;
    }
}
