package org.openmla.core.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.ConsultationDuty;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.engine.RefusalChecks;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.decision.Verdict;

/** Checks the guards of a command against a case. Pure: no state, no I/O. Details name ids and indexes only. */
final class GuardChecks {
    private GuardChecks() {}

    /** Outcomes on which nothing may be accepted. */
    static final Set<Outcome> BARRING_OUTCOMES =
            EnumSet.of(Outcome.ENGINE_ERROR, Outcome.NOT_APPLICABLE, Outcome.RETURN_TO_ISSUER, Outcome.DEFICIENT, Outcome.MUST_REFUSE);

    /** Kinds of rule whose open question bars acceptance: those whose adverse verdict gives a barring outcome. */
    static final Set<RuleKind> BARRING_KINDS =
            EnumSet.of(RuleKind.MANDATORY_REFUSAL, RuleKind.PRECONDITION, RuleKind.SCOPE, RuleKind.FORMAL_REQUIREMENT, RuleKind.RETURN_TO_ISSUER);

    /** @return every guard of the list the command does not meet, in the list's order */
    static List<UnmetGuard> check(List<Guard> guards, RequestCase c, Command cmd, Instant at) {
        return check(guards.toArray(new Guard[0]), c, cmd, at);
    }

    /** @return every guard of the array the command does not meet, in the array's order */
    static List<UnmetGuard> check(Guard[] guards, RequestCase c, Command cmd, Instant at) {
        Context x = null; // made only for a guard that needs more than a plain test
        List<UnmetGuard> unmet = null; // made only when a guard is unmet: a transition that goes through allocates no list
        Decision d = cmd.decision().orElse(null); // what the plain tests read of the command, read once
        List<Integer> measures = cmd.measures();
        boolean reasons = cmd.reason().isPresent();
        for (Guard g : guards) {
            if (g == Guard.HISTORY_IN_ORDER) { // every command's first guard: tested here, without a call
                Transition last = c.lastOrNull();
                if (last == null || !at.isBefore(last.at())) {
                    continue;
                }
            } else if (plainlyMet(g, c, d, measures, reasons)) {
                continue;
            }
            if (x == null) {
                x = new Context(c, cmd, at);
            }
            Optional<String> detail = x.unmet(g);
            if (detail.isPresent()) {
                if (unmet == null) {
                    unmet = new ArrayList<>(2);
                }
                unmet.add(new UnmetGuard(g, detail.get(), x.citations(g)));
            }
        }
        return unmet == null ? List.of() : List.copyOf(unmet);
    }

    /**
     * Whether the guard is met on a test that reads a field or two and builds nothing: the usual case of a command
     * that goes through. False means only that the full check must run (it also says why when the guard is not met).
     */
    static boolean plainlyMet(Guard g, RequestCase c, Command cmd) {
        return plainlyMet(g, c, cmd.decision().orElse(null), cmd.measures(), cmd.reason().isPresent());
    }

    /**
     * Whether every guard is met on its plain test by a command that carries nothing but its type and the decision
     * {@code d} (null if none), names no measure and gives no reasons, given at {@code at}. False means only that the
     * full check must run.
     */
    static boolean plainlyMet(Guard[] guards, RequestCase c, Decision d, Instant at) {
        for (Guard g : guards) {
            if (g == Guard.HISTORY_IN_ORDER) {
                Transition last = c.lastOrNull();
                if (last != null && at.isBefore(last.at())) {
                    return false;
                }
            } else if (!plainlyMet(g, c, d, List.of(), false)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #plainlyMet(Guard, RequestCase, Command)} on the parts of the command it reads: its decision (or null), measures and whether it gives reasons. */
    private static boolean plainlyMet(Guard g, RequestCase c, Decision d, List<Integer> measures, boolean reasons) {
        return switch (g) {
            case ACKNOWLEDGE_ONCE -> !c.acknowledged();
            case ARREST_ONCE -> !c.recorded(CommandType.RECORD_ARREST);
            case CONSENT_TO_SURRENDER_ONCE -> !c.recorded(CommandType.RECORD_CONSENT_TO_SURRENDER);
            case DECISION_SAME_REQUEST -> d != null && d.requestId().equals(c.caseId());
            case DECISION_NOT_SUPERSEDED -> d != null && notSuperseded(c, d.decisionId());
            case ACCEPT_MEASURES_EXIST -> measures.isEmpty(); // all the decision's measures
            case ACCEPT_OUTCOME_ALLOWS -> d != null && measures.isEmpty() && !BARRING_BY_ORDINAL[d.outcome().ordinal()];
            case ACCEPT_NO_OPEN_MANDATORY_QUESTION -> d != null && d.openQuestions().isEmpty();
            case ACCEPT_PARTIAL_REASONS_GIVEN -> measures.isEmpty() || reasons; // whole: no reasons due
            case ACCEPT_PARTIAL_CONSULTED -> measures.isEmpty() || (d != null && d.consultations().isEmpty());
            case CLOSE_UNEXECUTED_REASONS_GIVEN -> reasons || containsAll(c.executedMeasures(), c.acceptedMeasures());
            default -> false;
        }; // kept under the JIT's size for inlining a hot method: the longer tests are methods of their own
    }

    /** {@link #BARRING_OUTCOMES} by ordinal: an outcome tested with one array read. */
    private static final boolean[] BARRING_BY_ORDINAL = barringByOrdinal();

    private static boolean[] barringByOrdinal() {
        boolean[] barring = new boolean[Outcome.values().length];
        for (Outcome o : BARRING_OUTCOMES) {
            barring[o.ordinal()] = true;
        }
        return barring;
    }

    /** @return whether the decision was never recorded (nothing superseded it) or is the case's latest */
    private static boolean notSuperseded(RequestCase c, String decisionId) {
        return !c.recordedDecision(decisionId) || latestIs(c, decisionId);
    }

    /** @return why the guard is not met by the full check, which {@link #plainlyMet} may skip; empty if it is met */
    static Optional<String> fullyChecked(Guard g, RequestCase c, Command cmd, Instant at) {
        return new Context(c, cmd, at).unmet(g);
    }

    /** @return whether every element of {@code part} is in {@code all}, without an iterator */
    private static boolean containsAll(List<Integer> all, List<Integer> part) {
        for (int i = 0, n = part.size(); i < n; i++) {
            if (!all.contains(part.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the case's latest decision reference is to the decision with this id */
    private static boolean latestIs(RequestCase c, String decisionId) {
        Optional<DecisionRef> latest = c.latestDecision();
        return latest.isPresent() && latest.get().decisionId().equals(decisionId);
    }

    /** The measures an acceptance accepts: those named, or every measure of the decision when none are. */
    static List<Integer> acceptedBy(Command cmd) {
        return acceptedBy(cmd.decision().orElseThrow(), cmd.measures());
    }

    /** The measures an acceptance of the decision naming these measures accepts. */
    static List<Integer> acceptedBy(Decision d, List<Integer> measures) {
        return measures.isEmpty() ? allMeasures(d.measures().size()) : measures;
    }

    /** The lists 0..n-1 for the usual numbers of measures, made once. */
    private static final List<List<Integer>> ALL_MEASURES = IntStream.rangeClosed(0, 16).mapToObj(n -> IntStream.range(0, n).boxed().toList()).toList();

    /** @return the measures 0 to {@code n - 1}, ascending */
    static List<Integer> allMeasures(int n) {
        return n < ALL_MEASURES.size() ? ALL_MEASURES.get(n) : IntStream.range(0, n).boxed().toList();
    }

    /** @return whether {@code measures} (ascending, distinct, not negative, as a command holds them) are exactly 0 to {@code n - 1} */
    static boolean allOf(List<Integer> measures, int n) {
        return measures.size() == n && (n == 0 || measures.get(n - 1) == n - 1);
    }

    private record Context(RequestCase c, Command cmd, Instant at) {

        Optional<String> unmet(Guard g) {
            return switch (g) {
                case ACKNOWLEDGE_ONCE -> c.acknowledged() ? Optional.of("already acknowledged") : Optional.empty();
                case ARREST_ONCE -> c.recorded(CommandType.RECORD_ARREST) ? Optional.of("an arrest is already recorded") : Optional.empty();
                case CONSENT_TO_SURRENDER_ONCE -> c.recorded(CommandType.RECORD_CONSENT_TO_SURRENDER)
                        ? Optional.of("consent to surrender is already recorded") : Optional.empty();
                case HISTORY_IN_ORDER -> c.last().filter(t -> at.isBefore(t.at())).map(t -> "the clock reads " + at + ", before " + t.at());
                case DECISION_NOT_SUPERSEDED -> superseded() ? Optional.of("decision " + decision().decisionId()
                        + " was replaced by decision " + c.latestDecision().map(DecisionRef::decisionId).orElse("?")) : Optional.empty();
                case DECISION_SAME_REQUEST -> decision().requestId().equals(c.caseId()) ? Optional.empty()
                        : Optional.of("the decision is on request " + decision().requestId() + ", the case is " + c.caseId());
                case DECISION_COMPLETE -> decision().outcome() == Outcome.ENGINE_ERROR ? Optional.of("outcome ENGINE_ERROR") : Optional.empty();
                case ACCEPT_MEASURES_EXIST -> acceptMeasuresExist();
                case ACCEPT_OUTCOME_ALLOWS -> acceptOutcomeAllows();
                case ACCEPT_NO_OPEN_MANDATORY_QUESTION -> noOpenBarringQuestion();
                case ACCEPT_PARTIAL_REASONS_GIVEN -> partialAcceptance() && cmd.reason().isEmpty() ? Optional.of("no reasons given") : Optional.empty();
                case ACCEPT_PARTIAL_CONSULTED -> partialAcceptance() ? consulted() : Optional.empty();
                case REFUSE_REASONS_GIVEN, POSTPONE_REASONS_GIVEN, EXTENSION_REASONS_GIVEN ->
                        cmd.reason().isEmpty() ? Optional.of("no reasons given") : Optional.empty();
                case REFUSE_GROUNDS_CITED -> cmd.groundIds().isEmpty() ? Optional.of("no ground cited") : Optional.empty();
                case REFUSE_GROUNDS_FOUND -> listed("grounds neither found nor permitted: ", cmd.groundIds().stream().filter(id -> !usable(id)).toList());
                case REFUSE_NO_FORBIDDEN_GROUND -> listed("forbidden grounds: ", cmd.groundIds().stream().filter(this::forbidden).toList());
                case REFUSE_GROUNDS_COVER_EVERY_MEASURE -> listed("no ground cited holds for measures ", uncoveredMeasures());
                case REFUSE_CONSULTED, POSTPONE_CONSULTED -> consulted();
                case POSTPONE_GROUND_FOUND -> decision().findings().stream().anyMatch(f -> f.kind() == RuleKind.POSTPONEMENT
                        && f.verdict() == Verdict.TRUE && f.exceptionTo().isEmpty()) ? Optional.empty() : Optional.of("no postponement finding is TRUE");
                case EXECUTION_MEASURES_NAMED -> cmd.measures().isEmpty() ? Optional.of("no measure named") : Optional.empty();
                case EXECUTION_MEASURES_ACCEPTED -> listed("not accepted: measures ",
                        cmd.measures().stream().filter(m -> !c.acceptedMeasures().contains(m)).map(String::valueOf).toList());
                case EXECUTION_MEASURES_NOT_YET_EXECUTED -> listed("already executed: measures ",
                        cmd.measures().stream().filter(m -> c.executedMeasures().contains(m)).map(String::valueOf).toList());
                case EXECUTION_PARTIAL_LEAVES_SOME -> {
                    Set<Integer> left = new TreeSet<>(c.acceptedMeasures());
                    left.removeAll(c.executedMeasures());
                    left.removeAll(cmd.measures());
                    yield left.isEmpty() && !cmd.measures().isEmpty() ? Optional.of("no accepted measure would be left") : Optional.empty();
                }
                case CLOSE_UNEXECUTED_REASONS_GIVEN -> {
                    if (c.executedMeasures().containsAll(c.acceptedMeasures()) || cmd.reason().isPresent()) {
                        yield Optional.empty(); // every accepted measure executed, or reasons given: no set to build
                    }
                    Set<Integer> left = new TreeSet<>(c.acceptedMeasures());
                    left.removeAll(c.executedMeasures());
                    yield !left.isEmpty() && c.state() != CaseState.REFUSED && c.state() != CaseState.WITHDRAWN && cmd.reason().isEmpty()
                            ? Optional.of("measures not executed: " + left) : Optional.empty();
                }
                case EXTENSION_DEADLINE_KNOWN -> deadline().isPresent() ? Optional.empty()
                        : Optional.of("no deadline of rule " + extension().ruleId() + " runs for the case");
                case EXTENSION_DEADLINE_OPEN -> deadline().filter(d -> !d.isOpen()).map(d -> "the deadline is " + d.status());
                case EXTENSION_ALLOWED -> deadline().filter(d -> d.deadline().spec().maxExtension().isEmpty()).map(d -> "the pack allows no extension");
                case EXTENSION_SAME_UNIT -> maximum().filter(max -> max.unit() != extension().by().unit())
                        .map(max -> "the maximum is in " + max.unit() + ", the extension in " + extension().by().unit());
                case EXTENSION_WITHIN_MAXIMUM -> maximum().filter(max -> max.unit() == extension().by().unit()).flatMap(max -> {
                    long total = deadline().orElseThrow().extendedAmount(max.unit()) + extension().by().amount();
                    return total > max.amount() ? Optional.of("extended by " + new TimeLimit(total, max.unit()) + " in all, the maximum is " + max) : Optional.empty();
                });
            };
        }

        private Decision decision() {
            return cmd.decision().orElseThrow();
        }

        private DeadlineExtension extension() {
            return cmd.extension().orElseThrow();
        }

        private Optional<CaseDeadline> deadline() {
            return c.deadline(extension().ruleId());
        }

        private Optional<TimeLimit> maximum() {
            return deadline().flatMap(d -> d.deadline().spec().maxExtension());
        }

        private static Optional<String> listed(String prefix, List<String> items) {
            return items.isEmpty() ? Optional.empty() : Optional.of(prefix + String.join(", ", items));
        }

        private boolean partialAcceptance() {
            return !cmd.measures().isEmpty() && !allOf(cmd.measures(), decision().measures().size());
        }

        private List<Integer> validAccepted() {
            int n = decision().measures().size();
            return acceptedBy(cmd).stream().filter(i -> i < n).toList();
        }

        private Optional<String> acceptMeasuresExist() {
            int n = decision().measures().size();
            if (cmd.measures().isEmpty() || cmd.measures().get(cmd.measures().size() - 1) < n) { // ascending: the last is the largest
                return Optional.empty();
            }
            return listed("the request has " + n + " measures; no measure ", cmd.measures().stream().filter(i -> i >= n).map(String::valueOf).toList());
        }

        private Optional<String> acceptOutcomeAllows() {
            Decision d = decision();
            if (!partialAcceptance()) {
                return BARRING_OUTCOMES.contains(d.outcome()) ? Optional.of("outcome " + d.outcome()) : Optional.empty();
            }
            List<String> barred = new ArrayList<>();
            if (d.outcome() == Outcome.ENGINE_ERROR) {
                barred.add("outcome ENGINE_ERROR");
            }
            for (int i : validAccepted()) {
                Outcome o = d.measures().get(i).outcome();
                if (BARRING_OUTCOMES.contains(o)) {
                    barred.add("measure " + i + " " + o);
                }
            }
            return listed("", barred);
        }

        private Optional<String> noOpenBarringQuestion() {
            if (decision().openQuestions().isEmpty()) {
                return Optional.empty();
            }
            List<Integer> accepted = validAccepted();
            Set<String> open = new LinkedHashSet<>();
            for (OpenQuestion q : decision().openQuestions()) {
                if (q.measureIndex().isPresent() && !accepted.contains(q.measureIndex().get())) {
                    continue;
                }
                for (String ruleId : q.ruleIds()) {
                    Optional<RuleKind> kind = decision().finding(ruleId).map(Finding::kind);
                    if (kind.isEmpty() || BARRING_KINDS.contains(kind.get())) {
                        open.add(q.key() + q.measureIndex().map(i -> " (measure " + i + ")").orElse("") + " on rule " + ruleId);
                    }
                }
            }
            return listed("open: ", List.copyOf(open));
        }

        private Optional<String> consulted() {
            if (decision().consultations().isEmpty()) {
                return Optional.empty();
            }
            Set<String> recorded = new LinkedHashSet<>();
            c.consultations().forEach(r -> recorded.addAll(r.duties()));
            return listed("no consultation recorded for ", decision().consultations().stream().filter(duty -> !recorded.contains(duty.ruleId()))
                    .map(ConsultationDuty::ruleId).distinct().map(id -> id + " (" + citationOf(id) + ")").toList());
        }

        private String citationOf(String ruleId) {
            return decision().consultations().stream().filter(d -> d.ruleId().equals(ruleId)).findFirst().map(d -> d.citation().toString()).orElse("");
        }

        /** The engine's answer to refusing the whole request on the ground: the one procedure both use. */
        private RefusalCheck answer(String id) {
            Decision d = decision();
            return RefusalChecks.answer(d.findings(), d.measures().size(), new ProposedRefusal(id, Optional.empty()));
        }

        /** Whether the ground may be used for the whole request or for at least one measure. */
        private boolean usable(String id) {
            Decision d = decision();
            return answer(id).permitted() || !RefusalChecks.permittedMeasures(d.findings(), d.measures().size(), id).isEmpty();
        }

        /** The measures (1-based, as decisions show them) for which none of the cited grounds may be used. */
        private List<String> uncoveredMeasures() {
            Decision d = decision();
            Set<Integer> covered = new TreeSet<>();
            for (String id : cmd.groundIds()) {
                if (answer(id).permitted()) {
                    return List.of();
                }
                covered.addAll(RefusalChecks.permittedMeasures(d.findings(), d.measures().size(), id));
            }
            List<String> missing = new ArrayList<>();
            for (int m = 0; m < d.measures().size(); m++) {
                if (!covered.contains(m)) {
                    missing.add(String.valueOf(m + 1));
                }
            }
            return covered.isEmpty() ? List.of() : missing; // no ground usable at all is refuse.grounds-found's to report
        }

        /**
         * Whether the engine answers FORBIDDEN, could not check the ground, or waits on a not-a-ground rule: a refusal may
         * not rest on what is or may be forbidden (fail closed).
         */
        private boolean forbidden(String id) {
            RefusalCheck check = answer(id);
            return switch (check.answer()) {
                case FORBIDDEN, CHECK_FAILED -> true;
                case PENDING_ASSESSMENT -> check.ruleIds().stream()
                        .anyMatch(r -> decision().finding(r).map(f -> f.kind() == RuleKind.NOT_A_GROUND).orElse(false));
                default -> false;
            };
        }

        /**
         * The decision's own articles behind an unmet guard: the consultation rules not yet consulted on, the rules the
         * cited grounds rest on, the postponement rules. The lifecycle itself holds no treaty content.
         */
        List<Citation> citations(Guard g) {
            Decision d = decision0();
            if (d == null) {
                return List.of();
            }
            Set<Citation> out = new LinkedHashSet<>();
            switch (g) {
                case REFUSE_CONSULTED, POSTPONE_CONSULTED, ACCEPT_PARTIAL_CONSULTED -> {
                    Set<String> recorded = new LinkedHashSet<>();
                    c.consultations().forEach(r -> recorded.addAll(r.duties()));
                    d.consultations().stream().filter(duty -> !recorded.contains(duty.ruleId())).forEach(duty -> out.add(duty.citation()));
                }
                // reasons are due for the refusal rules the grounds rest on
                case REFUSE_REASONS_GIVEN -> cmd.groundIds().stream().map(this::answer).filter(RefusalCheck::permitted)
                        .forEach(a -> out.addAll(a.citations()));
                case REFUSE_GROUNDS_FOUND, REFUSE_NO_FORBIDDEN_GROUND, REFUSE_GROUNDS_COVER_EVERY_MEASURE ->
                        cmd.groundIds().forEach(id -> out.addAll(answer(id).citations()));
                case ACCEPT_PARTIAL_REASONS_GIVEN -> {
                    Set<Integer> accepted = new TreeSet<>(cmd.measures());
                    for (var m : d.measures()) {
                        if (!accepted.contains(m.index())) {
                            m.determiningRuleIds().forEach(id -> d.finding(id).ifPresent(f -> out.add(f.citation())));
                        }
                    }
                }
                case POSTPONE_GROUND_FOUND -> d.findings().stream().filter(f -> f.kind() == RuleKind.POSTPONEMENT).forEach(f -> out.add(f.citation()));
                default -> { }
            }
            return List.copyOf(out);
        }

        private Decision decision0() {
            return cmd.decision().orElse(null);
        }

        /** Whether the case recorded this decision before and has recorded a different one since. */
        private boolean superseded() {
            String id = decision().decisionId();
            Optional<DecisionRef> latest = c.latestDecision();
            return c.recordedDecision(id) && !(latest.isPresent() && latest.get().decisionId().equals(id));
        }
    }
}
