/**
 * OpenMLA examples: the {@code mla} command line, an embedded case system and a custom treaty pack.
 *
 * <ul>
 *   <li>{@link org.openmla.examples.casesystem}: a small host application that receives requests, evaluates them,
 *       records officers' assessments and moves cases through the lifecycle, storing cases as JSON with optimistic
 *       locking;</li>
 *   <li>the {@code mla} command line ({@code org.openmla.examples.cli.MlaCli}), run by the repository's {@code ./mla}
 *       script.</li>
 * </ul>
 */
module org.openmla.examples {
    requires org.openmla.core;
    requires org.openmla.treaties;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires org.slf4j;

    exports org.openmla.examples.casesystem;

    opens org.openmla.examples.cli to info.picocli;
}
