package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.MeasureType;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.RuleKind;
import org.openmla.core.decision.Verdict;

/**
 * A history the lifecycle wrote, changed in one way (an entry dropped, two swapped, one duplicated, a field edited, a
 * decision's outcome changed, a fact the guards read from the decision changed; versions renumbered so that the change
 * is not caught by numbering alone), is read back if and only if the lifecycle itself would write it.
 *
 * <p>The oracle is the lifecycle: it re-applies each entry as a command, with the entry's clock, on a decision built
 * here from the entry's reference and the {@link DecisionFacts} it records (the request it is on, the findings, open
 * questions and duties to consult the guards read, with made-up citations and statements, which no guard reads):
 * "would write" means "would write for a decision with these references and facts". A reference without facts (older
 * case documents) gets the most permissive decision instead (the grounds cited found, a postponement ground found, no
 * open question, no duty to consult).
 */
class ForgedHistoryProperties {

    enum Mutation { DROP, SWAP, DUPLICATE, EDIT, OUTCOME, FACT }

    @Provide
    Arbitrary<Tuple.Tuple3<List<ReplayProperties.Step>, Mutation, List<Integer>>> forgeries() {
        return new ReplayProperties().steps().flatMap(steps -> Arbitraries.of(Mutation.class).flatMap(m ->
                Arbitraries.integers().between(0, 10_000).list().ofSize(4).map(r -> Tuple.of(steps, m, r))));
    }

    @Property(tries = 1000)
    void a_changed_history_reads_back_only_if_the_lifecycle_would_write_it(
            @ForAll("forgeries") Tuple.Tuple3<List<ReplayProperties.Step>, Mutation, List<Integer>> forgery) {
        List<Transition> history = walk(forgery.get1());
        if (history.isEmpty()) {
            return;
        }
        assertThat(readsBack(history)).as("the lifecycle's own history").isTrue();
        assertThat(wouldWrite(history)).as("the oracle accepts the lifecycle's own history").isTrue();

        Optional<List<Transition>> mutated = mutate(history, forgery.get2(), forgery.get3());
        if (mutated.isEmpty()) {
            Statistics.label("mutation").collect("not constructible");
            return;
        }
        boolean reads = readsBack(mutated.get());
        boolean writable = wouldWrite(mutated.get());
        Statistics.label("mutation").collect(forgery.get2() + (writable ? " (still writable)" : " (forged)"));
        assertThat(reads).as("read back %s, lifecycle would write it: %s", forgery.get2(), writable).isEqualTo(writable);
    }

    static List<Transition> walk(List<ReplayProperties.Step> steps) {
        RequestCase c = RequestCase.create(CASE_ID);
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        for (ReplayProperties.Step s : steps) {
            now = now.plus(Duration.ofMinutes(s.minutesLater()));
            TransitionResult r = ReplayProperties.LIFECYCLE.apply(c, ReplayProperties.command(c, s), Clock.fixed(now, ZoneOffset.UTC));
            c = r.requestCase();
        }
        return c.history();
    }

    static boolean readsBack(List<Transition> history) {
        try {
            RequestCase.replay(CASE_ID, history);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    static Optional<List<Transition>> mutate(List<Transition> h, Mutation m, List<Integer> r) {
        List<Transition> out = new ArrayList<>(h);
        int i = r.get(0) % h.size();
        int j = r.get(1) % h.size();
        try {
            switch (m) {
                case DROP -> out.remove(i);
                case SWAP -> {
                    if (i == j) {
                        return Optional.empty();
                    }
                    out.set(i, h.get(j));
                    out.set(j, h.get(i));
                }
                case DUPLICATE -> out.add(i, h.get(i));
                case EDIT -> out.set(i, edit(h.get(i), r.get(2), r.get(3)));
                case OUTCOME -> {
                    List<Integer> decided = IntStream.range(0, h.size()).filter(k -> h.get(k).detail().decision().isPresent()).boxed().toList();
                    if (decided.isEmpty()) {
                        return Optional.empty();
                    }
                    int k = decided.get(r.get(0) % decided.size());
                    out.set(k, withDecision(h.get(k), otherOutcome(h.get(k).detail().decision().get(), r.get(2), r.get(3))));
                }
                case FACT -> {
                    List<Integer> decided = IntStream.range(0, h.size()).filter(k -> h.get(k).detail().decision().isPresent()).boxed().toList();
                    if (decided.isEmpty()) {
                        return Optional.empty();
                    }
                    int k = decided.get(r.get(0) % decided.size());
                    DecisionRef d = h.get(k).detail().decision().get();
                    out.set(k, withDecision(h.get(k), new DecisionRef(d.decisionId(), d.inputDigest(), d.outcome(), d.partial(), d.measureOutcomes(),
                            d.lawDate(), d.packs(), Optional.of(otherFact(d.facts().orElseThrow(), d.measureOutcomes().size(), r.get(2), r.get(3))))));
                }
            }
            if (out.equals(h)) {
                return Optional.empty();
            }
            return Optional.of(IntStream.range(0, out.size()).mapToObj(k -> renumbered(out.get(k), k + 1)).toList());
        } catch (InvalidValueException e) {
            return Optional.empty(); // the model cannot even hold it, so no reader can return it
        }
    }

    static Transition renumbered(Transition t, long version) {
        return new Transition(version, t.at(), t.actor(), t.from(), t.to(), t.command(), t.reason(), t.detail());
    }

    static Transition withDecision(Transition t, DecisionRef d) {
        TransitionDetail x = t.detail();
        return new Transition(t.version(), t.at(), t.actor(), t.from(), t.to(), t.command(), t.reason(), new TransitionDetail(Optional.of(d),
                x.acceptedMeasures(), x.executedMeasures(), x.groundIds(), x.consultation(), x.declaredDeadlines(), x.extension()));
    }

    static DecisionRef otherOutcome(DecisionRef d, int a, int b) {
        Outcome[] all = Outcome.values();
        if (a % 2 == 0 || d.measureOutcomes().isEmpty()) {
            return new DecisionRef(d.decisionId(), d.inputDigest(), all[b % all.length], d.partial(), d.measureOutcomes(), d.lawDate(), d.packs(), d.facts());
        }
        List<Outcome> measures = new ArrayList<>(d.measureOutcomes());
        measures.set(a % measures.size(), all[b % all.length]);
        return new DecisionRef(d.decisionId(), d.inputDigest(), d.outcome(), d.partial(), measures, d.lawDate(), d.packs(), d.facts());
    }

    /** The facts with one changed: the request, a finding dropped, added or given another verdict, a question or a duty added or dropped. */
    static DecisionFacts otherFact(DecisionFacts f, int measures, int what, int value) {
        List<DecisionFacts.RecordedFinding> findings = new ArrayList<>(f.findings());
        List<DecisionFacts.RecordedQuestion> questions = new ArrayList<>(f.openQuestions());
        List<String> duties = new ArrayList<>(f.consultationDuties());
        Optional<Integer> measure = measures == 0 || value % 2 == 0 ? Optional.empty() : Optional.of(value / 2 % measures);
        org.openmla.core.model.RequestId request = f.requestId();
        switch (what % 8) {
            case 0 -> request = org.openmla.core.model.RequestId.of("LC-2026-999");
            case 1 -> {
                if (!findings.isEmpty()) {
                    findings.remove(value % findings.size());
                }
            }
            case 2 -> {
                if (!findings.isEmpty()) {
                    int i = value % findings.size();
                    DecisionFacts.RecordedFinding x = findings.get(i);
                    Verdict[] all = Verdict.values();
                    findings.set(i, new DecisionFacts.RecordedFinding(x.ruleId(), x.kind(), x.ground(), x.measureIndex(), all[(x.verdict().ordinal() + 1
                            + value / 7 % (all.length - 1)) % all.length], x.exceptedBy(), x.exceptionTo()));
                }
            }
            case 3 -> {
                RuleKind[] kinds = {RuleKind.MANDATORY_REFUSAL, RuleKind.DISCRETIONARY_REFUSAL, RuleKind.NOT_A_GROUND, RuleKind.POSTPONEMENT,
                        RuleKind.PRECONDITION};
                RuleKind kind = kinds[value % kinds.length];
                String ground = ReplayProperties.GROUNDS.get(value / 5 % ReplayProperties.GROUNDS.size());
                findings.add(new DecisionFacts.RecordedFinding("lcx.forged", kind, Optional.of(ground), measure,
                        Verdict.values()[value / 3 % Verdict.values().length], Optional.empty(), Optional.empty()));
            }
            case 4 -> questions.add(new DecisionFacts.RecordedQuestion("FORGED_QUESTION", measure,
                    findings.isEmpty() || value % 3 == 0 ? List.of("lcx.unknown-rule") : List.of(findings.get(value % findings.size()).ruleId())));
            case 5 -> {
                if (!questions.isEmpty()) {
                    questions.remove(value % questions.size());
                }
            }
            case 6 -> duties.add(value % 2 == 0 ? "lcx.forged-duty" : "lcx.10");
            default -> {
                if (!duties.isEmpty()) {
                    duties.remove(value % duties.size());
                }
            }
        }
        return new DecisionFacts(request, findings, questions, duties);
    }

    static Transition edit(Transition t, int field, int value) {
        TransitionDetail x = t.detail();
        return switch (field % 6) {
            case 0 -> new Transition(t.version(), t.at().minus(Duration.ofDays(1 + value % 30)), t.actor(), t.from(), t.to(), t.command(), t.reason(), x);
            case 1 -> new Transition(t.version(), t.at(), t.actor(), t.from(), t.to(), t.command(),
                    t.reason().isPresent() ? Optional.empty() : Optional.of("Reasons."), x);
            case 2 -> new Transition(t.version(), t.at(), t.actor(), t.from(), t.to(), t.command(), t.reason(), new TransitionDetail(x.decision(),
                    edited(x.acceptedMeasures(), value), x.executedMeasures(), x.groundIds(), x.consultation(), x.declaredDeadlines(), x.extension()));
            case 3 -> new Transition(t.version(), t.at(), t.actor(), t.from(), t.to(), t.command(), t.reason(), new TransitionDetail(x.decision(),
                    x.acceptedMeasures(), edited(x.executedMeasures(), value), x.groundIds(), x.consultation(), x.declaredDeadlines(), x.extension()));
            case 4 -> new Transition(t.version(), t.at(), t.actor(), t.from(), t.to(), t.command(), t.reason(), new TransitionDetail(x.decision(),
                    x.acceptedMeasures(), x.executedMeasures(), x.groundIds(), x.consultation(),
                    x.declaredDeadlines().isEmpty() ? List.of() : x.declaredDeadlines().subList(1, x.declaredDeadlines().size()), x.extension()));
            default -> {
                // another command with the same row shape: a self-loop for a self-loop, from the same state
                List<TransitionRule> rows = TransitionTable.standard().rules().stream()
                        .filter(r -> r.from() == t.from() && r.command() != t.command() && r.command().carriesDecision() == t.command().carriesDecision())
                        .toList();
                if (rows.isEmpty()) {
                    throw new InvalidValueException("test", "no other command");
                }
                TransitionRule row = rows.get(value % rows.size());
                yield new Transition(t.version(), t.at(), t.actor(), row.from(), row.to(), row.command(), t.reason(), x);
            }
        };
    }

    /** The list with one measure index dropped, added or changed. */
    static List<Integer> edited(List<Integer> measures, int value) {
        List<Integer> out = new ArrayList<>(measures);
        switch (value % 3) {
            case 0 -> {
                if (!out.isEmpty()) {
                    out.remove(value / 3 % out.size());
                }
            }
            case 1 -> out.add(value / 3 % 5);
            default -> {
                if (!out.isEmpty()) {
                    out.set(value / 3 % out.size(), value / 7 % 5);
                }
            }
        }
        return out;
    }

    // ---- the oracle: the lifecycle itself ----

    static boolean wouldWrite(List<Transition> history) {
        RequestCase c = RequestCase.create(CASE_ID);
        for (Transition e : history) {
            Command command;
            try {
                command = commandFor(e, c.version());
            } catch (InvalidValueException malformed) {
                return false;
            }
            TransitionResult r = RequestLifecycle.standard().apply(c, command, Clock.fixed(e.at(), ZoneOffset.UTC));
            if (!(r instanceof TransitionResult.Applied a) || !a.transition().equals(e)) {
                return false;
            }
            c = a.requestCase();
        }
        return true;
    }

    static Command commandFor(Transition e, long version) {
        TransitionDetail x = e.detail();
        Optional<Decision> decision = x.decision().map(ref -> decisionFor(ref, e));
        List<Integer> measures = switch (e.command()) {
            case ACCEPT -> x.acceptedMeasures().equals(IntStream.range(0, x.decision().orElseThrow().measureOutcomes().size()).boxed().toList())
                    ? List.of() : x.acceptedMeasures();
            case EXECUTE_PARTIALLY -> x.executedMeasures();
            default -> List.of();
        };
        return new Command(e.command(), e.actor(), version, e.reason(), decision, measures, x.groundIds(), x.consultation(), x.extension());
    }

    /**
     * A decision with this reference and these facts; without facts, the most permissive decision with this
     * reference: what a history cannot record is taken to have allowed the step.
     */
    static Decision decisionFor(DecisionRef ref, Transition e) {
        if (ref.facts().isPresent()) {
            return withFacts(ref, ref.facts().get(), e);
        }
        List<MeasureResult> measures = new ArrayList<>();
        for (int i = 0; i < ref.measureOutcomes().size(); i++) {
            measures.add(new MeasureResult(i, MeasureType.TAKING_EVIDENCE, ref.measureOutcomes().get(i), List.of()));
        }
        List<Finding> findings = new ArrayList<>();
        for (String ground : e.detail().groundIds()) {
            findings.add(finding(ground, RuleKind.DISCRETIONARY_REFUSAL));
        }
        findings.add(finding("lcx.postponement", RuleKind.POSTPONEMENT));
        return new Decision(ref.decisionId(), ref.inputDigest(), CASE_ID, ref.lawDate(), ref.packs(), ref.outcome(), ref.partial(), measures,
                List.of(), findings, List.of(), List.of(), List.of(), e.detail().declaredDeadlines(), List.of(), List.of(), List.of());
    }

    static Decision withFacts(DecisionRef ref, DecisionFacts f, Transition e) {
        Citation cite = Citation.parse("LCX art. 3");
        List<MeasureResult> measures = new ArrayList<>();
        for (int i = 0; i < ref.measureOutcomes().size(); i++) {
            measures.add(new MeasureResult(i, MeasureType.TAKING_EVIDENCE, ref.measureOutcomes().get(i), List.of()));
        }
        List<Finding> findings = f.findings().stream().map(x -> new Finding(x.ruleId(), "LCX", cite, x.kind(), "Found.", x.ground(), x.measureIndex(),
                x.verdict(), List.of(), Optional.empty(), x.exceptedBy(), x.exceptionTo(), Optional.empty())).toList();
        List<org.openmla.core.decision.OpenQuestion> questions = f.openQuestions().stream().map(q -> new org.openmla.core.decision.OpenQuestion(q.key(),
                "Is it so?", q.measureIndex(), q.ruleIds(), List.of(cite), true)).toList();
        List<org.openmla.core.decision.ConsultationDuty> duties = f.consultationDuties().stream()
                .map(id -> new org.openmla.core.decision.ConsultationDuty(id, cite, "Consult first.")).toList();
        return new Decision(ref.decisionId(), ref.inputDigest(), f.requestId(), ref.lawDate(), ref.packs(), ref.outcome(), ref.partial(), measures,
                List.of(), findings, questions, List.of(), duties, e.detail().declaredDeadlines(), List.of(), List.of(), List.of());
    }

    static Finding finding(String id, RuleKind kind) {
        return new Finding(id, "LCX", Citation.parse("LCX art. 3"), kind, "Found.", Optional.of(id), Optional.empty(),
                Verdict.of(kind.adverseVerdict()), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
