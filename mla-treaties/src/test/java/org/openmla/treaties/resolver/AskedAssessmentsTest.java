package org.openmla.treaties.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.coe.CoeAssessments;

/**
 * The resolver chooses the packs for the host, so it puts into the evaluation only the assessments those packs ask (the
 * engine refuses any other); a key no registered pack asks is refused as a misspelling, naming the key, not the value.
 */
class AskedAssessmentsTest {
    static final LegalBasisResolver RESOLVER = BuiltInPacks.resolver();
    static final Instant AT = Instant.parse("2026-09-01T09:00:00Z");
    static final MlaRequest PRESERVATION = MlaRequest.builder("T-9", Jurisdiction.of("GE"), Jurisdiction.of("AL")).legalBasis("ETS30")
            .legalBasis("ETS185").measure(MeasureType.EXPEDITED_PRESERVATION).build();

    static Assessment assess(AssessmentKey key, boolean value) {
        return Assessment.of(key, value, "officer-17", AT, "Sam Example's file");
    }

    @Test
    void an_assessment_for_an_instrument_not_chosen_is_set_aside_and_the_engine_accepts_the_evaluation() {
        List<Assessment> host = List.of(assess(StandardAssessments.POLITICAL_OFFENCE, false), assess(CoeAssessments.BOUND_BY_CETS224, true));

        Evaluation e = RESOLVER.prepare(PRESERVATION, LocalDate.of(2026, 10, 1), host).evaluation().orElseThrow();

        assertThat(e.packs()).extracting(Evaluation.PackSelector::id).doesNotContain("CETS224");
        assertThat(e.assessments()).extracting(Assessment::key).contains("POLITICAL_OFFENCE").doesNotContain("BOUND_BY_CETS224");
        RulesEngine engine = RulesEngine.of(BuiltInPacks.registry());
        assertThat(engine.undeclaredAssessmentKeys(e)).isEmpty();
        assertThat(engine.evaluate(e).outcome()).isNotNull();
    }

    @Test
    void a_key_no_registered_pack_asks_is_refused_by_the_resolver_and_the_plan() {
        List<Assessment> host = List.of(assess(AssessmentKey.of("POLITICAL_OFENCE", "?"), true));

        assertThatThrownBy(() -> RESOLVER.prepare(PRESERVATION, LocalDate.of(2026, 10, 1), host))
                .isInstanceOfSatisfying(InvalidValueException.class, x -> assertThat(x.field()).isEqualTo("hostAssessments"))
                .hasMessageContaining("key POLITICAL_OFENCE is asked by no registered rule pack").message().doesNotContain("Sam", "true");
        assertThatThrownBy(() -> EvaluationPlan.prepare(RESOLVER, BuiltInPacks.registry(), PRESERVATION, LocalDate.of(2026, 10, 1), host,
                List.of(), List.of("ETS30"), java.util.Map.of())).isInstanceOf(InvalidValueException.class);
    }
}
