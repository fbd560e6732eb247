package org.openmla.testkit.internal;

import org.assertj.core.api.WritableAssertionInfo;

/** Builds assertion failures whose message is taken literally (never used as a format string). */
public final class AssertionFailures {
    private AssertionFailures() {}

    /**
     * @param info the assertion's description and overriding message, which take precedence as in AssertJ
     * @param message the message, used as is
     * @return the error to throw
     */
    public static AssertionError failure(WritableAssertionInfo info, String message) {
        String text = info.overridingErrorMessage() != null ? info.overridingErrorMessage() : message;
        if (info.hasDescription()) {
            text = "[" + info.descriptionText() + "] " + text;
        }
        return new AssertionError(text);
    }
}
