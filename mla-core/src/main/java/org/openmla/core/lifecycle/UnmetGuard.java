package org.openmla.core.lifecycle;

import org.openmla.core.internal.Checks;

/**
 * A guard a command did not meet, with the particulars: which grounds, measures, duties or deadline it concerns, by
 * id or index. The particulars never contain free text from the command or personal data. Immutable.
 *
 * @param guard the guard
 * @param detail what exactly is missing, e.g. {@code grounds not found: POLITICAL_OFFENCE}
 */
public record UnmetGuard(Guard guard, String detail) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public UnmetGuard {
        Checks.required(guard, "UnmetGuard.guard");
        Checks.required(detail, "UnmetGuard.detail");
    }

    /** @return the guard's id, sentence, citation and the particulars, on one line */
    public String explain() {
        return guard.id() + ": " + guard.sentence() + guard.citation().map(c -> " (" + c + ")").orElse("")
                + (detail.isEmpty() ? "" : " [" + detail + "]");
    }

    @Override
    public String toString() {
        return guard.id() + (detail.isEmpty() ? "" : " [" + detail + "]");
    }
}
