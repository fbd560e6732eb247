package org.openmla.treaties.resolver;

import java.util.function.Supplier;
import org.openmla.core.internal.Checks;

/**
 * An explanation given at once, or worded when first read from a pure function of values that do not change: the
 * same text either way, checked by the same rule. Thread-safe: two threads may both word it, and get equal texts.
 */
abstract class WordedOnRead {
    private final String field;
    private final int maxLength;
    /** Words the explanation on first read; null once it is worded or when it was given. */
    private volatile Supplier<String> wording;
    private volatile String explanation;

    /**
     * @param field the field's name in messages
     * @param maxLength the longest explanation accepted
     * @param wording words the explanation when first read; null if it is given
     * @param explanation the explanation, when no wording is given
     */
    WordedOnRead(String field, int maxLength, Supplier<String> wording, String explanation) {
        this.field = field;
        this.maxLength = maxLength;
        this.explanation = wording == null ? Checks.text(explanation, field, maxLength) : null;
        this.wording = wording;
    }

    /** @return the explanation, worded now if it was not yet */
    final String worded() {
        String text = explanation;
        if (text == null) {
            Supplier<String> w = wording;
            if (w == null) { // another thread worded it between the two reads: explanation was set before wording cleared
                return explanation;
            }
            text = Checks.text(w.get(), field, maxLength);
            explanation = text;
            wording = null;
        }
        return text;
    }
}
