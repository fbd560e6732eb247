package org.openmla.core.lifecycle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.RequestId;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.RunningDeadline;

/**
 * Checks that a stored history is one the lifecycle could have written: each entry, against the case its predecessors
 * built, must be a row of the {@link TransitionTable}, meet every guard the table gives its command as far as the
 * history records what the guard looked at, and record exactly what the lifecycle records for that command.
 *
 * <p>The guards are taken from the table, one case per {@link Guard} (the switch is exhaustive, so a new guard must be
 * placed here). The guards that read the engine decision beyond its outcomes ({@link DecisionFacts#GUARDS}: the
 * request it is on, its findings, open questions and duties to consult) are re-run by the lifecycle's own procedure
 * ({@link GuardChecks}) on the {@link DecisionFacts} the entry's reference records, against the case the entries before
 * it built. A reference without facts (read from a case document older than format version 3) cannot be re-checked
 * against those guards; {@code CaseDocument} says so. Messages name entries, commands, outcomes, ids and measure
 * indexes only.
 */
final class HistoryCheck {
    private HistoryCheck() {}

    /**
     * @param caseId the case's id, which the decisions acted on must be on
     * @param before the entries before {@code t}, checked
     * @param t the next entry
     * @param index its index, for messages
     * @throws InvalidValueException naming the entry if the lifecycle could not have written it there
     */
    static void check(RequestId caseId, History before, Transition t, int index) {
        History.Facts f = before.facts();
        if (t.version() != index + 1) {
            throw new InvalidValueException(field(index), "has version " + t.version() + " where " + (index + 1) + " was expected");
        }
        CaseState state = before.isEmpty() ? CaseState.DRAFT : before.get(before.size() - 1).to();
        if (t.from() != state) {
            throw new InvalidValueException(field(index), "leaves " + t.from() + " but the case was in " + state);
        }
        List<String> problems = new ArrayList<>(0);
        recorded(f, t, problems);
        List<Guard> guards = TransitionTable.standard().guards(t.command());
        for (int i = 0, n = guards.size(); i < n; i++) { // indexed, and messages made only for what is unmet
            Guard g = guards.get(i);
            Optional<String> p = unmet(g, before, f, t);
            if (p.isPresent()) {
                problems.add(g.id() + ": " + p.get());
            }
        }
        onRecordedFacts(caseId, before, state, t, problems);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(field(index), t.command() + " could not have been recorded here (" + String.join("; ", problems) + ")");
        }
    }

    /**
     * The guards that read the decision beyond its outcomes, re-run as the lifecycle ran them: on the decision as the
     * entry's {@link DecisionFacts} record it, the command as the entry records it, and the case the entries before it
     * built.
     */
    private static void onRecordedFacts(RequestId caseId, History before, CaseState state, Transition t, List<String> problems) {
        List<Guard> reading = READING_GUARDS.get(t.command());
        if (reading.isEmpty() || t.detail().decision().flatMap(DecisionRef::facts).isEmpty()) {
            return;
        }
        DecisionRef ref = decision(t);
        if (reading.size() == 1 && reading.get(0) == Guard.DECISION_SAME_REQUEST) {
            // RECORD_DECISION: its one such guard reads the request the facts are on, checked without rebuilding the
            // decision (the entry is always a command the lifecycle takes: Transition checks what it records)
            if (!ref.facts().orElseThrow().requestId().equals(caseId)) {
                problems.add(Guard.DECISION_SAME_REQUEST.id() + ": not met on the decision as its facts record it");
            }
            return;
        }
        Decision decision = ref.facts().orElseThrow().asDecision(ref);
        TransitionDetail d = t.detail();
        List<Integer> measures = switch (t.command()) {
            case ACCEPT -> d.acceptedMeasures();
            case EXECUTE_PARTIALLY -> d.executedMeasures();
            default -> List.of();
        };
        Command command;
        try {
            command = new Command(t.command(), t.actor(), before.size(), t.reason(), Optional.of(decision), measures, d.groundIds(), d.consultation(),
                    d.extension());
        } catch (InvalidValueException e) {
            problems.add("the entry is not a command the lifecycle takes (" + e.field() + ")");
            return;
        }
        RequestCase c = new RequestCase(caseId, state, before.size(), before);
        for (UnmetGuard u : GuardChecks.check(reading, c, command, t.at())) {
            // the guard only: its particulars quote ids a stored document supplies, which a reader's message does not echo
            problems.add(u.guard().id() + ": not met on the decision as its facts record it");
        }
    }

    /** Per command, the guards that read the decision beyond its outcomes: worked out once, not per entry read. */
    private static final Map<CommandType, List<Guard>> READING_GUARDS = readingGuards();

    private static Map<CommandType, List<Guard>> readingGuards() {
        Map<CommandType, List<Guard>> byCommand = new EnumMap<>(CommandType.class);
        for (CommandType c : CommandType.values()) {
            byCommand.put(c, TransitionTable.standard().guards(c).stream().filter(DecisionFacts.GUARDS::contains).toList());
        }
        return byCommand;
    }

    private static String field(int index) {
        return "RequestCase.history[" + index + "]";
    }

    /** What the lifecycle records for the command, derived from the command and the case before it. */
    private static void recorded(History.Facts f, Transition t, List<String> problems) {
        TransitionDetail d = t.detail();
        switch (t.command()) {
            case ACCEPT -> {
                int n = d.decision().orElseThrow().measureOutcomes().size();
                if (!ascending(d.acceptedMeasures())) {
                    problems.add("acceptedMeasures are not distinct and in ascending order");
                }
                if (d.acceptedMeasures().isEmpty() && n > 0) {
                    problems.add("acceptedMeasures is empty, where every measure accepted is recorded");
                }
            }
            case EXECUTE_PARTIALLY -> {
                if (!ascending(d.executedMeasures())) {
                    problems.add("executedMeasures are not distinct and in ascending order");
                }
            }
            case COMPLETE_EXECUTION -> {
                TreeSet<Integer> left = new TreeSet<>(f.acceptedMeasures());
                left.removeAll(f.executedMeasures());
                if (!d.executedMeasures().equals(List.copyOf(left))) {
                    problems.add("executedMeasures are not the accepted measures left to execute " + left);
                }
            }
            default -> { }
        }
        if (d.declaredDeadlines().isEmpty()) {
            return;
        }
        Set<String> declared = new HashSet<>();
        for (RunningDeadline r : d.declaredDeadlines()) {
            if (!declared.add(r.ruleId()) || f.deadline(r.ruleId()).isPresent()) {
                problems.add("deadline " + r.ruleId() + " is declared again");
            }
        }
    }

    private static boolean ascending(List<Integer> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> unmet(Guard g, History before, History.Facts f, Transition t) {
        TransitionDetail d = t.detail();
        return switch (g) {
            case HISTORY_IN_ORDER -> before.lastOrNull() != null && t.at().isBefore(before.lastOrNull().at())
                    ? Optional.of("is earlier than the transition before it") : Optional.empty();
            case ACKNOWLEDGE_ONCE -> before.recorded(CommandType.ACKNOWLEDGE) ? Optional.of("already acknowledged") : Optional.empty();
            case ARREST_ONCE -> before.recorded(CommandType.RECORD_ARREST) ? Optional.of("an arrest is already recorded") : Optional.empty();
            case CONSENT_TO_SURRENDER_ONCE -> before.recorded(CommandType.RECORD_CONSENT_TO_SURRENDER)
                    ? Optional.of("consent to surrender is already recorded") : Optional.empty();
            case DECISION_NOT_SUPERSEDED -> {
                String id = decision(t).decisionId();
                boolean superseded = f.decisionIds().contains(id) && !f.latestDecision().map(x -> x.decisionId().equals(id)).orElse(false);
                yield superseded ? Optional.of("the decision was replaced by a later one") : Optional.empty();
            }
            case DECISION_COMPLETE -> decision(t).outcome() == Outcome.ENGINE_ERROR ? Optional.of("outcome ENGINE_ERROR") : Optional.empty();
            case ACCEPT_MEASURES_EXIST -> {
                int n = decision(t).measureOutcomes().size();
                List<Integer> beyond = d.acceptedMeasures().stream().filter(m -> m >= n).toList();
                yield beyond.isEmpty() ? Optional.empty() : Optional.of("the decision has " + n + " measures; no measure " + beyond);
            }
            case ACCEPT_OUTCOME_ALLOWS -> acceptOutcomeAllows(t);
            case ACCEPT_PARTIAL_REASONS_GIVEN -> partial(t) && t.reason().isEmpty() ? Optional.of("no reasons given") : Optional.empty();
            case REFUSE_REASONS_GIVEN, POSTPONE_REASONS_GIVEN, EXTENSION_REASONS_GIVEN ->
                    t.reason().isEmpty() ? Optional.of("no reasons given") : Optional.empty();
            case REFUSE_GROUNDS_CITED -> d.groundIds().isEmpty() ? Optional.of("no ground cited") : Optional.empty();
            case EXECUTION_MEASURES_NAMED -> d.executedMeasures().isEmpty() ? Optional.of("no measure named") : Optional.empty();
            case EXECUTION_MEASURES_ACCEPTED -> {
                List<Integer> not = d.executedMeasures().stream().filter(m -> !f.acceptedMeasures().contains(m)).toList();
                yield not.isEmpty() ? Optional.empty() : Optional.of("not accepted: measures " + not);
            }
            case EXECUTION_MEASURES_NOT_YET_EXECUTED -> {
                List<Integer> again = d.executedMeasures().stream().filter(f.executedMeasures()::contains).toList();
                yield again.isEmpty() ? Optional.empty() : Optional.of("already executed: measures " + again);
            }
            case EXECUTION_PARTIAL_LEAVES_SOME -> {
                Set<Integer> left = new TreeSet<>(f.acceptedMeasures());
                left.removeAll(f.executedMeasures());
                left.removeAll(d.executedMeasures());
                yield left.isEmpty() && !d.executedMeasures().isEmpty() ? Optional.of("no accepted measure would be left") : Optional.empty();
            }
            case CLOSE_UNEXECUTED_REASONS_GIVEN -> {
                Set<Integer> left = new TreeSet<>(f.acceptedMeasures());
                left.removeAll(f.executedMeasures());
                yield !left.isEmpty() && t.from() != CaseState.REFUSED && t.from() != CaseState.WITHDRAWN && t.reason().isEmpty()
                        ? Optional.of("measures not executed: " + left) : Optional.empty();
            }
            case EXTENSION_DEADLINE_KNOWN -> deadline(f, t).isPresent() ? Optional.empty() : Optional.of("no such deadline runs for the case");
            case EXTENSION_DEADLINE_OPEN -> deadline(f, t).filter(x -> !x.isOpen()).map(x -> "the deadline is " + x.status());
            case EXTENSION_ALLOWED -> deadline(f, t).filter(x -> x.deadline().spec().maxExtension().isEmpty()).map(x -> "the pack allows no extension");
            case EXTENSION_SAME_UNIT -> deadline(f, t).flatMap(x -> x.deadline().spec().maxExtension())
                    .filter(max -> max.unit() != d.extension().orElseThrow().by().unit()).map(max -> "not in the unit of the maximum");
            case EXTENSION_WITHIN_MAXIMUM -> deadline(f, t).flatMap(x -> x.deadline().spec().maxExtension()
                    .filter(max -> max.unit() == d.extension().orElseThrow().by().unit())
                    .filter(max -> x.extendedAmount(max.unit()) + d.extension().orElseThrow().by().amount() > max.amount()))
                    .map(max -> "beyond the maximum extension");
            case DECISION_SAME_REQUEST, ACCEPT_NO_OPEN_MANDATORY_QUESTION, ACCEPT_PARTIAL_CONSULTED, REFUSE_GROUNDS_FOUND, REFUSE_NO_FORBIDDEN_GROUND,
                    REFUSE_GROUNDS_COVER_EVERY_MEASURE, REFUSE_CONSULTED, POSTPONE_GROUND_FOUND, POSTPONE_CONSULTED ->
                    Optional.empty(); // DecisionFacts.GUARDS: re-run on the recorded facts by onRecordedFacts
        };
    }

    private static DecisionRef decision(Transition t) {
        return t.detail().decision().orElseThrow();
    }

    private static Optional<CaseDeadline> deadline(History.Facts f, Transition t) {
        return f.deadline(t.detail().extension().orElseThrow().ruleId());
    }

    /** Partial as the lifecycle decides it: measures named that are not every measure of the decision. */
    private static boolean partial(Transition t) {
        List<Integer> accepted = t.detail().acceptedMeasures();
        int n = decision(t).measureOutcomes().size();
        return !accepted.isEmpty() && !new TreeSet<>(accepted).equals(allMeasures(n));
    }

    private static Set<Integer> allMeasures(int n) {
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static Optional<String> acceptOutcomeAllows(Transition t) {
        DecisionRef d = decision(t);
        if (!partial(t)) {
            return GuardChecks.BARRING_OUTCOMES.contains(d.outcome()) ? Optional.of("outcome " + d.outcome()) : Optional.empty();
        }
        List<String> barred = new ArrayList<>();
        if (d.outcome() == Outcome.ENGINE_ERROR) {
            barred.add("outcome ENGINE_ERROR");
        }
        for (int m : t.detail().acceptedMeasures()) {
            if (m < d.measureOutcomes().size() && GuardChecks.BARRING_OUTCOMES.contains(d.measureOutcomes().get(m))) {
                barred.add("measure " + m + " " + d.measureOutcomes().get(m));
            }
        }
        return barred.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", barred));
    }
}
