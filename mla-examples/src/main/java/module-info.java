/** OpenMLA examples: the command line, an embedded case system and a custom pack. */
module org.openmla.examples {
    requires org.openmla.core;
    requires org.openmla.treaties;
    requires com.fasterxml.jackson.databind;

}
