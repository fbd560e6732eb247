package org.openmla.core.lifecycle;

/**
 * Where a request stands in a case system, on either side: the requesting side drafts and submits it; the requested
 * side receives, reviews, decides and executes it. Both use the same states and the same {@link TransitionTable}.
 */
public enum CaseState {
    /** Opened, nothing done yet: being drafted (requesting side) or just registered (requested side). */
    DRAFT,
    /** Sent to the requested State. */
    SUBMITTED,
    /** Received by the requested authority (and, once {@link CommandType#ACKNOWLEDGE}d, acknowledged). */
    RECEIVED,
    /** Being examined against the instrument. */
    UNDER_REVIEW,
    /** More information was asked of the requesting authority. */
    ADDITIONAL_INFORMATION_REQUESTED,
    /** The requesting State is being consulted before a refusal or postponement. */
    IN_CONSULTATION,
    /** Execution is postponed on a ground for postponement. */
    POSTPONED,
    /** Accepted (recognised), in whole or for some measures. */
    ACCEPTED,
    /** Being executed. */
    IN_EXECUTION,
    /** Some accepted measures have been executed, others not yet. */
    PARTIALLY_EXECUTED,
    /** Every accepted measure has been executed. */
    EXECUTED,
    /** Refused, with reasons. */
    REFUSED,
    /** Withdrawn by the requesting side. */
    WITHDRAWN,
    /** The file is closed; nothing more can happen to it. */
    CLOSED;

    /**
     * Whether the case has ended without the assistance being (fully) given: deadlines not met by then lapse.
     *
     * @return whether this is {@link #REFUSED}, {@link #WITHDRAWN} or {@link #CLOSED}
     */
    public boolean isEnded() {
        return this == REFUSED || this == WITHDRAWN || this == CLOSED;
    }
}
