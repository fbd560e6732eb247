package org.openmla.core.model;

/** What a request relies on. */
public enum LegalBasisKind {
    /** A treaty or other binding instrument, named by its instrument id. */
    TREATY,
    /** Reciprocity: no treaty, an assurance to assist in return. */
    RECIPROCITY,
    /** International comity: courtesy between States, no binding instrument. */
    COMITY
}
