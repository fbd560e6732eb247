/**
 * OpenMLA examples: the {@code mla} command line, an embedded case system and a custom treaty pack.
 *
 * <ul>
 *   <li>{@link org.openmla.examples.casesystem}: a small host application that receives requests, evaluates them,
 *       records officers' assessments and moves cases through the lifecycle, storing cases in a database (H2 or
 *       PostgreSQL, through {@code org.openmla.store}) with optimistic locking;</li>
 *   <li>{@link org.openmla.examples.custompack}: a custom bilateral treaty pack that extends the UN Model Treaty pack,
 *       offered through the service loader;</li>
 *   <li>the {@code mla} command line ({@code org.openmla.examples.cli.MlaCli}), run by the repository's {@code ./mla}
 *       script.</li>
 * </ul>
 */
module org.openmla.examples {
    requires org.openmla.core;
    requires org.openmla.treaties;
    requires org.openmla.store;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires org.slf4j;

    exports org.openmla.examples.casesystem;
    exports org.openmla.examples.custompack;

    opens org.openmla.examples.cli to info.picocli;

    provides org.openmla.core.rules.RulePackProvider with
            org.openmla.examples.custompack.ExampleTreatyPackProvider;
}
