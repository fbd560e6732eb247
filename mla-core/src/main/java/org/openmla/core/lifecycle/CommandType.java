package org.openmla.core.lifecycle;

/**
 * What an officer asks the lifecycle to do. Which states each command leaves from and enters is in
 * {@link TransitionTable}; the guards it must pass are listed there too. The comment on each constant says what the
 * {@link Command} must carry.
 */
public enum CommandType {
    /** Send the request (requesting side). */
    SUBMIT,
    /** Register receipt of the request; the deadline event {@code RECEIPT}. */
    RECEIVE,
    /** Acknowledge receipt; the deadline event {@code ACKNOWLEDGEMENT}. Once per case. */
    ACKNOWLEDGE,
    /**
     * Record that the person sought was arrested; the deadline event {@code ARREST} (e.g. the time limits of
     * EAW art. 17 run from it). Once per case.
     */
    RECORD_ARREST,
    /**
     * Record that the person sought consented to surrender; the deadline event {@code CONSENT_TO_SURRENDER}.
     * Once per case.
     */
    RECORD_CONSENT_TO_SURRENDER,
    /** Start examining the request. */
    START_REVIEW,
    /** Record an engine decision without deciding yet (carries the decision; declares its deadlines). */
    RECORD_DECISION,
    /** Ask the requesting authority for more information. */
    REQUEST_INFORMATION,
    /** The information asked for arrived. */
    RECEIVE_INFORMATION,
    /** Go back to the review without a new event (consultation ended, postponement ground ceased, no reply came). */
    RESUME_REVIEW,
    /** Open a consultation with the requesting State. */
    CONSULT,
    /** Record the consultation held (carries a {@link ConsultationRecord}). */
    RECORD_CONSULTATION,
    /** Accept the request, or some of its measures (carries the decision); the deadline event {@code DECISION}. */
    ACCEPT,
    /** Refuse the request (carries the decision, the grounds cited and the reasons); the deadline event {@code DECISION}. */
    REFUSE,
    /** Postpone execution (carries the decision and the reasons). */
    POSTPONE,
    /** Begin executing the accepted measures. */
    START_EXECUTION,
    /** Record that some accepted measures were executed (carries their indexes). */
    EXECUTE_PARTIALLY,
    /** Record that every remaining accepted measure was executed; the deadline event {@code EXECUTION}. */
    COMPLETE_EXECUTION,
    /** Extend a running deadline (carries a {@link DeadlineExtension} and the reasons). */
    EXTEND_DEADLINE,
    /** The requesting side withdraws the request. */
    WITHDRAW,
    /** Close the file. */
    CLOSE;

    /** @return whether the command must carry an engine decision */
    public boolean carriesDecision() {
        return this == RECORD_DECISION || this == ACCEPT || this == REFUSE || this == POSTPONE;
    }
}
