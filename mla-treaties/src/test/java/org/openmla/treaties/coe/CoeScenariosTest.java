package org.openmla.treaties.coe;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.openmla.treaties.PackScenarios;

/**
 * The Council of Europe packs' scenario tables, written from ETS 30 with its Protocols, the terrorism conventions, the
 * Budapest Convention and its Second Protocol: {@code src/test/resources/scenarios/ets30}, {@code ets185} and
 * {@code cets224}. Each pack's scenarios must make every one of its rules decisive or adverse.
 */
class CoeScenariosTest {

    @TestFactory
    Stream<DynamicNode> ets30() {
        return PackScenarios.tests("ets30", "ETS30", 1.0);
    }

    @TestFactory
    Stream<DynamicNode> ets185() {
        return PackScenarios.tests("ets185", "ETS185", 1.0);
    }

    @TestFactory
    Stream<DynamicNode> cets224() {
        return PackScenarios.tests("cets224", "CETS224", 1.0);
    }
}
