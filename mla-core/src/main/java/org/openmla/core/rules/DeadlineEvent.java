package org.openmla.core.rules;

/** An event in a request's life from which a deadline runs, or by which it is met. */
public enum DeadlineEvent {
    /** The request was received by the requested (executing) authority. */
    RECEIPT,
    /** Receipt was acknowledged to the requesting authority. */
    ACKNOWLEDGEMENT,
    /** The decision on recognition or acceptance was taken. */
    DECISION,
    /** The request was executed (the measure carried out or the evidence transferred). */
    EXECUTION,
    /** The person sought was arrested on the basis of the request (surrender procedures). */
    ARREST,
    /** The person sought consented to surrender (surrender procedures). */
    CONSENT_TO_SURRENDER
}
