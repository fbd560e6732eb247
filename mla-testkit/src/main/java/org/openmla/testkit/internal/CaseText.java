package org.openmla.testkit.internal;

import java.util.Optional;
import org.openmla.core.lifecycle.CaseDeadline;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionResult;

/**
 * Renders a case for failure messages: the command's result, the history (ids, instants, states, commands, actors'
 * ids, decisions by id and outcome; never the reasons, which are free text) and the deadlines with their due
 * instants.
 */
public final class CaseText {
    private CaseText() {}

    public static String render(CaseView v) {
        RequestCase c = v.requestCase();
        StringBuilder sb = new StringBuilder();
        sb.append("Case ").append(c.caseId()).append(": state ").append(c.state()).append(", version ").append(c.version()).append('\n');
        v.result().ifPresent(r -> sb.append(describe(r)).append('\n'));
        sb.append("History:\n");
        if (c.history().isEmpty()) {
            sb.append("  (none)\n");
        }
        for (Transition t : c.history()) {
            sb.append("  v").append(t.version()).append(' ').append(t.at()).append("  ").append(t.from()).append(" --").append(t.command())
                    .append("--> ").append(t.to()).append("  by ").append(t.actor());
            t.detail().decision().ifPresent(d -> sb.append("  ").append(d));
            if (!t.detail().groundIds().isEmpty()) {
                sb.append("  grounds ").append(t.detail().groundIds());
            }
            if (!t.detail().acceptedMeasures().isEmpty()) {
                sb.append("  accepted measures ").append(t.detail().acceptedMeasures());
            }
            if (!t.detail().executedMeasures().isEmpty()) {
                sb.append("  executed measures ").append(t.detail().executedMeasures());
            }
            t.detail().consultation().ifPresent(r -> sb.append("  consultation ").append(r.result()));
            t.detail().extension().ifPresent(e -> sb.append("  extends ").append(e.ruleId()).append(" by ").append(e.by()));
            sb.append('\n');
        }
        sb.append("Deadlines at ").append(v.at()).append(" (calendar ").append(v.calendar().zone()).append("):\n");
        if (c.deadlines().isEmpty()) {
            sb.append("  (none declared)\n");
        }
        for (CaseDeadline d : c.deadlines()) {
            sb.append("  - ").append(deadline(d, v)).append('\n');
        }
        return sb.toString();
    }

    /** @return {@code applied: UNDER_REVIEW --REFUSE--> REFUSED} or the rejection explained */
    public static String describe(TransitionResult r) {
        if (r instanceof TransitionResult.Applied a) {
            Transition t = a.transition();
            return "applied: " + t.from() + " --" + t.command() + "--> " + t.to();
        }
        TransitionResult.Rejected rejected = (TransitionResult.Rejected) r;
        return "rejected (" + rejected.reason() + "): " + rejected.explain();
    }

    /** @return the deadline's article, rule, limit, status and due instant */
    public static String deadline(CaseDeadline d, CaseView v) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.deadline().citation()).append(" (").append(d.ruleId()).append("), ").append(d.limit()).append(" from ")
                .append(d.deadline().spec().runsFrom()).append(" to ").append(d.deadline().spec().metBy()).append(": ").append(d.status());
        d.startedAt().ifPresent(s -> sb.append(" since ").append(s));
        Optional<java.time.Instant> due = v.calendar().dueAt(d);
        due.ifPresent(x -> sb.append(", due ").append(x));
        d.metAt().ifPresent(m -> sb.append(", met ").append(m).append(v.calendar().metLate(d) ? " (late)" : ""));
        d.lapsedAt().ifPresent(l -> sb.append(", lapsed ").append(l));
        if (d.status() == CaseDeadline.Status.RUNNING && due.isPresent() && v.at().isAfter(due.get())) {
            sb.append(", OVERDUE");
        }
        return sb.toString();
    }
}
