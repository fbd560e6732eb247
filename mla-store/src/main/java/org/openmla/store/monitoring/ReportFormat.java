package org.openmla.store.monitoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link CaseloadReport} is written. Every format shows the same figures; none holds personal data.
 */
public enum ReportFormat {
    /** Plain text, aligned columns, for a terminal. */
    TABLE,
    /** One JSON object; durations in whole seconds, instants in ISO-8601. */
    JSON,
    /**
     * CSV in long form, one figure a row: {@code section,instrument,counterpart,item,measure,value} (durations in
     * seconds), for a spreadsheet or a statistics tool.
     */
    CSV,
    /** One self-contained HTML page: tables and inline SVG charts, no script and nothing loaded from elsewhere. */
    HTML;

    /**
     * Writes the report.
     *
     * @param report the report
     * @param out where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(CaseloadReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            switch (this) {
                case TABLE -> TableReport.write(report, out);
                case JSON -> JsonReport.write(report, out);
                case CSV -> CsvReport.write(report, out);
                case HTML -> HtmlReport.write(report, out);
                default -> throw new IllegalStateException("unknown format " + this);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the report to a string.
     *
     * @param report the report
     * @return the text
     */
    public String write(CaseloadReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    /** @return a duration for people: hours below a day, days otherwise, one decimal */
    static String human(Duration d) {
        double hours = d.getSeconds() / 3600.0;
        return hours < 24 ? String.format(Locale.ROOT, "%.1f h", hours) : String.format(Locale.ROOT, "%.1f d", hours / 24);
    }
}
