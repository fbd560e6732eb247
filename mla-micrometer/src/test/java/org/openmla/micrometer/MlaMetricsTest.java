package org.openmla.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulesEngine;
import org.openmla.testkit.fixtures.Requests;
import org.openmla.treaties.BuiltInPacks;

/** The UNTOC fixture evaluated and received through a lifecycle and an engine that report to one registry. */
class MlaMetricsTest {
    static final Actor CLERK = Actor.of("clerk-7", "REGISTRY");

    @Test
    void decisions_evaluations_transitions_rejections_and_overdue_cases_are_measured() {
        AtomicInteger overdue = new AtomicInteger(3);
        MlaMetrics metrics = MlaMetrics.withOverdueCases(overdue::get);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        metrics.bindTo(registry);
        RulesEngine engine = RulesEngine.builder(BuiltInPacks.registry()).listener(metrics).build();
        RequestLifecycle lifecycle = RequestLifecycle.builder().listener(metrics).build();
        MlaRequest request = Requests.untoc().build();

        Decision decision = metrics.evaluate(engine, Evaluation.of(request).pack("UNTOC").lawDate(LocalDate.of(2026, 3, 1)).build());
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        RequestCase received = lifecycle.apply(RequestCase.create(request.id()), Command.of(CommandType.RECEIVE, CLERK, 0), clock).requestCase();
        lifecycle.apply(received, Command.of(CommandType.RECEIVE, CLERK, 0), clock);

        String outcome = decision.outcome().name();
        assertThat(registry.get("mla.decisions").tags("outcome", outcome, "pack", "UNTOC").counter().count()).isEqualTo(1);
        assertThat(registry.get("mla.evaluation").tags("outcome", outcome).timer().count()).isEqualTo(1);
        assertThat(registry.get("mla.transitions").tags("command", "RECEIVE", "state", "RECEIVED").counter().count()).isEqualTo(1);
        assertThat(registry.get("mla.transitions.rejected").tags("command", "RECEIVE", "reason", "STALE_VERSION").counter().count()).isEqualTo(1);
        assertThat(registry.get("mla.cases.overdue").gauge().value()).isEqualTo(3);
        overdue.set(5);
        assertThat(registry.get("mla.cases.overdue").gauge().value()).isEqualTo(5);

        // No tag carries a case id or anything from the request.
        for (Meter m : registry.getMeters()) {
            m.getId().getTags().forEach(t -> assertThat(t.getValue()).doesNotContain(request.id().value()));
        }
    }

    @Test
    void without_a_supplier_there_is_no_gauge_and_a_second_registry_is_refused() {
        MlaMetrics metrics = MlaMetrics.create();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        metrics.bindTo(registry);

        assertThat(registry.find("mla.cases.overdue").gauge()).isNull();
        assertThatThrownBy(() -> metrics.bindTo(new SimpleMeterRegistry())).isInstanceOf(IllegalStateException.class);
    }
}
