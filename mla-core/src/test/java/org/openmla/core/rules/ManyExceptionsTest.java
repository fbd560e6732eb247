package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.Verdict;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;

/**
 * An exception that disapplies a ground for most of nineteen measures: the engine keeps the first few rows decided by
 * an exception as pairs and more in a column; every excepted row must keep its exception, verdict and outcome.
 */
class ManyExceptionsTest {

    @Test
    void everyExceptedRowKeepsItsException() {
        RulePack pack = RulePack.builder("PX", "1.0.0")
                .rule(Rule.builder("x.1", "PX art. 1").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY).perMeasure()
                        .statement("May be refused.").when(Conditions.always()).build())
                .rule(Rule.exception("x.2", "PX art. 2").statement("Not for evidence.").perMeasure()
                        .to("x.1", ExceptionEffect.DISAPPLY).when(Conditions.measureOfType(MeasureType.TAKING_EVIDENCE)).build())
                .build();
        MlaRequest.Builder rb = SmallPack.request();
        for (int i = 0; i < 19; i++) {
            rb.measure(i % 3 == 0 ? Measure.of(MeasureType.SEARCH_AND_SEIZURE) : Measure.of(MeasureType.TAKING_EVIDENCE));
        }
        MlaRequest request = rb.build();
        Decision d = RulesEngine.of(RulePackRegistry.of(pack)).evaluate(Evaluation.of(request).pack("PX").lawDate(LocalDate.of(2026, 3, 1)).build());
        int n = request.measures().size();
        int excepted = 0;
        for (int m = 0; m < n; m++) {
            int mm = m;
            Finding f = d.findings().stream().filter(x -> x.ruleId().equals("x.1") && x.measureIndex().equals(Optional.of(mm))).findFirst().orElseThrow();
            boolean evidence = request.measures().get(m).type() == MeasureType.TAKING_EVIDENCE;
            assertThat(f.exceptedBy()).as("measure " + m).isEqualTo(evidence ? Optional.of("x.2") : Optional.empty());
            assertThat(f.verdict()).as("measure " + m).isEqualTo(evidence ? Verdict.NOT_APPLICABLE : Verdict.TRUE);
            assertThat(d.measures().get(m).outcome()).as("measure " + m).isEqualTo(evidence ? Outcome.GRANT : Outcome.MAY_REFUSE);
            excepted += evidence ? 1 : 0;
        }
        assertThat(excepted).isGreaterThan(8);
    }
}
