// with-source: mla-testkit/src/test/java/org/openmla/testkit/SelfTestPack.java
import static org.openmla.core.rules.StandardAssessments.DISCRIMINATORY_PURPOSE;
import static org.openmla.core.rules.StandardAssessments.DUAL_CRIMINALITY;
import static org.openmla.core.rules.StandardAssessments.INTERFERES_WITH_PROCEEDINGS;
import static org.openmla.core.rules.StandardAssessments.POLITICAL_OFFENCE;
import static org.openmla.testkit.MlaAssertions.assertThat;
import static org.openmla.testkit.fixtures.CaseFixture.OFFICER;

import java.time.Duration;
import java.time.LocalDate;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.testkit.SelfTestPack;
import org.openmla.testkit.fixtures.CaseFixture;
import org.openmla.testkit.fixtures.PackFixture;
import org.openmla.testkit.fixtures.RequestFixture;
import org.openmla.testkit.fixtures.Requests;
//@imports

/**
 * docs/testing-compliance-logic.md, the fluent examples, on TESTLAND, the test kit's own fictional pack (compiled from
 * the checkout: it is not published). Each example throws an AssertionError if its expectations do not hold.
 */
public final class TestKitDoc {
    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    static final RequestFixture BANK_RECORDS = Requests.untoc().withId("NL-TEST-2026-0101").between("NL", "BE")
            .withOnlyLegalBasis("TESTLAND").withOnlyMeasure(MeasureType.BANK_AND_BUSINESS_RECORDS);
    static final PackFixture TESTLAND = PackFixture.forPacks(SelfTestPack.registry(), "TESTLAND");

    static Decision politicalOffence() {
        return TESTLAND.given(BANK_RECORDS).assessing(DISCRIMINATORY_PURPOSE, false).assessing(POLITICAL_OFFENCE, true)
                .assessing(DUAL_CRIMINALITY, true).assessing(INTERFERES_WITH_PROCEEDINGS, false)
                .proposingRefusal("BANK_SECRECY").whenEvaluatedOn(LAW_DATE).decision();
    }

    static void assertion() {
//@snippet assertion
        System.out.println("assertions on a decision: passed");
    }

    static void requests() {
//@snippet requests
        System.out.println("variations: " + noFacts.build().factsSummary().isPresent() + " " + byPolice.build().id().equals(validated.build().id())
                + " " + urgentTerrorism.build().urgency().isPresent() + " " + preservation.build().requestedState() + " " + changed.build().purpose().orElseThrow());
    }

    static void packFixture() {
//@snippet pack-fixture
        System.out.println("pack fixture: passed");
    }

    static void caseFixture() {
        Decision decision = politicalOffence();
//@snippet case-fixture
        System.out.println("case fixture: passed");
    }

    public static void main(String[] args) {
        // expect-output: assertions on a decision: passed
        assertion();
        // expect-output: variations: false true true BR To identify the account holder.
        requests();
        // expect-output: pack fixture: passed
        packFixture();
        // expect-output: case fixture: passed
        caseFixture();
    }
}
