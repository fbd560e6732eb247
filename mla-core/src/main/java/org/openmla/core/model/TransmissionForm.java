package org.openmla.core.model;

/** The form in which a request was made. */
public enum TransmissionForm {
    /** A signed written document. */
    WRITTEN,
    /** By any means capable of producing a written record (fax, e-mail, a secure platform). */
    WRITTEN_RECORD,
    /** Orally, in urgent circumstances, to be confirmed in writing. */
    ORAL
}
