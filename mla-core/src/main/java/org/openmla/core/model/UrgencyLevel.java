package org.openmla.core.model;

/** How urgent a request is said to be. */
public enum UrgencyLevel {
    /** Urgent: shorter deadlines apply where the instrument provides them. */
    URGENT,
    /**
     * An emergency: an imminent threat to the life, physical integrity or safety of a person, or to critical
     * infrastructure (the sense used by e-Evidence Regulation art. 3(18)).
     */
    EMERGENCY
}
