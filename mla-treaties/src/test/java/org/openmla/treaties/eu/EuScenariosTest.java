package org.openmla.treaties.eu;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.openmla.treaties.PackScenarios;

/**
 * The EU packs' scenario tables, written from Directive 2014/41/EU, Regulation (EU) 2023/1543 and Framework Decision
 * 2002/584/JHA as the legal reference gives them: {@code src/test/resources/scenarios/eio}, {@code eevidence} and
 * {@code eaw}. Each pack's scenarios must make every one of its rules decisive or adverse.
 */
class EuScenariosTest {

    @TestFactory
    Stream<DynamicNode> eio() {
        return PackScenarios.tests("eio", "EIO", 1.0);
    }

    @TestFactory
    Stream<DynamicNode> eevidence() {
        return PackScenarios.tests("eevidence", "EEVIDENCE", 1.0);
    }

    @TestFactory
    Stream<DynamicNode> eaw() {
        return PackScenarios.tests("eaw", "EAW", 1.0);
    }
}
