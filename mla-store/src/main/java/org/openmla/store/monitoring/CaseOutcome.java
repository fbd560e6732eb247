package org.openmla.store.monitoring;

/** How a case stands as the report counts it, from the latest decision command in its history. */
public enum CaseOutcome {
    /** Not yet accepted, refused or withdrawn. */
    PENDING,
    /** Accepted for every measure. */
    ACCEPTED,
    /** Accepted for some measures only. */
    ACCEPTED_IN_PART,
    /** Refused. */
    REFUSED,
    /** Withdrawn by the requesting side. */
    WITHDRAWN
}
