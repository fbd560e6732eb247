package org.openmla.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.openmla.core.rules.Decision;

/**
 * Renders expectations and what a decision shows side by side, one row each, marking with {@code <|>} the rows that
 * differ (as Axon's fixtures do), followed by the decision's explanation:
 *
 * <pre>
 * expected                              |  actual
 * --------------------------------------+---------------------------------
 * outcome MAY_REFUSE                   &lt;|&gt; GRANT_WITH_CONDITIONS
 * finding TESTLAND art. 7 [adverse]     |  [TRUE] TESTLAND art. 7 (tl.7)
 * </pre>
 */
public final class ExpectationTable {
    private static final int MAX_LEFT = 60;

    private ExpectationTable() {}

    /** @return the rows that the decision does not meet */
    public static List<Expectation> unmet(List<Expectation> expectations, Decision decision) {
        List<Expectation> unmet = new ArrayList<>();
        for (Expectation e : expectations) {
            if (!e.isMetBy(decision)) {
                unmet.add(e);
            }
        }
        return unmet;
    }

    /**
     * Checks every expectation and, if any is not met, builds the failure: a heading, the table and the explanation.
     *
     * @param heading what was checked, e.g. {@code Scenario 'x' in y.yaml}
     * @return the failure, or null when every expectation is met
     */
    public static AssertionError verify(String heading, List<Expectation> expectations, Decision decision) {
        List<Expectation> unmet = unmet(expectations, decision);
        if (unmet.isEmpty()) {
            return null;
        }
        String message = heading + ": " + unmet.size() + " of " + expectations.size()
                + (expectations.size() == 1 ? " expectation" : " expectations") + " not met (rows marked <|> differ)\n\n"
                + render(expectations, decision) + "\n" + explanation(decision);
        return new AssertionError(message);
    }

    /** @return the table, one line per expectation, ending with a line break */
    public static String render(List<Expectation> expectations, Decision decision) {
        int width = "expected".length();
        for (Expectation e : expectations) {
            width = Math.max(width, Math.min(MAX_LEFT, e.expected().length()));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(pad("expected", width)).append("  |  actual\n");
        sb.append("-".repeat(width + 2)).append('+').append("-".repeat(Math.max(20, Math.min(60, width)))).append('\n');
        for (Expectation e : expectations) {
            String expected = e.expected();
            String actual = e.actual(decision);
            boolean differs = !e.isMetBy(decision);
            if (expected.length() > width) {
                sb.append(expected).append('\n');
                expected = "";
            }
            sb.append(pad(expected, width)).append(differs ? " <|> " : "  |  ").append(actual).append('\n');
        }
        return sb.toString();
    }

    /** @return {@code Explanation:} followed by {@link Decision#explain()} */
    public static String explanation(Decision decision) {
        return "Explanation:\n" + decision.explain();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
