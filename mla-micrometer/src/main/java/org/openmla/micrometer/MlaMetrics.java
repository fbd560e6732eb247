package org.openmla.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.openmla.core.lifecycle.LifecycleListener;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.EvaluationListener;
import org.openmla.core.rules.PackRef;
import org.openmla.core.engine.RulesEngine;

/**
 * OpenMLA's meters, for a host that uses Micrometer. Register it with the engine and the lifecycle, and bind it to the
 * registry:
 *
 * <pre>{@code
 * MlaMetrics metrics = MlaMetrics.withOverdueCases(() -> overdueCaseCount());
 * metrics.bindTo(registry);
 * RulesEngine engine = RulesEngine.builder(packs).listener(metrics).build();
 * RequestLifecycle lifecycle = RequestLifecycle.builder().listener(metrics).build();
 * Decision d = metrics.evaluate(engine, evaluation);   // timed
 * }</pre>
 *
 * <table>
 *   <caption>Meters (names in Micrometer's dot notation; a Prometheus registry shows {@code mla_decisions_total} and so on)</caption>
 *   <tr><th>Name</th><th>Type</th><th>Tags</th><th>Counts</th></tr>
 *   <tr><td>{@code mla.decisions}</td><td>counter</td><td>{@code outcome}, {@code pack}</td><td>decisions, once for each
 *       pack the decision applied ({@code pack=none} if none applied)</td></tr>
 *   <tr><td>{@code mla.evaluation}</td><td>timer</td><td>{@code outcome}</td><td>evaluations made through
 *       {@link #evaluate(RulesEngine, Evaluation)}: the engine's listener is told of a decision, not of its duration</td></tr>
 *   <tr><td>{@code mla.rule.errors}</td><td>counter</td><td>{@code pack}</td><td>rules that failed to evaluate (the decision
 *       is then {@code ENGINE_ERROR})</td></tr>
 *   <tr><td>{@code mla.transitions}</td><td>counter</td><td>{@code command}, {@code state}</td><td>transitions made, by
 *       command and the state entered</td></tr>
 *   <tr><td>{@code mla.transitions.rejected}</td><td>counter</td><td>{@code command}, {@code reason}</td><td>commands the
 *       lifecycle rejected</td></tr>
 *   <tr><td>{@code mla.cases.overdue}</td><td>gauge</td><td></td><td>cases with a deadline overdue now, as the supplier
 *       given to {@link #withOverdueCases(Supplier)} reports it (e.g. from {@code CaseStore.dueBefore(now)}); absent
 *       without one</td></tr>
 * </table>
 *
 * <p>Tags are enumeration names and pack ids: bounded, and never personal data or case ids. Thread-safe; listener
 * methods are cheap (a counter lookup and increment).
 */
public final class MlaMetrics implements MeterBinder, EvaluationListener, LifecycleListener {

    /** The name prefix of every meter. */
    public static final String PREFIX = "mla";

    private final Supplier<? extends Number> overdueCases;
    private final AtomicReference<MeterRegistry> registry = new AtomicReference<>();

    private MlaMetrics(Supplier<? extends Number> overdueCases) {
        this.overdueCases = overdueCases;
    }

    /** @return meters without the overdue-cases gauge */
    public static MlaMetrics create() {
        return new MlaMetrics(null);
    }

    /**
     * Meters with a gauge of overdue cases.
     *
     * @param overdueCases how many cases have a deadline overdue now; called when the registry is read, so make it
     *     cheap (the store's {@code dueBefore} reads an index) or cache it
     * @return the meters
     */
    public static MlaMetrics withOverdueCases(Supplier<? extends Number> overdueCases) {
        return new MlaMetrics(Objects.requireNonNull(overdueCases, "overdueCases"));
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        Objects.requireNonNull(meterRegistry, "meterRegistry");
        if (!registry.compareAndSet(null, meterRegistry)) {
            throw new IllegalStateException("MlaMetrics is bound to a registry already; use a CompositeMeterRegistry for several");
        }
        if (overdueCases != null) {
            Gauge.builder(PREFIX + ".cases.overdue", overdueCases, s -> {
                Number n = s.get();
                return n == null ? Double.NaN : n.doubleValue();
            }).description("Cases with a deadline overdue now").baseUnit("cases").register(meterRegistry);
        }
    }

    /**
     * Evaluates through the engine and times it ({@code mla.evaluation}, tagged with the outcome).
     *
     * @param engine the engine
     * @param evaluation what to evaluate
     * @return the engine's decision
     */
    public Decision evaluate(RulesEngine engine, Evaluation evaluation) {
        Objects.requireNonNull(engine, "engine");
        long start = System.nanoTime();
        Decision decision = engine.evaluate(evaluation);
        MeterRegistry r = registry.get();
        if (r != null) {
            Timer.builder(PREFIX + ".evaluation").description("Time to evaluate a request against its packs")
                    .tags(Tags.of("outcome", decision.outcome().name())).register(r)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        return decision;
    }

    @Override
    public void onDecision(Evaluation evaluation, Decision decision) {
        MeterRegistry r = registry.get();
        if (r == null) {
            return;
        }
        if (decision.packs().isEmpty()) {
            decisions(r, decision, "none").increment();
        }
        for (PackRef p : decision.packs()) {
            decisions(r, decision, p.id()).increment();
        }
    }

    private static Counter decisions(MeterRegistry r, Decision decision, String pack) {
        return Counter.builder(PREFIX + ".decisions").description("Decisions made, by outcome and pack")
                .tags(Tags.of("outcome", decision.outcome().name(), "pack", pack)).register(r);
    }

    @Override
    public void onRuleError(String packId, String ruleId, Throwable error) {
        MeterRegistry r = registry.get();
        if (r != null) {
            Counter.builder(PREFIX + ".rule.errors").description("Rules that failed to evaluate").tags(Tags.of("pack", packId)).register(r)
                    .increment();
        }
    }

    @Override
    public void onTransition(RequestCase before, Transition transition, RequestCase after) {
        MeterRegistry r = registry.get();
        if (r != null) {
            Counter.builder(PREFIX + ".transitions").description("Lifecycle transitions made, by command and the state entered")
                    .tags(Tags.of("command", transition.command().name(), "state", transition.to().name())).register(r).increment();
        }
    }

    @Override
    public void onRejection(TransitionResult.Rejected rejected) {
        MeterRegistry r = registry.get();
        if (r != null) {
            Counter.builder(PREFIX + ".transitions.rejected").description("Commands the lifecycle rejected")
                    .tags(Tags.of("command", rejected.command().name(), "reason", rejected.reason().name())).register(r).increment();
        }
    }

    @Override
    public String toString() {
        return "MlaMetrics[" + (registry.get() == null ? "unbound" : "bound") + "]";
    }
}
