package org.openmla.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.CaseDeadline;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.ConsultationRecord;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.rules.RuleKind;

/**
 * Walks a decided request through the requested side's lifecycle, as far as the decision allows, on a simulated
 * clock that starts at the law date, 09:00 in the zone: receipt, the decision recorded, acknowledgement, review, then
 * acceptance and execution, refusal, postponement or a request for more information, with the deadlines the decision
 * declares and when they fall due. A demonstration: an officer decides each step in a real case.
 */
final class LifecycleWalk {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Actor OFFICER = Actor.of("officer-1", "CASE_OFFICER");
    private static final Actor HEAD = Actor.of("head-1", "HEAD_OF_UNIT");

    private final PrintWriter out;
    private final ZoneId zone;
    private final DeadlineCalendar calendar;
    private final RequestLifecycle lifecycle = RequestLifecycle.standard();
    private Instant now;
    private RequestCase c;

    LifecycleWalk(PrintWriter out, ZoneId zone, LocalDate start) {
        this.out = out;
        this.zone = zone;
        this.calendar = DeadlineCalendar.of(zone);
        this.now = ZonedDateTime.of(start, LocalTime.of(9, 0), zone).toInstant();
    }

    /** @return the case at the end of the walk */
    RequestCase walk(MlaRequest request, Decision decision) {
        c = RequestCase.create(request.id());
        out.println("Lifecycle of request " + request.id() + " at the requested authority (" + request.requestedState() + "), outcome "
                + decision.outcome() + ".");
        out.println("A demonstration on a simulated clock; times in " + zone + ".");
        out.println();
        step(Duration.ZERO, Command.of(CommandType.RECEIVE, OFFICER, c.version()));
        step(Duration.ofMinutes(10), Command.recordDecision(OFFICER, c.version(), decision));
        printDeadlines("      ");
        step(Duration.ofHours(2), Command.of(CommandType.ACKNOWLEDGE, OFFICER, c.version()));
        step(Period.ofDays(1), Command.of(CommandType.START_REVIEW, OFFICER, c.version()));
        switch (decision.outcome()) {
            case GRANT, GRANT_WITH_CONDITIONS -> acceptAndExecute(decision, List.of(), Optional.empty());
            case MAY_REFUSE -> mayRefuse(decision);
            case MUST_REFUSE -> refuse(decision);
            case POSTPONE -> postpone(decision);
            case PENDING_ASSESSMENT -> note("The officer must first answer " + decision.openQuestions().size() + " open question"
                    + (decision.openQuestions().size() == 1 ? "" : "s") + " (" + decision.openQuestions().stream().map(q -> q.key())
                    .distinct().collect(Collectors.joining(", ")) + "); run again with --assess NAME=true|false. The case waits in review.");
            case DEFICIENT, RETURN_TO_ISSUER, NOT_APPLICABLE -> askForInformation(decision);
            case ENGINE_ERROR -> note("The engine could not complete the decision; nothing can be decided on it. The case waits in review.");
        }
        out.println();
        out.println("Case " + c.caseId() + " is " + c.state() + " at version " + c.version() + " with " + c.history().size() + " history entries.");
        printDeadlines("  ");
        return c;
    }

    private void acceptAndExecute(Decision decision, List<Integer> measures, Optional<String> reasons) {
        Command accept = measures.isEmpty() ? Command.accept(HEAD, c.version(), decision) : Command.acceptMeasures(HEAD, c.version(), decision, measures);
        if (reasons.isPresent()) {
            accept = accept.because(reasons.get());
        }
        if (!step(Period.ofDays(6), accept)) {
            return;
        }
        step(Period.ofDays(1), Command.of(CommandType.START_EXECUTION, OFFICER, c.version()));
        step(Period.ofDays(21), Command.of(CommandType.COMPLETE_EXECUTION, OFFICER, c.version()));
        step(Period.ofDays(1), Command.of(CommandType.CLOSE, OFFICER, c.version()));
    }

    private void mayRefuse(Decision decision) {
        List<Integer> grantable = decision.measures().stream().filter(m -> m.outcome().isGrant()).map(MeasureResult::index).toList();
        consultIfRequired(decision, grantable.isEmpty() ? ConsultationRecord.Result.NO_AGREEMENT : ConsultationRecord.Result.CONDITIONS_AGREED);
        if (decision.partial() && !grantable.isEmpty()) {
            note("The measures without a ground for refusal are accepted; the others are refused on the grounds found.");
            acceptAndExecute(decision, grantable, Optional.of(reasons(decision)));
        } else {
            note("The officer chooses to use the discretionary ground" + (grounds(decision).size() == 1 ? "" : "s") + " found; "
                    + "accepting the request instead would be allowed too.");
            refuseAndClose(decision);
        }
    }

    private void refuse(Decision decision) {
        consultIfRequired(decision, ConsultationRecord.Result.NO_AGREEMENT);
        refuseAndClose(decision);
    }

    private void refuseAndClose(Decision decision) {
        List<String> grounds = grounds(decision);
        if (step(Period.ofDays(3), Command.refuse(HEAD, c.version(), decision, grounds.toArray(String[]::new)).because(reasons(decision)))) {
            step(Period.ofDays(1), Command.of(CommandType.CLOSE, OFFICER, c.version()));
        }
    }

    private void postpone(Decision decision) {
        consultIfRequired(decision, ConsultationRecord.Result.NO_AGREEMENT);
        if (step(Period.ofDays(3), Command.postpone(HEAD, c.version(), decision).because("Execution is postponed under "
                + citations(decision) + " while the ground for postponement lasts."))) {
            note("When the ground ceases, RESUME_REVIEW (or ACCEPT) continues the case.");
        }
    }

    private void askForInformation(Decision decision) {
        note("ACCEPT is tried first, to show the guards that stop it:");
        step(Duration.ofHours(1), Command.accept(HEAD, c.version(), decision));
        step(Duration.ofHours(1), Command.of(CommandType.REQUEST_INFORMATION, OFFICER, c.version())
                .because("Please put right what " + citations(decision) + " require" + (decision.determiningFindings().size() == 1 ? "s" : "")
                        + "; the request is kept open meanwhile."));
        note("The case waits for the requesting authority; RECEIVE_INFORMATION resumes the review.");
    }

    private void consultIfRequired(Decision decision, ConsultationRecord.Result result) {
        if (decision.consultations().isEmpty()) {
            return;
        }
        step(Period.ofDays(1), Command.of(CommandType.CONSULT, OFFICER, c.version()));
        step(Period.ofDays(5), Command.recordConsultation(OFFICER, c.version(), ConsultationRecord.covering(decision, result)));
    }

    /** Applies a command at now + delay and prints the transition or the rejection. @return whether it was applied */
    private boolean step(TemporalAmount delay, Command command) {
        now = now.atZone(zone).plus(delay).toInstant();
        TransitionResult r = lifecycle.apply(c, command, Clock.fixed(now, zone));
        String when = WHEN.format(now.atZone(zone));
        if (r instanceof TransitionResult.Applied applied) {
            Transition t = applied.transition();
            c = applied.requestCase();
            out.printf("  %s  %-19s %s -> %s%s%n", when, t.command(), t.from(), t.to(), detail(t));
            return true;
        }
        TransitionResult.Rejected rejected = (TransitionResult.Rejected) r;
        out.printf("  %s  %-19s rejected: %s%n", when, command.type(), rejected.explain().replace("\n", "\n" + " ".repeat(41)));
        return false;
    }

    private static String detail(Transition t) {
        List<String> parts = new ArrayList<>();
        t.detail().decision().ifPresent(d -> parts.add("decision " + d.outcome()));
        if (!t.detail().acceptedMeasures().isEmpty()) {
            parts.add("measures accepted " + t.detail().acceptedMeasures().stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", ")));
        }
        if (!t.detail().executedMeasures().isEmpty()) {
            parts.add("measures executed " + t.detail().executedMeasures().stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", ")));
        }
        if (!t.detail().groundIds().isEmpty()) {
            parts.add("grounds " + String.join(", ", t.detail().groundIds()));
        }
        t.detail().consultation().ifPresent(cr -> parts.add("consultation " + cr.result()));
        if (!t.detail().declaredDeadlines().isEmpty()) {
            parts.add(t.detail().declaredDeadlines().size() + " deadline" + (t.detail().declaredDeadlines().size() == 1 ? "" : "s") + " declared");
        }
        return parts.isEmpty() ? "" : "  (" + String.join("; ", parts) + ")";
    }

    private void printDeadlines(String indent) {
        List<CaseDeadline> deadlines = c.deadlines();
        if (deadlines.isEmpty()) {
            out.println(indent + "No deadline runs under the packs applied.");
            return;
        }
        out.println(indent + "Deadlines:");
        for (CaseDeadline d : deadlines) {
            StringBuilder line = new StringBuilder(indent).append("  ").append(d.deadline().citation()).append(": ").append(d.limit())
                    .append(" from ").append(d.deadline().spec().runsFrom()).append(" to ").append(d.deadline().spec().metBy())
                    .append(" - ").append(d.status());
            calendar.dueAt(d).ifPresent(due -> line.append(", due ").append(WHEN.format(due.atZone(zone))));
            d.metAt().ifPresent(met -> line.append(", met ").append(WHEN.format(met.atZone(zone))).append(calendar.metLate(d) ? " (late)" : " (on time)"));
            d.lapsedAt().ifPresent(l -> line.append(", lapsed ").append(WHEN.format(l.atZone(zone))));
            out.println(line);
        }
    }

    private void note(String text) {
        out.println("      " + text);
    }

    /** The grounds to cite: ground ids of the determining refusal findings, rule ids of determining preconditions. */
    static List<String> grounds(Decision decision) {
        Set<String> out = new LinkedHashSet<>();
        List<Finding> determining = new ArrayList<>(decision.determiningFindings());
        for (MeasureResult m : decision.measures()) {
            decision.findings().stream().filter(f -> f.measureIndex().equals(Optional.of(m.index())) && m.determiningRuleIds().contains(f.ruleId())
                    && f.isAdverse()).forEach(determining::add);
        }
        for (Finding f : determining) {
            if (f.exceptionTo().isPresent()) {
                continue;
            }
            if (f.kind().isRefusal() && f.ground().isPresent()) {
                out.add(f.ground().get());
            } else if (f.kind() == RuleKind.PRECONDITION) {
                out.add(f.ruleId());
            }
        }
        return List.copyOf(out);
    }

    private static String reasons(Decision decision) {
        if (!decision.refusalReasons().isEmpty()) {
            return String.join("\n", decision.refusalReasons());
        }
        return "Refused under " + citations(decision) + ".";
    }

    private static String citations(Decision decision) {
        Set<String> cited = new LinkedHashSet<>();
        decision.determiningFindings().forEach(f -> cited.add(f.cited()));
        for (MeasureResult m : decision.measures()) {
            decision.findings().stream().filter(f -> f.measureIndex().equals(Optional.of(m.index())) && m.determiningRuleIds().contains(f.ruleId())
                    && f.isAdverse()).forEach(f -> cited.add(f.cited()));
        }
        return cited.isEmpty() ? "the instrument" : String.join(", ", cited);
    }
}
