package org.openmla.store.monitoring;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report as one self-contained HTML page: inline CSS, tables and horizontal bar charts drawn as inline SVG. No
 * script, no external resource.
 */
final class HtmlReport {
    private HtmlReport() {}

    private record Segment(String name, double value, String colour) {}

    private record Bar(String label, List<Segment> segments) {
        double total() {
            return segments.stream().mapToDouble(Segment::value).sum();
        }
    }

    private static final Map<CaseOutcome, String> OUTCOME_COLOURS = Map.of(CaseOutcome.PENDING, "#9e9e9e", CaseOutcome.ACCEPTED, "#2e7d32",
            CaseOutcome.ACCEPTED_IN_PART, "#81c784", CaseOutcome.REFUSED, "#c62828", CaseOutcome.WITHDRAWN, "#6d4c41");

    static void write(CaseloadReport r, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Caseload report as of ").append(esc(r.asOf().toString()))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#212121;max-width:70em}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}")
                .append("td.n{text-align:right}th{background:#f1f1f1}svg{display:block;margin:.5em 0}")
                .append(".legend span{display:inline-block;margin-right:1em}.legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:middle}")
                .append("\n</style>\n</head>\n<body>\n");
        h.append("<h1>Caseload report</h1>\n<p>As of <time>").append(esc(r.asOf().toString())).append("</time>: <strong id=\"case-count\">")
                .append(r.cases()).append("</strong> cases.</p>\n");

        h.append("<h2 id=\"by-state\">Cases by state</h2>\n");
        List<String[]> rows = new ArrayList<>();
        r.byState().forEach((s, n) -> rows.add(new String[] {s.name(), String.valueOf(n)}));
        table(h, new String[] {"State", "Cases"}, rows);

        h.append("<h2 id=\"times\">Time from receipt</h2>\n");
        rows.clear();
        List<Bar> timeBars = new ArrayList<>();
        for (CaseloadReport.StageTimes t : r.times()) {
            rows.add(new String[] {t.stage().name(), String.valueOf(t.count()), t.median().map(ReportFormat::human).orElse("-"),
                t.p90().map(ReportFormat::human).orElse("-"), t.longest().map(ReportFormat::human).orElse("-")});
            double median = t.median().map(d -> d.getSeconds() / 86400.0).orElse(0.0);
            double p90 = t.p90().map(d -> d.getSeconds() / 86400.0).orElse(0.0);
            timeBars.add(new Bar(t.stage().name() + " median", List.of(new Segment("median (days)", median, "#1565c0"))));
            timeBars.add(new Bar(t.stage().name() + " p90", List.of(new Segment("90th percentile (days)", p90, "#90caf9"))));
        }
        chart(h, "time-chart", "Days from receipt to each stage: median and 90th percentile", timeBars, "d");
        table(h, new String[] {"Stage", "Cases", "Median", "90th percentile", "Longest"}, rows);

        h.append("<h2 id=\"outcomes\">Outcomes by instrument and counterpart State</h2>\n");
        Map<String, Map<CaseOutcome, Integer>> byKey = new TreeMap<>();
        rows.clear();
        for (CaseloadReport.OutcomeCount o : r.outcomes()) {
            byKey.computeIfAbsent(o.instrument() + " / " + o.counterpart(), k -> new LinkedHashMap<>()).merge(o.outcome(), o.count(), Integer::sum);
            rows.add(new String[] {o.instrument(), o.counterpart(), o.outcome().name(), String.valueOf(o.count())});
        }
        List<Bar> outcomeBars = new ArrayList<>();
        byKey.forEach((k, m) -> {
            List<Segment> segs = new ArrayList<>();
            for (CaseOutcome o : CaseOutcome.values()) {
                if (m.containsKey(o)) {
                    segs.add(new Segment(o.name(), m.get(o), OUTCOME_COLOURS.get(o)));
                }
            }
            outcomeBars.add(new Bar(k, segs));
        });
        legend(h, OUTCOME_COLOURS);
        chart(h, "outcome-chart", "Cases by outcome, for each instrument and counterpart State", outcomeBars, "");
        table(h, new String[] {"Instrument", "Counterpart", "Outcome", "Cases"}, rows);

        h.append("<h2 id=\"grounds\">Refusal grounds</h2>\n");
        Map<String, Integer> byGround = new TreeMap<>();
        rows.clear();
        for (CaseloadReport.GroundCount g : r.refusalGrounds()) {
            byGround.merge(g.groundId(), g.count(), Integer::sum);
            rows.add(new String[] {g.instrument(), g.counterpart(), g.groundId(), String.valueOf(g.count())});
        }
        List<Bar> groundBars = new ArrayList<>();
        byGround.forEach((g, n) -> groundBars.add(new Bar(g, List.of(new Segment("refusals", n, "#c62828")))));
        chart(h, "ground-chart", "Refusals citing each ground", groundBars, "");
        table(h, new String[] {"Instrument", "Counterpart", "Ground", "Refusals"}, rows);

        h.append("<h2 id=\"deadlines\">Deadlines</h2>\n");
        Map<String, String> tallyColours = new LinkedHashMap<>();
        tallyColours.put("met on time", "#2e7d32");
        tallyColours.put("met late", "#f9a825");
        tallyColours.put("lapsed", "#9e9e9e");
        tallyColours.put("running", "#1565c0");
        tallyColours.put("overdue", "#c62828");
        tallyColours.put("pending", "#e0e0e0");
        List<Bar> deadlineBars = new ArrayList<>();
        rows.clear();
        for (CaseloadReport.RuleDeadlines d : r.deadlinesByRule()) {
            deadlineBars.add(tallyBar(d.citation().toString(), d.tally(), tallyColours));
            rows.add(tallyRow(d.ruleId(), d.citation().toString(), d.tally()));
        }
        deadlineBars.add(tallyBar("all deadlines", r.deadlines(), tallyColours));
        rows.add(tallyRow("all", "", r.deadlines()));
        legend(h, tallyColours);
        chart(h, "deadline-chart", "Deadlines by where they stand", deadlineBars, "");
        table(h, new String[] {"Rule", "Citation", "Met on time", "Met late", "Lapsed", "Running", "Overdue", "Pending"}, rows);

        h.append("<h2 id=\"overdue\">Overdue now (").append(r.overdue().size()).append(")</h2>\n");
        rows.clear();
        r.overdue().forEach(o -> rows.add(new String[] {o.caseId().value(), o.state().name(), o.instrument(), o.counterpart(), o.ruleId(),
            o.citation().toString(), o.dueAt().toString(), ReportFormat.human(o.overdueBy())}));
        table(h, new String[] {"Case", "State", "Instrument", "Counterpart", "Rule", "Citation", "Due", "Overdue by"}, rows);
        h.append("</body>\n</html>\n");
        out.write(h.toString());
    }

    private static Bar tallyBar(String label, CaseloadReport.DeadlineTally t, Map<String, String> colours) {
        int[] values = {t.metOnTime(), t.metLate(), t.lapsed(), t.running(), t.overdue(), t.pending()};
        List<Segment> segs = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : colours.entrySet()) {
            if (values[i] > 0) {
                segs.add(new Segment(e.getKey(), values[i], e.getValue()));
            }
            i++;
        }
        return new Bar(label, segs);
    }

    private static String[] tallyRow(String rule, String citation, CaseloadReport.DeadlineTally t) {
        return new String[] {rule, citation, String.valueOf(t.metOnTime()), String.valueOf(t.metLate()), String.valueOf(t.lapsed()),
            String.valueOf(t.running()), String.valueOf(t.overdue()), String.valueOf(t.pending())};
    }

    private static void legend(StringBuilder h, Map<?, String> colours) {
        h.append("<p class=\"legend\">");
        colours.forEach((k, c) -> h.append("<span><i style=\"background:").append(c).append("\"></i>").append(esc(k.toString())).append("</span>"));
        h.append("</p>\n");
    }

    /** A horizontal bar chart, one stacked bar a row, scaled to the longest bar, each segment titled with its value. */
    private static void chart(StringBuilder h, String id, String title, List<Bar> bars, String unit) {
        int labelWidth = 260;
        int plotWidth = 420;
        int rowHeight = 22;
        int height = Math.max(1, bars.size()) * rowHeight + 10;
        double max = bars.stream().mapToDouble(Bar::total).max().orElse(0);
        h.append("<svg id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + plotWidth + 80)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + plotWidth + 80).append(' ').append(height)
                .append("\" font-size=\"12\"><title>").append(esc(title)).append("</title>\n");
        if (bars.isEmpty()) {
            h.append("<text x=\"0\" y=\"16\">no data</text>\n");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 5 + i * rowHeight;
            h.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">").append(esc(b.label()))
                    .append("</text>\n");
            double x = labelWidth;
            for (Segment s : b.segments()) {
                double w = max <= 0 ? 0 : s.value() / max * plotWidth;
                h.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(rowHeight - 6).append("\" fill=\"").append(s.colour()).append("\"><title>").append(esc(b.label()))
                        .append(": ").append(esc(s.name())).append(' ').append(number(s.value())).append(unit).append("</title></rect>\n");
                x += w;
            }
            h.append("<text x=\"").append(fmt(x + 4)).append("\" y=\"").append(y + 14).append("\">").append(number(b.total())).append(unit)
                    .append("</text>\n");
        }
        h.append("</svg>\n");
    }

    private static void table(StringBuilder h, String[] header, List<String[]> rows) {
        if (rows.isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<table>\n<thead><tr>");
        for (String c : header) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows) {
            h.append("<tr>");
            for (String c : row) {
                boolean numeric = !c.isEmpty() && c.chars().allMatch(Character::isDigit);
                h.append(numeric ? "<td class=\"n\">" : "<td>").append(esc(c)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
