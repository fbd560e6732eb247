/**
 * OpenMLA core: the request model, the treaty rules engine, the request lifecycle, JSON mapping and validation.
 * It holds no treaty content; rule packs come from other modules through {@link org.openmla.core.rules.RulePackProvider}.
 */
module org.openmla.core {
    requires org.slf4j;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.openmla.core;
    exports org.openmla.core.model;
    exports org.openmla.core.rules;
    exports org.openmla.core.engine;
    exports org.openmla.core.decision;
    exports org.openmla.core.lifecycle;

    uses org.openmla.core.rules.RulePackProvider;
    exports org.openmla.core.json;
    exports org.openmla.core.validation;
    // what the built-in packs share with core, and nobody else: argument checks and the condition nodes
    exports org.openmla.core.internal to org.openmla.treaties;

    opens org.openmla.core.model to org.hibernate.validator;
    opens org.openmla.core.internal to org.hibernate.validator;
}
