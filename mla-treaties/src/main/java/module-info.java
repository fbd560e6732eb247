/** OpenMLA treaties: built-in rule packs for real instruments, party data and legal-basis resolution. */
module org.openmla.treaties {
    requires transitive org.openmla.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;

    exports org.openmla.treaties;
    exports org.openmla.treaties.coe;
    exports org.openmla.treaties.eu;
    exports org.openmla.treaties.parties;
    exports org.openmla.treaties.resolver;
    exports org.openmla.treaties.un;

    provides org.openmla.core.rules.RulePackProvider with
            org.openmla.treaties.un.UnRulePackProvider,
            org.openmla.treaties.coe.CoeRulePackProvider,
            org.openmla.treaties.eu.EuRulePackProvider;
}
