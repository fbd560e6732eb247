package org.openmla.core.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.RunningDeadline;

/**
 * A request's case: an immutable snapshot of where it stands, made of its id, its state, its version and its
 * append-only history. Everything else — the deadlines, the measures accepted and executed, the consultations held,
 * the latest decision — is derived from the history.
 *
 * <p>A case starts as {@link #create(RequestId)} (state {@link CaseState#DRAFT}, version 0, no history) and changes
 * only through {@link RequestLifecycle#apply}, which returns a new snapshot with one more transition. Because the
 * history is the whole record, {@link #replay(RequestId, List)} rebuilds a snapshot equal to the live one: store the id
 * and the history, and replay them to read the case back. Replay checks that the history is well formed (versions
 * 1, 2, 3..., each transition leaving the state the one before entered, along a row of the {@link TransitionTable},
 * never earlier than the one before); it does not re-run the guards, which needed the live decisions and were met
 * when the transitions were made.
 *
 * <p>The canonical constructor checks the same, so no inconsistent snapshot can be built. Immutable and thread-safe;
 * the history is unmodifiable. {@link #toString()} shows the id, state and version only.
 *
 * @param caseId the id of the request the case is about; decisions applied to it must be on this request
 * @param state the current state
 * @param version the number of transitions made
 * @param history the transitions, oldest first
 */
public record RequestCase(RequestId caseId, CaseState state, long version, List<Transition> history) {

    /** @throws InvalidValueException if a field is null or the history is not well formed, or state and version do not match it */
    public RequestCase {
        Checks.required(caseId, "RequestCase.caseId");
        Checks.required(state, "RequestCase.state");
        history = Checks.list(history, "RequestCase.history");
        CaseState expected = CaseState.DRAFT;
        Instant previous = Instant.MIN;
        for (int i = 0; i < history.size(); i++) {
            Transition t = history.get(i);
            String field = "RequestCase.history[" + i + "]";
            if (t.version() != i + 1) {
                throw new InvalidValueException(field, "has version " + t.version() + " where " + (i + 1) + " was expected");
            }
            if (t.from() != expected) {
                throw new InvalidValueException(field, "leaves " + t.from() + " but the case was in " + expected);
            }
            if (t.at().isBefore(previous)) {
                throw new InvalidValueException(field, "is earlier than the transition before it");
            }
            expected = t.to();
            previous = t.at();
        }
        if (state != expected) {
            throw new InvalidValueException("RequestCase.state", "is " + state + " but the history ends in " + expected);
        }
        if (version != history.size()) {
            throw new InvalidValueException("RequestCase.version", "is " + version + " but the history has " + history.size() + " transitions");
        }
    }

    /** @return a new case in {@link CaseState#DRAFT}, version 0, without history */
    public static RequestCase create(RequestId caseId) {
        return new RequestCase(caseId, CaseState.DRAFT, 0, List.of());
    }

    /**
     * Rebuilds a case from its history.
     *
     * @param caseId the case id
     * @param history the transitions, oldest first
     * @return the snapshot the history leads to; equal to the live snapshot that produced the history
     * @throws InvalidValueException if the history is not well formed
     */
    public static RequestCase replay(RequestId caseId, List<Transition> history) {
        Checks.required(history, "history");
        CaseState state = history.isEmpty() ? CaseState.DRAFT : Checks.required(history.get(history.size() - 1), "history[]").to();
        return new RequestCase(caseId, state, history.size(), history);
    }

    /** @return a snapshot with the transition appended; the lifecycle's only way to change a case */
    RequestCase append(Transition transition) {
        List<Transition> longer = new ArrayList<>(history.size() + 1);
        longer.addAll(history);
        longer.add(transition);
        return new RequestCase(caseId, transition.to(), version + 1, longer);
    }

    /** @return the latest transition, if any */
    public Optional<Transition> last() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** @return the decision the latest decision-carrying transition rested on, if any */
    public Optional<DecisionRef> latestDecision() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).detail().decision().isPresent()) {
                return history.get(i).detail().decision();
            }
        }
        return Optional.empty();
    }

    /** @return whether receipt has been acknowledged */
    public boolean acknowledged() {
        return recorded(CommandType.ACKNOWLEDGE);
    }

    /** @return whether the history holds a transition made by this command */
    public boolean recorded(CommandType command) {
        return history.stream().anyMatch(t -> t.command() == command);
    }

    /** @return the measures the latest acceptance accepted, ascending; empty if the request was not accepted */
    public List<Integer> acceptedMeasures() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).command() == CommandType.ACCEPT) {
                return history.get(i).detail().acceptedMeasures();
            }
        }
        return List.of();
    }

    /** @return the measures recorded as executed, ascending */
    public List<Integer> executedMeasures() {
        TreeSet<Integer> out = new TreeSet<>();
        history.forEach(t -> out.addAll(t.detail().executedMeasures()));
        return List.copyOf(out);
    }

    /** @return the consultations recorded, oldest first */
    public List<ConsultationRecord> consultations() {
        return history.stream().flatMap(t -> t.detail().consultation().stream()).toList();
    }

    /** @return the instants at which the event happened, by the {@link TransitionTable standard table}'s mapping, oldest first */
    public List<Instant> occurrences(DeadlineEvent event) {
        Checks.required(event, "event");
        TransitionTable table = TransitionTable.standard();
        return history.stream().filter(t -> table.event(t.command()).equals(Optional.of(event))).map(Transition::at).toList();
    }

    /**
     * The deadlines running for the case: each deadline declared by a decision the case recorded (the first
     * declaration of a rule id counts), with its start, the event that met it, its lapse and its extensions. A
     * deadline starts at the first occurrence of its {@code runsFrom} event and is met by the first occurrence of its
     * {@code metBy} event after the start in the history; it lapses when the case is refused, withdrawn or closed before then.
     * The events are the commands mapped in {@link TransitionTable#event(CommandType)}.
     *
     * @return the deadlines, in the order they were declared
     */
    public List<CaseDeadline> deadlines() {
        Map<String, RunningDeadline> declared = new LinkedHashMap<>();
        for (Transition t : history) {
            t.detail().declaredDeadlines().forEach(d -> declared.putIfAbsent(d.ruleId(), d));
        }
        Optional<Instant> ended = history.stream().filter(t -> t.to().isEnded()).map(Transition::at).findFirst();
        List<CaseDeadline> out = new ArrayList<>(declared.size());
        for (RunningDeadline d : declared.values()) {
            int start = firstEvent(d.spec().runsFrom(), 0);
            int met = start < 0 ? -1 : firstEvent(d.spec().metBy(), start + 1);
            Optional<Instant> lapsed = met >= 0 ? Optional.empty() : ended;
            List<DeadlineExtension> extensions = history.stream().flatMap(t -> t.detail().extension().stream())
                    .filter(e -> e.ruleId().equals(d.ruleId())).toList();
            out.add(new CaseDeadline(d, instantAt(start), instantAt(met), lapsed, extensions));
        }
        return List.copyOf(out);
    }

    private int firstEvent(DeadlineEvent event, int fromIndex) {
        TransitionTable table = TransitionTable.standard();
        for (int i = fromIndex; i < history.size(); i++) {
            if (table.event(history.get(i).command()).equals(Optional.of(event))) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Instant> instantAt(int index) {
        return index < 0 ? Optional.empty() : Optional.of(history.get(index).at());
    }

    /** @return the deadline declared by the rule, if one runs for the case */
    public Optional<CaseDeadline> deadline(String ruleId) {
        return deadlines().stream().filter(d -> d.ruleId().equals(ruleId)).findFirst();
    }

    @Override
    public String toString() {
        return "RequestCase[" + caseId + ", " + state + ", version " + version + "]";
    }
}
