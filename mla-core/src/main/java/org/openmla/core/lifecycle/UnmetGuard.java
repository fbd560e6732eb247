package org.openmla.core.lifecycle;

import java.util.List;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.Citation;

/**
 * A guard a command did not meet, with the particulars: which grounds, measures, duties or deadline it concerns, by
 * id or index, and the articles of the decision the guard rests on. The particulars never contain free text from the
 * command or personal data. Immutable.
 *
 * @param guard the guard
 * @param detail what exactly is missing, e.g. {@code grounds not found: POLITICAL_OFFENCE}
 * @param citations the decision's own articles behind the guard (the pack's consultation, refusal or postponement
 *     rules), empty where the guard rests on none; the lifecycle holds no treaty content of its own
 */
public record UnmetGuard(Guard guard, String detail, List<Citation> citations) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public UnmetGuard {
        Checks.required(guard, "UnmetGuard.guard");
        Checks.required(detail, "UnmetGuard.detail");
        citations = Checks.list(citations, "UnmetGuard.citations");
    }

    /**
     * An unmet guard that rests on no article of the decision.
     *
     * @param guard the guard
     * @param detail what exactly is missing
     */
    public UnmetGuard(Guard guard, String detail) {
        this(guard, detail, List.of());
    }

    /** @return the guard's id, sentence, the decision's articles behind it and the particulars, on one line */
    public String explain() {
        return guard.id() + ": " + guard.sentence() + (citations.isEmpty() ? "" : " (" + String.join("; ", citations.stream().map(Citation::toString).toList()) + ")")
                + (detail.isEmpty() ? "" : " [" + detail + "]");
    }

    @Override
    public String toString() {
        return guard.id() + (detail.isEmpty() ? "" : " [" + detail + "]");
    }
}
