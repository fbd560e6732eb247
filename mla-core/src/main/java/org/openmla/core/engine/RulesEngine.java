package org.openmla.core.engine;

import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.rules.Evaluator;
import org.openmla.core.internal.rules.PackPlan;
import org.openmla.core.rules.Conditions;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.RulePack;
import org.openmla.core.rules.RulePackException;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.decision.Verdict;

/**
 * Evaluates requests against compiled rule packs and returns explained {@link Decision}s.
 *
 * <p>Immutable and thread-safe: build one engine and share it. Evaluation does no I/O, no reflection and no
 * logging of personal data. It fails closed: a rule (a condition, an exception) that throws anything, an
 * {@link Error} or a checked exception included, yields an {@link Verdict#ERROR} finding naming the rule and the
 * outcome {@link Outcome#ENGINE_ERROR}; only a {@link VirtualMachineError} other than {@link StackOverflowError}
 * propagates. A listener that throws is logged by class name and does not change the decision; a fact that is not known yields {@link Verdict#UNKNOWN} and an open question,
 * never "no ground for refusal".
 *
 * <pre>{@code
 * RulesEngine engine = RulesEngine.builder(RulePackRegistry.discover()).build();
 * Decision decision = engine.evaluate(Evaluation.of(request).pack("UNTOC").lawDate(LocalDate.of(2026, 3, 1)).build());
 * System.out.println(decision.explain());
 * }</pre>
 */
public final class RulesEngine {
    private final RulePackRegistry registry;
    private final List<EvaluationListener> listeners;
    /** Each pack laid out for evaluation once, on first use. */
    private final Map<CompiledRulePack, PackPlan> plans = new ConcurrentHashMap<>();

    private RulesEngine(Builder b) {
        this.registry = b.registry;
        this.listeners = List.copyOf(b.listeners);
    }

    /** @return a builder for an engine over the registry's packs */
    public static Builder builder(RulePackRegistry registry) {
        return new Builder(Objects.requireNonNull(registry, "registry"));
    }

    /** @return an engine over the registry's packs, without listeners */
    public static RulesEngine of(RulePackRegistry registry) {
        return builder(registry).build();
    }

    /** @return the registry */
    public RulePackRegistry registry() {
        return registry;
    }

    /**
     * Evaluates a request.
     *
     * <p>Every assessment of the evaluation must carry a key that is standard ({@link StandardAssessments#all()}) or
     * that a selected pack, or a pack it extends, asks: in a condition built from {@link Conditions} or declared with
     * {@link RulePack.Builder#assessment}. Any other key is most often a misspelling: since no rule reads it, the
     * question it was meant to answer would stay open. The engine refuses such an evaluation, as the {@code mla}
     * command line refuses such an {@code --assess}; {@link #undeclaredAssessmentKeys(Evaluation)} lets a host check
     * first.
     *
     * @param evaluation the request, packs, law date, profiles, assessments and proposals
     * @return the decision
     * @throws RulePackException if a named pack or version is not registered
     * @throws org.openmla.core.InvalidValueException on field {@code Evaluation.assessments} if an assessment's key is
     *     declared by no selected pack; the message names the keys and the packs, never an assessment's value or reasons
     */
    public Decision evaluate(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        List<PackPlan> packs = plans(evaluation);
        Evaluator evaluator = new Evaluator(evaluation, packs, listeners);
        List<String> undeclared = evaluator.undeclared();
        if (!undeclared.isEmpty()) {
            throw new org.openmla.core.InvalidValueException("Evaluation.assessments", (undeclared.size() == 1 ? "key " : "keys ")
                    + String.join(", ", undeclared) + (undeclared.size() == 1 ? " is" : " are")
                    + " neither standard nor asked by a rule of the selected "
                    + (packs.size() == 1 ? "pack " : "packs ")
                    + String.join(", ", packs.stream().map(p -> p.pack().id() + "@" + p.pack().version()).toList())
                    + " (misspelt, or meant for another pack?)");
        }
        return evaluator.decide();
    }

    /**
     * The keys of the evaluation's assessments that are neither standard ({@link StandardAssessments#all()}) nor asked
     * by a selected pack or a pack it extends (in a condition built from {@link Conditions}, or declared with
     * {@link RulePack.Builder#assessment}). {@link #evaluate(Evaluation)} refuses an evaluation with such a key; this
     * lets a host find them first, for instance to ask the officer again.
     *
     * @param evaluation the evaluation
     * @return the undeclared keys, in the order of the assessments, each once; empty if all are declared
     * @throws RulePackException if a named pack or version is not registered
     */
    public List<String> undeclaredAssessmentKeys(Evaluation evaluation) {
        Checks.required(evaluation, "evaluation");
        return new Evaluator(evaluation, plans(evaluation), listeners).undeclared();
    }

    /** @return the selected packs, each laid out once per engine with the assessment keys it allows */
    private List<PackPlan> plans(Evaluation evaluation) {
        List<Evaluation.PackSelector> selectors = evaluation.packs();
        if (selectors.size() == 1) {
            return List.of(plan(selectors.get(0)));
        }
        if (selectors.size() == 2) {
            return List.of(plan(selectors.get(0)), plan(selectors.get(1)));
        }
        List<PackPlan> packs = new ArrayList<>(selectors.size());
        for (int i = 0, n = selectors.size(); i < n; i++) {
            packs.add(plan(selectors.get(i)));
        }
        return packs;
    }

    private PackPlan plan(Evaluation.PackSelector s) {
        CompiledRulePack pack = s.version().isPresent()
                ? registry.find(s.id(), s.version().get()).orElseThrow(() -> new RulePackException(
                        "no rule pack " + s.id() + "@" + s.version().get() + " is registered"))
                : registry.get(s.id());
        PackPlan plan = plans.get(pack);
        return plan != null ? plan : plans.computeIfAbsent(pack, p -> PackPlan.of(p, registry.assessmentKeys(p)));
    }

    /** Builds a {@link RulesEngine}. Not thread-safe. */
    public static final class Builder {
        private final RulePackRegistry registry;
        private final List<EvaluationListener> listeners = new ArrayList<>();

        private Builder(RulePackRegistry registry) {
            this.registry = registry;
        }

        /** Adds a listener. @return this builder */
        public Builder listener(EvaluationListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** @return the engine */
        public RulesEngine build() {
            return new RulesEngine(this);
        }
    }
}
