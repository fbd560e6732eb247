package org.openmla.treaties.un;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.openmla.treaties.PackScenarios;

/**
 * The UN packs' scenario tables, written from the treaty text (legal reference sections 2, 3 and 7):
 * {@code src/test/resources/scenarios/untoc}, {@code uncac} and {@code un-model-treaty}. Each pack's scenarios must make
 * every one of its rules decisive or adverse, but two: UNCAC art. 46(3)(j) and (k) say that a measure is a listed purpose
 * of assistance ({@code when(always())}), so no decision can make them adverse; their scenarios check that they hold.
 */
class UnScenariosTest {

    @TestFactory
    Stream<DynamicNode> untoc() {
        return PackScenarios.tests("untoc", "UNTOC", 1.0);
    }

    @TestFactory
    Stream<DynamicNode> uncac() {
        return PackScenarios.tests("uncac", "UNCAC", 38.0 / 40); // all but uncac.46.3.j and uncac.46.3.k, which cannot be adverse
    }

    @TestFactory
    Stream<DynamicNode> modelTreaty() {
        return PackScenarios.tests("un-model-treaty", "UN_MODEL_TREATY", 1.0);
    }
}
