package org.openmla.store.monitoring;

import java.io.IOException;
import java.io.Writer;

/** The report as CSV in long form: {@code section,instrument,counterpart,item,measure,value}. */
final class CsvReport {
    private CsvReport() {}

    static void write(CaseloadReport r, Writer out) throws IOException {
        out.write("section,instrument,counterpart,item,measure,value\n");
        row(out, "cases", "", "", "all", "count", r.cases());
        for (var e : r.byState().entrySet()) {
            row(out, "state", "", "", e.getKey().name(), "count", e.getValue());
        }
        for (CaseloadReport.StageTimes t : r.times()) {
            row(out, "time_from_receipt", "", "", t.stage().name(), "count", t.count());
            t.median().ifPresent(d -> uncheckedRow(out, "time_from_receipt", t.stage().name(), "median_seconds", d.getSeconds()));
            t.p90().ifPresent(d -> uncheckedRow(out, "time_from_receipt", t.stage().name(), "p90_seconds", d.getSeconds()));
            t.longest().ifPresent(d -> uncheckedRow(out, "time_from_receipt", t.stage().name(), "longest_seconds", d.getSeconds()));
        }
        for (CaseloadReport.OutcomeCount o : r.outcomes()) {
            row(out, "outcome", o.instrument(), o.counterpart(), o.outcome().name(), "count", o.count());
        }
        for (CaseloadReport.GroundCount g : r.refusalGrounds()) {
            row(out, "refusal_ground", g.instrument(), g.counterpart(), g.groundId(), "count", g.count());
        }
        tally(out, "all", r.deadlines());
        for (CaseloadReport.RuleDeadlines d : r.deadlinesByRule()) {
            tally(out, d.ruleId(), d.tally());
        }
        for (CaseloadReport.OverdueDeadline o : r.overdue()) {
            row(out, "overdue", o.instrument(), o.counterpart(), o.caseId().value(), "overdue_seconds:" + o.ruleId(), o.overdueBy().getSeconds());
        }
    }

    private static void tally(Writer out, String item, CaseloadReport.DeadlineTally t) throws IOException {
        row(out, "deadlines", "", "", item, "met_on_time", t.metOnTime());
        row(out, "deadlines", "", "", item, "met_late", t.metLate());
        row(out, "deadlines", "", "", item, "lapsed", t.lapsed());
        row(out, "deadlines", "", "", item, "running", t.running());
        row(out, "deadlines", "", "", item, "overdue", t.overdue());
        row(out, "deadlines", "", "", item, "pending", t.pending());
    }

    private static void uncheckedRow(Writer out, String section, String item, String measure, long value) {
        try {
            row(out, section, "", "", item, measure, value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void row(Writer out, String section, String instrument, String counterpart, String item, String measure, long value)
            throws IOException {
        out.write(cell(section) + "," + cell(instrument) + "," + cell(counterpart) + "," + cell(item) + "," + cell(measure) + "," + value + "\n");
    }

    static String cell(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
