package org.openmla.testkit;

import java.time.Instant;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.testkit.fixtures.RequestFixture;
import org.openmla.testkit.fixtures.Requests;

/** Decisions of the self-test pack with each outcome, made with the engine directly (not with the kit under test). */
public final class TestlandDecisions {
    public static final RulesEngine ENGINE = RulesEngine.of(SelfTestPack.registry());
    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private TestlandDecisions() {}

    /** A TESTLAND request from the Netherlands to Belgium for bank records (measure 0, coercive) and a statement (measure 1). */
    public static RequestFixture request() {
        return Requests.untoc().withId("NL-TEST-2026-0101").between("NL", "BE").withOnlyLegalBasis("TESTLAND");
    }

    /** @return the evaluation with every assessment answered so that nothing stands in the way */
    public static Evaluation.Builder cleared(MlaRequest request) {
        return Evaluation.of(request).pack(SelfTestPack.ID).lawDate(SelfTestPack.LAW_DATE)
                .assessment(assess(StandardAssessments.DISCRIMINATORY_PURPOSE, false))
                .assessment(assess(StandardAssessments.POLITICAL_OFFENCE, false))
                .assessment(assess(StandardAssessments.DUAL_CRIMINALITY, true))
                .assessment(assess(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false));
    }

    public static Assessment assess(AssessmentKey key, boolean value) {
        return Assessment.of(key, value, "officer-17", AT, null);
    }

    /** @return the cleared evaluation with one answer changed */
    public static Decision clearedBut(AssessmentKey key, boolean value) {
        Evaluation e = cleared(request().build()).build();
        Evaluation.Builder b = Evaluation.of(e.request()).pack(SelfTestPack.ID).lawDate(SelfTestPack.LAW_DATE);
        e.assessments().stream().filter(a -> !a.key().equals(key.id())).forEach(b::assessment);
        return ENGINE.evaluate(b.assessment(assess(key, value)).build());
    }

    /** @return a decision with this outcome (not ENGINE_ERROR) */
    public static Decision with(Outcome outcome) {
        return switch (outcome) {
            case GRANT -> ENGINE.evaluate(cleared(request().withOnlyMeasure(MeasureType.SERVICE_OF_DOCUMENTS).build()).build());
            case GRANT_WITH_CONDITIONS -> ENGINE.evaluate(cleared(request().build()).build());
            case POSTPONE -> clearedBut(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, true);
            case MAY_REFUSE -> clearedBut(StandardAssessments.POLITICAL_OFFENCE, true);
            case PENDING_ASSESSMENT -> ENGINE.evaluate(Evaluation.of(request().build()).pack(SelfTestPack.ID).lawDate(SelfTestPack.LAW_DATE).build());
            case MUST_REFUSE -> clearedBut(StandardAssessments.DISCRIMINATORY_PURPOSE, true);
            case DEFICIENT -> ENGINE.evaluate(cleared(request().withoutFactsSummary().build()).build());
            case RETURN_TO_ISSUER -> ENGINE.evaluate(cleared(request().issuedBy(AuthorityKind.INVESTIGATING_AUTHORITY).build()).build());
            case NOT_APPLICABLE -> ENGINE.evaluate(cleared(request().withOnlyOffence(OffenceCategory.MILITARY_OFFENCE, 2).build()).build());
            case ENGINE_ERROR -> throw new IllegalArgumentException("the self-test pack has no failing rule");
        };
    }
}
