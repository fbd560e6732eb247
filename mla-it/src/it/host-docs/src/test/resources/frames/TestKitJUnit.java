// with-source: mla-testkit/src/test/java/org/openmla/testkit/SelfTestPack.java
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.openmla.core.json.MlaJson;
import org.openmla.core.model.MeasureType;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.testkit.RuleCoverageExtension;
import org.openmla.testkit.SelfTestPack;
import org.openmla.testkit.fixtures.PackFixture;
import org.openmla.testkit.fixtures.Requests;
import org.openmla.testkit.scenario.Scenarios;
//@imports

/**
 * docs/testing-compliance-logic.md, the JUnit members: a scenario folder run by one test factory, and the coverage
 * extension. Run through the JUnit launcher on TESTLAND (the test kit's fictional pack, compiled from the checkout) and
 * MYPACK (TESTLAND under another name); both coverage checks fail, as the page says they do below their minimum.
 */
public final class TestKitJUnit {
    public static final class ScenarioTests {
        final RulePackRegistry registry = SelfTestPack.registry();

//@snippet scenarios
    }

    public static final class CoverageTests {
        static final RulePackRegistry REGISTRY = RulePackRegistry.of(SelfTestPack.pack(), RulePack.builder("MYPACK", "1.0.0").extending("TESTLAND").build());

//@snippet coverage

        @Test
        void a_political_offence_may_be_refused() {
            fixture.given(Requests.untoc().withOnlyLegalBasis("MYPACK").withOnlyMeasure(MeasureType.BANK_AND_BUSINESS_RECORDS))
                    .assessing(StandardAssessments.POLITICAL_OFFENCE, true).whenEvaluatedOn(SelfTestPack.LAW_DATE).decision();
        }
    }

    public static void main(String[] args) throws Exception {
        Path scenarios = Files.createDirectories(Path.of("src", "test", "resources", "scenarios", "requests"));
        Files.writeString(scenarios.resolve("bank-records.json"), MlaJson.create().writeRequest(Requests.untoc().withId("NL-TEST-2026-0101")
                .between("NL", "BE").withOnlyLegalBasis("TESTLAND").withOnlyMeasure(MeasureType.BANK_AND_BUSINESS_RECORDS).build()));
        Files.writeString(scenarios.resolveSibling("bank-secrecy.yaml"), """
                defaults:
                  packs: [TESTLAND]
                  lawDate: 2026-03-01
                  request: requests/bank-records.json
                scenarios:
                  - name: bank secrecy is no ground for refusal
                    proposedRefusals: [BANK_SECRECY]
                    expect:
                      refusalChecks: { BANK_SECRECY: FORBIDDEN }
                      findings: [TESTLAND art. 5]
                """);
        // expect-output: bank secrecy is no ground for refusal: SUCCESSFUL
        // expect-output: rule coverage (at least 80%): FAILED Rule coverage
        // expect-output: a_political_offence_may_be_refused(): SUCCESSFUL
        // expect-output: CoverageTests: FAILED Rule coverage 33.3% is below the required 80.0%
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ScenarioTests.class), selectClass(CoverageTests.class)).build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (!id.getDisplayName().startsWith("JUnit")) {
                            System.out.println(id.getDisplayName() + ": " + result.getStatus()
                                    + result.getThrowable().map(t -> " " + String.valueOf(t.getMessage()).lines().findFirst().orElse("")).orElse(""));
                        }
                    }
                });
    }
}
