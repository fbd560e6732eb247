package org.openmla.core.rules;

import java.util.Objects;
import org.openmla.core.internal.Checks;

/**
 * Something a reader of a rule should know about how far to trust it: what kind of doubt, and in words. Immutable.
 *
 * @param kind the kind of doubt
 * @param text the doubt in plain words, without the kind's label
 */
public record Caveat(Kind kind, String text) {

    /** The kinds of doubt a rule can carry. */
    public enum Kind {
        /** The rule encodes text the legal reference reports from general knowledge and has not checked against a primary text. */
        UNVERIFIED("unverified"),
        /** The rule encodes one reading of text that admits others. */
        INTERPRETATION("interpretation"),
        /** The rule rests on case law rather than on the instrument's text. */
        CASE_LAW("case law");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the label shown before the text, e.g. {@code unverified} */
        public String label() {
            return label;
        }
    }

    /**
     * @throws NullPointerException if the kind is null
     * @throws org.openmla.core.InvalidValueException if the text is blank or over 1,000 characters
     */
    public Caveat {
        Objects.requireNonNull(kind, "kind");
        Checks.text(text, "Caveat.text", 1000);
    }

    /** @return a caveat that the source is unverified */
    public static Caveat unverified(String text) {
        return new Caveat(Kind.UNVERIFIED, text);
    }

    /** @return a caveat that the rule is one interpretation */
    public static Caveat interpretation(String text) {
        return new Caveat(Kind.INTERPRETATION, text);
    }

    /** @return a caveat that the rule rests on case law */
    public static Caveat caseLaw(String text) {
        return new Caveat(Kind.CASE_LAW, text);
    }

    /** @return the label and the text, e.g. {@code unverified: the wording of art. 11 was not re-read} */
    @Override
    public String toString() {
        return kind.label() + ": " + text;
    }
}
