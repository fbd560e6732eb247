package org.openmla.core.lifecycle;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
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
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.RunningDeadline;

/**
 * A case's history as the lifecycle keeps it: an unmodifiable list that was checked entry by entry when it was built,
 * with what the case derives from it ({@link Facts}) kept up to date at each entry, so that appending a transition
 * neither re-checks nor copies the entries before it (amortised constant time), and the deadlines, measures and
 * consultations are not rebuilt from the whole history at every step.
 *
 * <p>Snapshots share one buffer: a snapshot sees its first {@code size} entries only, and a slot is written once, by
 * the first snapshot that claims it (a compare-and-set; others copy). Entries are immutable, so sharing is safe across
 * threads. What most steps change — the commands recorded and the time of the last entry — is kept in the history
 * itself (the time is the last entry's); the rest ({@link Facts}) is shared between snapshots until an entry changes it.
 */
final class History extends AbstractList<Transition> implements RandomAccess {

    static final History EMPTY = new History(new Buffer(0), 0, 0L, Facts.NONE);

    private static final class Buffer {
        private static final VarHandle USED;

        static {
            try {
                USED = MethodHandles.lookup().findVarHandle(Buffer.class, "used", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final Transition[] items;
        @SuppressWarnings("unused") // through USED
        private volatile int used;

        Buffer(int capacity) {
            items = new Transition[capacity];
        }

        Buffer(Transition[] items, int used) {
            this.items = items;
            this.used = used;
        }

        /** @return whether the caller now owns slot {@code size}, the first free one */
        boolean claim(int size) {
            return size < items.length && USED.compareAndSet(this, size, size + 1);
        }
    }

    private final Buffer buffer;
    private final int size;
    private final long recordedCommands;
    private final Facts facts;

    private History(Buffer buffer, int size, long recordedCommands, Facts facts) {
        this.buffer = buffer;
        this.size = size;
        this.recordedCommands = recordedCommands;
        this.facts = facts;
    }

    /** @return what the case derives from these entries beyond the commands recorded and the last entry's time */
    Facts facts() {
        return facts;
    }

    /** @return whether an entry was made by this command */
    boolean recorded(CommandType command) {
        return (recordedCommands & (1L << command.ordinal())) != 0;
    }

    /** @return the last entry, or null if there is none */
    Transition lastOrNull() {
        return size == 0 ? null : buffer.items[size - 1];
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
        return append(t, null);
    }

    /**
     * @param source the decision the lifecycle made the transition's reference from, or null if it is not known (a
     *     history read back)
     * @return this history with the transition appended; the caller has checked it
     */
    History append(Transition t, Decision source) {
        Facts next = facts.after(this, t, source);
        long recorded = recordedCommands | (1L << t.command().ordinal());
        if (buffer.claim(size)) {
            buffer.items[size] = t; // published with the new snapshot's final fields
            return new History(buffer, size + 1, recorded, next);
        }
        Transition[] copy = new Transition[Math.max(16, size * 2)]; // most cases take one buffer
        System.arraycopy(buffer.items, 0, copy, 0, size);
        copy[size] = t;
        return new History(new Buffer(copy, size + 1), size + 1, recorded, next);
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
            List<CaseDeadline> deadlines,
            WeakReference<Decision> latestSource) {

        /** No decision known: the latest reference was read back, or there is none. */
        private static final WeakReference<Decision> NO_SOURCE = new WeakReference<>(null);

        static final Facts NONE = new Facts(Optional.empty(), Optional.empty(), Set.of(), List.of(), List.of(), List.of(), List.of(), NO_SOURCE);

        /**
         * @return whether the latest reference was made, in this case, from this very decision instance (held weakly:
         *     a case does not keep the engine's decision alive)
         */
        boolean latestMadeFrom(Decision decision) {
            return latestSource.get() == decision;
        }

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
        Facts after(List<Transition> before, Transition t, Decision source) {
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
            WeakReference<Decision> from = latestSource;
            boolean reused = latest.isPresent() && latestDecision.isPresent() && latest.get() == latestDecision.get();
            if (d.decision().isPresent() && !(reused && source != null && latestMadeFrom(source))) {
                from = source == null ? NO_SOURCE : new WeakReference<>(source);
            }
            return new Facts(ended, latest, ids, accepted, executed, held, deadlinesChange ? deadlinesAfter(before, t, ended) : deadlines, from);
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
