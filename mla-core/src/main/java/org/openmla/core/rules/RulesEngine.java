package org.openmla.core.rules;

import java.util.Objects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.rules.Evaluator;
import org.openmla.core.internal.rules.PackPlan;

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
     * @param evaluation the request, packs, law date, profiles, assessments and proposals
     * @return the decision
     * @throws RulePackException if a named pack or version is not registered
     * @see #undeclaredAssessmentKeys(Evaluation)
     */
    public Decision evaluate(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        List<PackPlan> packs = new ArrayList<>(evaluation.packs().size());
        for (Evaluation.PackSelector s : evaluation.packs()) {
            CompiledRulePack pack = s.version().isPresent()
                    ? registry.find(s.id(), s.version().get()).orElseThrow(() -> new RulePackException(
                            "no rule pack " + s.id() + "@" + s.version().get() + " is registered"))
                    : registry.get(s.id());
            packs.add(plans.computeIfAbsent(pack, PackPlan::of));
        }
        return new Evaluator(evaluation, packs, listeners).decide();
    }

    /**
     * The keys of the evaluation's assessments that are neither standard ({@link StandardAssessments#all()}) nor
     * declared ({@link RulePack.Builder#assessment}) by a selected pack or a pack it extends. Such an assessment is
     * most often a misspelt key: the engine ignores what no rule asks, so the question it was meant to answer stays
     * open. A host checks this before evaluating, as the {@code mla} command line does (it refuses such a key).
     *
     * @param evaluation the evaluation
     * @return the undeclared keys, in the order of the assessments, each once; empty if all are declared
     * @throws RulePackException if a named pack or version is not registered
     */
    public List<String> undeclaredAssessmentKeys(Evaluation evaluation) {
        Checks.required(evaluation, "evaluation");
        List<CompiledRulePack> packs = new ArrayList<>(evaluation.packs().size());
        for (Evaluation.PackSelector s : evaluation.packs()) {
            packs.add(s.version().isPresent()
                    ? registry.find(s.id(), s.version().get()).orElseThrow(() -> new RulePackException(
                            "no rule pack " + s.id() + "@" + s.version().get() + " is registered"))
                    : registry.get(s.id()));
        }
        Set<String> declared = new HashSet<>();
        StandardAssessments.all().forEach(k -> declared.add(k.id()));
        for (CompiledRulePack pack : packs) {
            for (String id : pack.lineage()) {
                registry.find(id).ifPresent(p -> p.definition().assessments().forEach(k -> declared.add(k.id())));
            }
            pack.definition().assessments().forEach(k -> declared.add(k.id()));
        }
        Set<String> undeclared = new java.util.LinkedHashSet<>();
        for (Assessment a : evaluation.assessments()) {
            if (!declared.contains(a.key())) {
                undeclared.add(a.key());
            }
        }
        return List.copyOf(undeclared);
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
