/**
 * OpenMLA test kit: AssertJ assertions, fixtures and scenario tables for rule-pack authors.
 *
 * <ul>
 *   <li>{@link org.openmla.testkit.MlaAssertions}: fluent assertions on decisions, whose failures print the
 *       decision's explanation;</li>
 *   <li>{@link org.openmla.testkit.fixtures}: baseline requests and a staged given / when / then fixture for packs;</li>
 *   <li>{@link org.openmla.testkit.scenario.Scenarios}: YAML scenario tables run as JUnit 5 dynamic tests;</li>
 *   <li>{@link org.openmla.testkit.RuleCoverage}: which rules no test ever made decisive or adverse.</li>
 * </ul>
 */
module org.openmla.testkit {
    requires transitive org.openmla.core;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports org.openmla.testkit;
    exports org.openmla.testkit.fixtures;
    exports org.openmla.testkit.scenario;
}
