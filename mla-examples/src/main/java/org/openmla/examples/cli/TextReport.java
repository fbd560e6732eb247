package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.ConsultationDuty;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.ImposedCondition;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.examples.cli.Decisions.Decided;
import org.openmla.treaties.resolver.LegalBasisFinding;

/** Renders decisions for people: a summary ({@code evaluate}) and a header for the full trace ({@code explain}). */
final class TextReport {
    private TextReport() {}

    /** The file, request, States, law date, packs, the check of the legal basis and the assessments taken from data. */
    static void header(PrintWriter out, Decided d) {
        Decision decision = d.decision();
        out.println("== " + d.file() + ": " + (d.request().isSpontaneousInformation() ? "information sent without a request " : "request ")
                + d.request().id() + ", " + d.request().requestingState() + " to " + d.request().requestedState());
        out.println("Law date " + decision.lawDate() + "; packs " + decision.packs().stream().map(Object::toString).collect(Collectors.joining(", ")));
        for (LegalBasisFinding f : d.plan().check().findings()) {
            out.println("Legal basis " + f.claimed().map(Object::toString).orElse("(none claimed)") + ": " + f.status()
                    + f.citation().map(c -> " [" + c + "]").orElse("") + " - " + f.explanation());
        }
        d.plan().notes().forEach(n -> out.println("Note: " + n));
        List<Assessment> system = d.evaluation().assessments().stream().filter(a -> !EvaluationOptions.ASSESSED_BY.equals(a.assessedBy())).toList();
        if (!system.isEmpty()) {
            out.println("From party data: " + system.stream().map(a -> a.key() + "=" + a.value()).collect(Collectors.joining(", ")));
        }
    }

    /** The summary {@code evaluate} prints. */
    static void summary(PrintWriter out, Decided d) {
        header(out, d);
        Decision decision = d.decision();
        out.println();
        out.println("Outcome: " + decision.outcome() + (decision.partial() ? " (measures differ: the request may be granted in part)" : ""));
        List<Finding> determining = decision.determiningFindings();
        if (decision.outcome() == Outcome.PENDING_ASSESSMENT) {
            out.println("  until the open questions marked decisive below are answered");
        } else if (!determining.isEmpty()) {
            out.println("  determined by " + determining.stream().map(f -> f.citation() + " (" + f.ruleId() + ")").distinct()
                    .collect(Collectors.joining(", ")));
        }
        if (!decision.measures().isEmpty()) {
            out.println("Measures:");
            for (MeasureResult m : decision.measures()) {
                out.println("  " + (m.index() + 1) + ". " + m.type() + ": " + m.outcome()
                        + (m.determiningRuleIds().isEmpty() || m.outcome() == Outcome.PENDING_ASSESSMENT ? "" : " [" + String.join(", ", m.determiningRuleIds()) + "]"));
            }
        }
        if (!decision.openQuestions().isEmpty()) {
            out.println("Open questions (answer with --assess NAME=true|false, or NAME@MEASURE=...):");
            for (OpenQuestion q : decision.openQuestions()) {
                out.println("  " + q.key() + q.measureIndex().map(i -> "@" + (i + 1)).orElse("") + (q.couldChangeOutcome() ? " (decisive)" : "")
                        + ": " + q.question());
                out.println("      for " + q.citations().stream().map(Object::toString).distinct().collect(Collectors.joining(", ")));
            }
        }
        if (!decision.refusalChecks().isEmpty()) {
            out.println("Proposed refusal grounds:");
            for (RefusalCheck c : decision.refusalChecks()) {
                out.println("  " + c.proposal().groundId() + c.proposal().measureIndex().map(i -> "@" + (i + 1)).orElse("") + ": " + c.answer()
                        + (c.citations().isEmpty() ? "" : " " + c.citations()) + " - " + c.explanation());
            }
        }
        if (!decision.conditions().isEmpty()) {
            out.println("Conditions:");
            for (ImposedCondition c : decision.conditions()) {
                out.println("  " + c.citation() + c.measureIndex().map(i -> " (measure " + (i + 1) + ")").orElse("") + ": " + c.statement());
            }
        }
        if (!decision.consultations().isEmpty()) {
            out.println("Consult the requesting State before refusing or postponing:");
            for (ConsultationDuty c : decision.consultations()) {
                out.println("  " + c.citation() + ": " + c.statement());
            }
        }
        if (!decision.deadlines().isEmpty()) {
            out.println("Deadlines:");
            for (RunningDeadline dl : decision.deadlines()) {
                out.println("  " + dl.citation() + ": " + dl.limit() + " from " + dl.spec().runsFrom() + " to " + dl.spec().metBy());
            }
        }
        if (!decision.refusalReasons().isEmpty()) {
            out.println("Reasons for refusal (ready to send):");
            decision.refusalReasons().forEach(r -> out.println("  " + r));
        }
        if (!decision.legalBasisNotes().isEmpty()) {
            out.println("Packs that did not govern the request:");
            decision.legalBasisNotes().forEach(n -> out.println("  " + n.packId() + ": " + n.reason()));
        }
        out.println("(every finding and the facts behind it: mla explain " + d.file() + " with the same options)");
    }
}
