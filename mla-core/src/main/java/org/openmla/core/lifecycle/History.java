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
 * neither re-checks nor copies the entries before it (amortised constant time), and the deadlines, measures and
 * consultations are not rebuilt from the whole history at every step.
 *
 * <p>Snapshots share one buffer: a snapshot sees its first {@code size} entries only, and a slot is written once, by
 * the first snapshot that appends at its end (others copy). Entries are immutable, so sharing is safe across threads.
 */
final class History extends AbstractList<Transition> implements RandomAccess {

    static final History EMPTY = new History(new Buffer(0), 0, Facts.NONE);

    private static final class Buffer {
        final Transition[] items;
        int used;

        Buffer(int capacity) {
            items = new Transition[capacity];
        }
    }

    private final Buffer buffer;
    private final int size;
    private final Facts facts;

    private History(Buffer buffer, int size, Facts facts) {
        this.buffer = buffer;
        this.size = size;
        this.facts = facts;
    }

    /** @return what the case derives from these entries */
    Facts facts() {
        return facts;
    }

    @Override
    public Transition get(int index) {
        Objects.checkIndex(index, size);
        return buffer.items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** @return this history with the transition appended; the caller has checked it */
    History append(Transition t) {
        Facts next = facts.after(this, t);
        synchronized (buffer) {
            if (buffer.used == size && size < buffer.items.length) {
                buffer.items[size] = t;
                buffer.used++;
                return new History(buffer, size + 1, next);
            }
        }
        Buffer copy = new Buffer(Math.max(8, size * 2));
        System.arraycopy(buffer.items, 0, copy.items, 0, size);
        copy.items[size] = t;
        copy.used = size + 1;
        return new History(copy, size + 1, next);
    }

    /**
     * What a case derives from its history, as it stands after the last entry. Immutable; each {@link #after} copies
     * only the part the new entry changes.
     */
    record Facts(
            long recordedCommands,
            Optional<Instant> lastAt,
            Optional<Instant> endedAt,
            Optional<DecisionRef> latestDecision,
            Set<String> decisionIds,
            List<Integer> acceptedMeasures,
            List<Integer> executedMeasures,
            List<ConsultationRecord> consultations,
            List<CaseDeadline> deadlines) {

        static final Facts NONE = new Facts(0, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), List.of(), List.of(), List.of(), List.of());

        boolean recorded(CommandType command) {
            return (recordedCommands & (1L << command.ordinal())) != 0;
        }

        Optional<CaseDeadline> deadline(String ruleId) {
            for (CaseDeadline d : deadlines) {
                if (d.ruleId().equals(ruleId)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        /** @return the facts after {@code t}, appended to {@code before} */
        Facts after(List<Transition> before, Transition t) {
            TransitionDetail d = t.detail();
            Optional<Instant> ended = endedAt.isEmpty() && t.to().isEnded() ? Optional.of(t.at()) : endedAt;
            Optional<DecisionRef> latest = d.decision().isPresent() ? d.decision() : latestDecision;
            Set<String> ids = decisionIds;
            if (d.decision().isPresent() && !ids.contains(d.decision().get().decisionId())) {
                Set<String> more = new HashSet<>(ids);
                more.add(d.decision().get().decisionId());
                ids = Set.copyOf(more);
            }
            List<Integer> accepted = t.command() == CommandType.ACCEPT ? d.acceptedMeasures() : acceptedMeasures;
            List<Integer> executed = executedMeasures;
            if (!d.executedMeasures().isEmpty()) {
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
            return new Facts(recordedCommands | (1L << t.command().ordinal()), Optional.of(t.at()), ended, latest, ids, accepted, executed, held,
                    deadlinesAfter(before, t, ended));
        }

        /** The deadlines after {@code t}: those running updated by its event, extension and end, then those it declared. */
        private List<CaseDeadline> deadlinesAfter(List<Transition> before, Transition t, Optional<Instant> ended) {
            Optional<DeadlineEvent> event = TransitionTable.standard().event(t.command());
            boolean changes = event.isPresent() || t.detail().extension().isPresent() || !ended.equals(endedAt)
                    || !t.detail().declaredDeadlines().isEmpty();
            if (!changes) {
                return deadlines;
            }
            List<CaseDeadline> out = new ArrayList<>(deadlines.size() + t.detail().declaredDeadlines().size());
            for (int i = 0, n = deadlines.size(); i < n; i++) {
                CaseDeadline d = deadlines.get(i);
                Optional<Instant> start = d.startedAt();
                Optional<Instant> met = d.metAt();
                if (event.isPresent()) {
                    if (start.isEmpty() && event.get() == d.deadline().spec().runsFrom()) {
                        start = Optional.of(t.at());
                    } else if (start.isPresent() && met.isEmpty() && event.get() == d.deadline().spec().metBy()) {
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
