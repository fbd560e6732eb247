/** OpenMLA treaties: built-in rule packs for real instruments, party data and legal-basis resolution. */
module org.openmla.treaties {
    requires transitive org.openmla.core;
    requires org.slf4j;

    exports org.openmla.treaties.coe;

    provides org.openmla.core.rules.RulePackProvider with org.openmla.treaties.coe.CoeRulePackProvider;
}
