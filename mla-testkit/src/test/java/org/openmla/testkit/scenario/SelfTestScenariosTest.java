package org.openmla.testkit.scenario;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.openmla.testkit.SelfTestPack;

/** The test kit used for real: the self-test pack's scenario tables, with a coverage floor. */
class SelfTestScenariosTest {

    @TestFactory
    Stream<DynamicNode> testland() {
        return Scenarios.in("src/test/resources/scenarios").using(SelfTestPack.registry()).requireRuleCoverage(0.8).tests();
    }
}
