package org.openmla.core.internal.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openmla.core.model.Measure;
import org.openmla.core.decision.ConsultationDuty;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.FactValue;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.ImposedCondition;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.core.decision.Verdict;

/** Renders a {@link Decision} as readable text, and writes the reasons for refusal a decision carries. */
public final class DecisionText {
    private DecisionText() {}

    /**
     * The ready-to-send reasons for a refusal: each adverse refusal or precondition finding (not an exception), then each
     * proposed ground the engine permitted whose article is not already given.
     *
     * @param outcome the request's outcome; reasons are given only for a refusal or a pending assessment
     * @param findings the findings
     * @param checks the answers to proposed grounds
     * @param measures the request's measures, to name them
     * @return the reasons, without duplicates
     */
    public static List<String> refusalReasons(Outcome outcome, List<Finding> findings, List<RefusalCheck> checks, List<MeasureResult> measures) {
        if (!outcome.isRefusal() && outcome != Outcome.PENDING_ASSESSMENT) {
            return List.of();
        }
        if (findings.isEmpty() && checks.isEmpty()) {
            return List.of();
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (Finding f : findings) {
            RuleKind kind = f.kind();
            if ((kind.isRefusal() || kind == RuleKind.PRECONDITION) && f.isAdverse() && f.exceptionTo().isEmpty()) {
                String where = f.measureIndex().map(i -> "Measure " + (i + 1) + " (" + measures.get(i).type() + "): ").orElse("");
                reasons.add(where + f.citation() + " — " + f.statement());
            }
        }
        for (RefusalCheck c : checks) {
            if (c.permitted() && c.citation().isPresent()) {
                String cite = c.citation().get() + " — ";
                boolean given = false;
                for (String r : reasons) {
                    given |= r.contains(cite);
                }
                if (!given) {
                    reasons.add(cite + c.explanation());
                }
            }
        }
        return List.copyOf(reasons);
    }

    public static String render(Decision d) {
        StringBuilder sb = new StringBuilder(2048);
        sb.append("Decision ").append(d.decisionId()).append(" on request ").append(d.requestId()).append('\n');
        sb.append("  law date ").append(d.lawDate()).append(", packs ").append(d.packs()).append('\n');
        sb.append("  input digest ").append(d.inputDigest()).append('\n');
        sb.append("Outcome: ").append(d.outcome()).append(d.partial() ? " (measures differ: the request may be granted in part)" : "").append('\n');
        if (!d.determiningRuleIds().isEmpty()) {
            sb.append(d.outcome() == Outcome.PENDING_ASSESSMENT ? "  waiting on: " : "  determined by: ");
            sb.append(String.join(", ", d.determiningFindings().stream().map(f -> f.citation() + " (" + f.ruleId() + ")").distinct().toList()));
            sb.append('\n');
        }
        if (!d.measures().isEmpty()) {
            sb.append("\nMeasures:\n");
            for (MeasureResult m : d.measures()) {
                sb.append("  ").append(m.index() + 1).append(". ").append(m.type()).append(": ").append(m.outcome());
                if (!m.determiningRuleIds().isEmpty()) {
                    sb.append("  [").append(String.join(", ", m.determiningRuleIds())).append(']');
                }
                sb.append('\n');
            }
        }
        section(sb, "Legal basis", d.legalBasisNotes(), (b, n) -> b.append(n.packId()).append(": ").append(n.reason())
                .append(n.citations().isEmpty() ? "" : " " + n.citations()));
        section(sb, "Open questions (assessments still needed)", d.openQuestions(), DecisionText::question);
        section(sb, "Conditions", d.conditions(), DecisionText::condition);
        section(sb, "Consultation required before refusing or postponing", d.consultations(), DecisionText::consultation);
        section(sb, "Deadlines", d.deadlines(), DecisionText::deadline);
        section(sb, "Proposed refusal grounds", d.refusalChecks(), DecisionText::check);
        section(sb, "Reasons for refusal (ready to send)", d.refusalReasons(), (b, r) -> b.append(r));
        List<Finding> applied = d.findings().stream().filter(f -> f.verdict() != Verdict.NOT_APPLICABLE).toList();
        section(sb, "Findings", applied, DecisionText::finding);
        section(sb, "Rules not applicable", d.notApplicable(), (b, f) -> b.append(f.citation()).append(" (").append(f.ruleId()).append(')')
                .append(f.measureIndex().map(i -> " measure " + (i + 1)).orElse("")).append(": ").append(f.reason().orElse("")));
        return sb.toString();
    }

    private static void question(StringBuilder b, OpenQuestion q) {
        b.append(q.key()).append(q.measureIndex().map(i -> " (measure " + (i + 1) + ")").orElse("")).append(": ").append(q.question());
        b.append("\n      for ").append(q.citations()).append(q.couldChangeOutcome() ? "; the answer can change the outcome" : "");
    }

    private static void condition(StringBuilder b, ImposedCondition c) {
        b.append(c.citation()).append(c.measureIndex().map(i -> " (measure " + (i + 1) + ")").orElse("")).append(": ").append(c.statement());
    }

    private static void consultation(StringBuilder b, ConsultationDuty c) {
        b.append(c.citation()).append(": ").append(c.statement());
    }

    private static void deadline(StringBuilder b, RunningDeadline d) {
        b.append(d.citation()).append(": ").append(d.limit()).append(" from ").append(d.spec().runsFrom()).append(" to ").append(d.spec().metBy())
                .append(d.urgent() && d.spec().urgentLimit().isPresent() ? " (urgent)" : "")
                .append(d.spec().maxExtension().map(e -> ", extendable by up to " + e).orElse("")).append(" — ").append(d.statement());
    }

    private static void check(StringBuilder b, RefusalCheck c) {
        b.append(c.proposal().groundId()).append(c.proposal().measureIndex().map(i -> " (measure " + (i + 1) + ")").orElse(""))
                .append(": ").append(c.answer()).append(c.citations().isEmpty() ? "" : " " + c.citations()).append(" — ").append(c.explanation());
    }

    private static void finding(StringBuilder b, Finding f) {
        b.append('[').append(f.verdict()).append("] ").append(f.citation()).append(" (").append(f.ruleId()).append(", ").append(f.kind())
                .append(f.measureIndex().map(i -> ", measure " + (i + 1)).orElse("")).append(")\n      ").append(f.statement());
        f.reason().ifPresent(r -> b.append("\n      ").append(r));
        for (FactValue v : f.facts()) {
            b.append("\n      - ").append(v.label()).append(": ").append(v.value());
        }
        f.caveat().ifPresent(c -> b.append("\n      caveat: ").append(c));
    }

    private interface Line<T> {
        void write(StringBuilder b, T item);
    }

    private static <T> void section(StringBuilder sb, String title, List<T> items, Line<T> line) {
        if (items.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append(":\n");
        for (T item : items) {
            sb.append("  - ");
            line.write(sb, item);
            sb.append('\n');
        }
    }
}
