package org.openmla.core.lifecycle;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.decision.RunningDeadline;

/**
 * A case's history as the lifecycle keeps it: an unmodifiable list that was checked entry by entry when it was built,
 * with what the case derives from it ({@link Facts}) kept up to date at each entry, so that appending a transition
 * neither re-checks nor copies the entries before it (constant time), and the deadlines, measures and consultations
 * are not rebuilt from the whole history at every step.
 *
 * <p>A history is its last entry and the history before it, which it shares with every snapshot made from that one
 * (nothing is copied, whichever snapshot is appended to); the list view is made the first time an entry other than the
 * last is asked for. Entries are immutable, so sharing is safe across threads. What most steps change — the commands
 * recorded and the time of the last entry — is kept in the history itself (the time is the last entry's); the rest
 * ({@link Facts}) is shared between snapshots until an entry changes it.
 */
final class History extends AbstractList<Transition> implements RandomAccess {

    static final History EMPTY = new History(null, null, 0, Facts.NONE);

    static {
        if (CommandType.values().length > Integer.SIZE) { // the commands recorded are bits of an int
            throw new ExceptionInInitializerError("more command types than bits in recordedCommands");
        }
    }

    /** The history without the last entry; null for the empty history. */
    private final History previous;
    /** The last entry; null for the empty history. */
    private final Transition last;
    /** One bit per command type, by ordinal: set if an entry was made by that command. (The size is the last entry's version.) */
    private final int recordedCommands;
    private final Facts facts;
    /** The entries in order, made the first time an entry other than the last is asked for. */
    private volatile Transition[] entries;

    private History(History previous, Transition last, int recordedCommands, Facts facts) {
        this.previous = previous;
        this.last = last;
        this.recordedCommands = recordedCommands;
        this.facts = facts;
    }

    /** @return what the case derives from these entries beyond the commands recorded and the last entry's time */
    Facts facts() {
        return facts;
    }

    /** @return whether an entry was made by this command */
    boolean recorded(CommandType command) {
        return (recordedCommands & (1 << command.ordinal())) != 0;
    }

    /** @return the last entry, or null if there is none */
    Transition lastOrNull() {
        return last;
    }

    @Override
    public Transition get(int index) {
        int size = size();
        Objects.checkIndex(index, size);
        return index == size - 1 ? last : entries()[index];
    }

    @Override
    public int size() {
        return last == null ? 0 : (int) last.version(); // entries are checked to be versions 1, 2, 3...
    }

    /** The list view: walked back from the last entry once, down to the first snapshot that has made its own. */
    private Transition[] entries() {
        Transition[] e = entries;
        if (e == null) {
            int size = size();
            e = new Transition[size];
            History h = this;
            for (int i = size - 1; i >= 0; i--) {
                Transition[] known = h.entries;
                if (known != null) {
                    System.arraycopy(known, 0, e, 0, i + 1);
                    break;
                }
                e[i] = h.last;
                h = h.previous;
            }
            entries = e;
        }
        return e;
    }

    /**
     * Appends in constant time: the new history points to this one, which is neither copied nor changed, so any
     * number of snapshots can share it.
     *
     * @return this history with the transition appended; the caller has checked it
     */
    History append(Transition t) {
        return new History(this, t, recordedCommands | (1 << t.command().ordinal()), facts.after(this, t));
    }

    /**
     * What a case derives from its history beyond the commands recorded and the last entry's time, as it stands after
     * the last entry. Immutable; {@link #after} returns the same instance when the new entry changes none of it, and
     * otherwise copies only the part it changes.
     */
    record Facts(
            Optional<Instant> endedAt,
            Optional<DecisionRef> latestDecision,
            Set<String> decisionIds,
            List<Integer> acceptedMeasures,
            List<Integer> executedMeasures,
            List<ConsultationRecord> consultations,
            List<CaseDeadline> deadlines) {

        static final Facts NONE = new Facts(Optional.empty(), Optional.empty(), Set.of(), List.of(), List.of(), List.of(), List.of());

        Optional<CaseDeadline> deadline(String ruleId) {
            for (int i = 0, n = deadlines.size(); i < n; i++) {
                CaseDeadline d = deadlines.get(i);
                if (d.ruleId().equals(ruleId)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        /** @return the facts after {@code t}, appended to {@code before}: this very instance if {@code t} changes none of them */
        Facts after(List<Transition> before, Transition t) {
            if (t.detail() == TransitionDetail.NONE && deadlines.isEmpty() && (endedAt.isPresent() || !t.to().isEnded())) {
                return this; // the usual step: it records nothing, no deadline runs and the case does not end (kept small to be inlined)
            }
            return changedBy(before, t);
        }

        private Facts changedBy(List<Transition> before, Transition t) {
            TransitionDetail d = t.detail();
            boolean ends = endedAt.isEmpty() && t.to().isEnded();
            boolean deadlinesChange = !d.declaredDeadlines().isEmpty() || (!deadlines.isEmpty()
                    && (ends || d.extension().isPresent() || TransitionTable.standard().eventOf(t.command()) != null));
            if (!ends && !deadlinesChange && d.decision().isEmpty() && t.command() != CommandType.ACCEPT && d.executedMeasures().isEmpty()
                    && d.consultation().isEmpty()) {
                return this;
            }
            Optional<Instant> ended = ends ? Optional.of(t.at()) : endedAt;
            Optional<DecisionRef> latest = d.decision().isPresent() ? d.decision() : latestDecision;
            Set<String> ids = decisionIds;
            if (d.decision().isPresent() && !ids.contains(d.decision().get().decisionId())) {
                if (ids.isEmpty()) {
                    ids = Set.of(d.decision().get().decisionId());
                } else {
                    Set<String> more = new HashSet<>(ids);
                    more.add(d.decision().get().decisionId());
                    ids = Set.copyOf(more);
                }
            }
            List<Integer> accepted = t.command() == CommandType.ACCEPT ? d.acceptedMeasures() : acceptedMeasures;
            List<Integer> executed = executedMeasures;
            if (!d.executedMeasures().isEmpty() && executedMeasures.isEmpty()) {
                executed = d.executedMeasures(); // recorded ascending and distinct (checked for a history read back)
            } else if (!d.executedMeasures().isEmpty()) {
                TreeSet<Integer> all = new TreeSet<>(executedMeasures);
                all.addAll(d.executedMeasures());
                executed = List.copyOf(all);
            }
            List<ConsultationRecord> held = consultations;
            if (d.consultation().isPresent()) {
                List<ConsultationRecord> more = new ArrayList<>(consultations);
                more.add(d.consultation().get());
                held = List.copyOf(more);
            }
            return new Facts(ended, latest, ids, accepted, executed, held, deadlinesChange ? deadlinesAfter(before, t, ended) : deadlines);
        }

        /** The deadlines after {@code t}: those running updated by its event, extension and end, then those it declared. */
        private List<CaseDeadline> deadlinesAfter(List<Transition> before, Transition t, Optional<Instant> ended) {
            DeadlineEvent event = TransitionTable.standard().eventOf(t.command());
            List<CaseDeadline> out = new ArrayList<>(deadlines.size() + t.detail().declaredDeadlines().size());
            for (int i = 0, n = deadlines.size(); i < n; i++) {
                CaseDeadline d = deadlines.get(i);
                Optional<Instant> start = d.startedAt();
                Optional<Instant> met = d.metAt();
                if (event != null) {
                    if (start.isEmpty() && event == d.deadline().spec().runsFrom()) {
                        start = Optional.of(t.at());
                    } else if (start.isPresent() && met.isEmpty() && event == d.deadline().spec().metBy()) {
                        met = Optional.of(t.at());
                    }
                }
                List<DeadlineExtension> extensions = d.extensions();
                if (t.detail().extension().filter(e -> e.ruleId().equals(d.ruleId())).isPresent()) {
                    List<DeadlineExtension> more = new ArrayList<>(extensions);
                    more.add(t.detail().extension().get());
                    extensions = more;
                }
                out.add(new CaseDeadline(d.deadline(), start, met, met.isPresent() ? Optional.empty() : ended, extensions));
            }
            for (RunningDeadline declared : t.detail().declaredDeadlines()) {
                if (out.stream().noneMatch(d -> d.ruleId().equals(declared.ruleId()))) {
                    out.add(declaredAt(before, t, declared, ended));
                }
            }
            return List.copyOf(out);
        }

        /** A deadline declared by {@code t}: its start and end looked up in the entries before and {@code t} itself. */
        private static CaseDeadline declaredAt(List<Transition> before, Transition t, RunningDeadline d, Optional<Instant> ended) {
            TransitionTable table = TransitionTable.standard();
            Optional<Instant> start = Optional.empty();
            Optional<Instant> met = Optional.empty();
            List<DeadlineExtension> extensions = new ArrayList<>();
            int n = before.size();
            for (int i = 0; i <= n; i++) {
                Transition x = i < n ? before.get(i) : t;
                Optional<DeadlineEvent> event = table.event(x.command());
                if (event.isPresent()) {
                    if (start.isEmpty() && event.get() == d.spec().runsFrom()) {
                        start = Optional.of(x.at());
                    } else if (start.isPresent() && met.isEmpty() && event.get() == d.spec().metBy()) {
                        met = Optional.of(x.at());
                    }
                }
                x.detail().extension().filter(e -> e.ruleId().equals(d.ruleId())).ifPresent(extensions::add);
            }
            return new CaseDeadline(d, start, met, met.isPresent() ? Optional.empty() : ended, extensions);
        }
    }
}
