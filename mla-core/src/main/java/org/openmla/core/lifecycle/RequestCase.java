package org.openmla.core.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.DeadlineEvent;

/**
 * A request's case: an immutable snapshot of where it stands, made of its id, its state, its version and its
 * append-only history. Everything else — the deadlines, the measures accepted and executed, the consultations held,
 * the latest decision — is derived from the history.
 *
 * <p>A case starts as {@link #create(RequestId)} (state {@link CaseState#DRAFT}, version 0, no history) and changes
 * only through {@link RequestLifecycle#apply}, which returns a new snapshot with one more transition. Because the
 * history is the whole record, {@link #replay(RequestId, List)} rebuilds a snapshot equal to the live one: store the id
 * and the history, and replay them to read the case back. Replay checks that the history is one the lifecycle could
 * have written: versions 1, 2, 3..., each transition leaving the state the one before entered, along a row of the
 * {@link TransitionTable}, never earlier than the one before, meeting every guard of its command as far as the history
 * records what the guard looked at (an acceptance on a decision whose outcome bars it, a refusal on an ENGINE_ERROR
 * decision, a second acknowledgement, a measure executed that was not accepted, a refusal on a ground the decision did
 * not find or without the consultation it requires are rejected), and recording what the lifecycle records. The guards
 * that read the decision beyond its outcomes are re-run on the {@link DecisionFacts} each reference records; a
 * reference without them (from a case document older than format version 3) is not checked against those guards
 * ({@link DecisionFacts#GUARDS}).
 *
 * <p>The canonical constructor checks the same, once, so no inconsistent snapshot can be built; a snapshot the
 * lifecycle makes by appending one transition is not re-checked, and what the case derives from its history is kept up to
 * date entry by entry rather than rebuilt. Immutable and thread-safe;
 * the history is unmodifiable. {@link #toString()} shows the id, state and version only.
 *
 * @param caseId the id of the request the case is about; decisions applied to it must be on this request
 * @param state the current state
 * @param version the number of transitions made
 * @param history the transitions, oldest first
 */
public record RequestCase(RequestId caseId, CaseState state, long version, List<Transition> history) {

    /**
     * @throws InvalidValueException if a field is null, the history is not one the lifecycle could have written (see
     *     {@link #replay(RequestId, List)}), or state and version do not match it
     */
    public RequestCase {
        Checks.required(caseId, "RequestCase.caseId");
        Checks.required(state, "RequestCase.state");
        Checks.required(history, "RequestCase.history");
        if (!(history instanceof History)) {
            history = verified(caseId, history);
        }
        Transition last = ((History) history).lastOrNull();
        CaseState expected = last == null ? CaseState.DRAFT : last.to();
        if (state != expected) {
            throw new InvalidValueException("RequestCase.state", "is " + state + " but the history ends in " + expected);
        }
        if (version != history.size()) {
            throw new InvalidValueException("RequestCase.version", "is " + version + " but the history has " + history.size() + " transitions");
        }
    }

    /** Checks every entry against the case its predecessors built, once; the lifecycle's own appends are not re-checked. */
    private static History verified(RequestId caseId, List<Transition> entries) {
        History built = History.EMPTY;
        for (int i = 0; i < entries.size(); i++) {
            Transition t = entries.get(i);
            if (t == null) { // the field named only when it is wrong: no string per entry
                throw new InvalidValueException("RequestCase.history[" + i + "]", "is required");
            }
            HistoryCheck.check(caseId, built, t, i);
            built = built.append(t);
        }
        return built;
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
        Objects.requireNonNull(history, "history");
        CaseState state = history.isEmpty() ? CaseState.DRAFT : Checks.required(history.get(history.size() - 1), "history[]").to();
        return new RequestCase(caseId, state, history.size(), history);
    }

    /** @return a snapshot with the transition appended; the lifecycle's only way to change a case */
    RequestCase append(Transition transition) {
        return new RequestCase(caseId, transition.to(), version + 1, ((History) history).append(transition));
    }

    private History.Facts facts() {
        return ((History) history).facts();
    }

    /** @return whether a transition of the history recorded the decision */
    boolean recordedDecision(String decisionId) {
        return facts().decisionIds().contains(decisionId);
    }

    /** @return the latest transition, or null if there is none (no Optional per step) */
    Transition lastOrNull() {
        return ((History) history).lastOrNull();
    }

    /** @return the latest transition, if any */
    public Optional<Transition> last() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** @return the decision the latest decision-carrying transition rested on, if any */
    public Optional<DecisionRef> latestDecision() {
        return facts().latestDecision();
    }

    /** @return whether receipt has been acknowledged */
    public boolean acknowledged() {
        return recorded(CommandType.ACKNOWLEDGE);
    }

    /** @return whether the history holds a transition made by this command */
    public boolean recorded(CommandType command) {
        return ((History) history).recorded(Objects.requireNonNull(command, "command"));
    }

    /** @return the measures the latest acceptance accepted, ascending; empty if the request was not accepted */
    public List<Integer> acceptedMeasures() {
        return facts().acceptedMeasures();
    }

    /** @return the measures recorded as executed, ascending */
    public List<Integer> executedMeasures() {
        return facts().executedMeasures();
    }

    /** @return the consultations recorded, oldest first */
    public List<ConsultationRecord> consultations() {
        return facts().consultations();
    }

    /** @return the instants at which the event happened, by the {@link TransitionTable standard table}'s mapping, oldest first */
    public List<Instant> occurrences(DeadlineEvent event) {
        Objects.requireNonNull(event, "event");
        TransitionTable table = TransitionTable.standard();
        return history.stream().filter(t -> table.eventOf(t.command()) == event).map(Transition::at).toList();
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
        return facts().deadlines();
    }

    /** @return the deadline declared by the rule, if one runs for the case */
    public Optional<CaseDeadline> deadline(String ruleId) {
        return facts().deadline(Objects.requireNonNull(ruleId, "ruleId"));
    }

    @Override
    public String toString() {
        return "RequestCase[" + caseId + ", " + state + ", version " + version + "]";
    }
}
