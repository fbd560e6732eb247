package org.openmla.store.monitoring;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The report as aligned plain-text tables. */
final class TableReport {
    private TableReport() {}

    static void write(CaseloadReport r, Writer out) throws IOException {
        out.write("Caseload report as of " + r.asOf() + ": " + r.cases() + " cases\n");
        out.write("\nCases by state\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"state", "cases"});
        r.byState().forEach((s, n) -> rows.add(new String[] {s.name(), String.valueOf(n)}));
        table(out, rows);

        out.write("\nTime from receipt\n");
        rows.clear();
        rows.add(new String[] {"stage", "cases", "median", "p90", "longest"});
        for (CaseloadReport.StageTimes t : r.times()) {
            rows.add(new String[] {t.stage().name(), String.valueOf(t.count()), t.median().map(ReportFormat::human).orElse("-"),
                t.p90().map(ReportFormat::human).orElse("-"), t.longest().map(ReportFormat::human).orElse("-")});
        }
        table(out, rows);

        out.write("\nOutcomes by instrument and counterpart\n");
        rows.clear();
        rows.add(new String[] {"instrument", "counterpart", "outcome", "cases"});
        r.outcomes().forEach(o -> rows.add(new String[] {o.instrument(), o.counterpart(), o.outcome().name(), String.valueOf(o.count())}));
        table(out, rows);

        out.write("\nRefusal grounds by instrument and counterpart\n");
        rows.clear();
        rows.add(new String[] {"instrument", "counterpart", "ground", "refusals"});
        r.refusalGrounds().forEach(g -> rows.add(new String[] {g.instrument(), g.counterpart(), g.groundId(), String.valueOf(g.count())}));
        table(out, rows);

        out.write("\nDeadlines\n");
        rows.clear();
        rows.add(new String[] {"rule", "citation", "met on time", "met late", "lapsed", "running", "overdue", "pending"});
        for (CaseloadReport.RuleDeadlines d : r.deadlinesByRule()) {
            rows.add(tallyRow(d.ruleId(), d.citation().toString(), d.tally()));
        }
        rows.add(tallyRow("all", "", r.deadlines()));
        table(out, rows);

        out.write("\nOverdue now (" + r.overdue().size() + ")\n");
        rows.clear();
        rows.add(new String[] {"case", "state", "instrument", "counterpart", "rule", "citation", "due", "overdue by"});
        r.overdue().forEach(o -> rows.add(new String[] {o.caseId().value(), o.state().name(), o.instrument(), o.counterpart(), o.ruleId(),
            o.citation().toString(), o.dueAt().toString(), ReportFormat.human(o.overdueBy())}));
        table(out, rows);
    }

    private static String[] tallyRow(String rule, String citation, CaseloadReport.DeadlineTally t) {
        return new String[] {rule, citation, String.valueOf(t.metOnTime()), String.valueOf(t.metLate()), String.valueOf(t.lapsed()),
            String.valueOf(t.running()), String.valueOf(t.overdue()), String.valueOf(t.pending())};
    }

    private static void table(Writer out, List<String[]> rows) throws IOException {
        if (rows.size() == 1) {
            out.write("  (none)\n");
            return;
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + width[i] + "s", row[i]));
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.write(line.toString().stripTrailing() + "\n");
        }
    }
}
