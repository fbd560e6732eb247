/** OpenMLA test kit: AssertJ assertions, fixtures and scenario tables for rule-pack authors. */
module org.openmla.testkit {
    requires transitive org.openmla.core;
    requires transitive org.assertj.core;
    requires org.junit.jupiter.api;

}
