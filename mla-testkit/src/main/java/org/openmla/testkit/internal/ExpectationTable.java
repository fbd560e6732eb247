package org.openmla.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.openmla.core.decision.Decision;

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
        return verify(heading, rows(expectations, decision), explanation(decision));
    }

    /** @return the expectations as rows, against the decision */
    public static List<Row> rows(List<Expectation> expectations, Decision decision) {
        List<Row> rows = new ArrayList<>(expectations.size());
        for (Expectation e : expectations) {
            rows.add(new Row(e.expected(), e.actual(decision), !e.isMetBy(decision)));
        }
        return rows;
    }

    /** One row: what was expected, what was found, and whether they differ. */
    public record Row(String expected, String actual, boolean differs) {}

    /** @return the table, one line per expectation, ending with a line break */
    public static String render(List<Expectation> expectations, Decision decision) {
        return render(rows(expectations, decision));
    }

    /** @return the table of the rows, ending with a line break */
    public static String render(List<Row> rows) {
        int width = "expected".length();
        for (Row r : rows) {
            width = Math.max(width, Math.min(MAX_LEFT, r.expected().length()));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(pad("expected", width)).append("  |  actual\n");
        sb.append("-".repeat(width + 2)).append('+').append("-".repeat(Math.max(20, Math.min(60, width)))).append('\n');
        for (Row r : rows) {
            String expected = r.expected();
            if (expected.length() > width) {
                sb.append(expected).append('\n');
                expected = "";
            }
            sb.append(pad(expected, width)).append(r.differs() ? " <|> " : "  |  ").append(r.actual()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Builds the failure for rows of which some differ.
     *
     * @param heading what was checked
     * @param rows the rows
     * @param explanation what to print after the table
     * @return the failure, or null when no row differs
     */
    public static AssertionError verify(String heading, List<Row> rows, String explanation) {
        long differ = rows.stream().filter(Row::differs).count();
        if (differ == 0) {
            return null;
        }
        return new AssertionError(heading + ": " + differ + " of " + rows.size() + (rows.size() == 1 ? " expectation" : " expectations")
                + " not met (rows marked <|> differ)\n\n" + render(rows) + "\n" + explanation);
    }

    /** @return {@code Explanation:} followed by {@link Decision#explain()} */
    public static String explanation(Decision decision) {
        return "Explanation:\n" + decision.explain();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
