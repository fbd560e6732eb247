package org.openmla.store;

import org.openmla.core.model.RequestId;

/**
 * What a write to the {@link CaseStore} gave. A conflict is a value, never an exception: when the result is not
 * {@link Written}, nothing was written.
 */
public sealed interface WriteResult {

    /** @return the case written to */
    RequestId caseId();

    /** @return whether the write was stored */
    default boolean isWritten() {
        return this instanceof Written;
    }

    /**
     * Stored, in one transaction.
     *
     * @param caseId the case
     * @param version the version now stored
     */
    record Written(RequestId caseId, long version) implements WriteResult {}

    /**
     * Not stored: the case was changed by someone else since it was loaded (the stored version is not the one the
     * write was made on). Reload, decide again and retry.
     *
     * @param caseId the case
     * @param expectedVersion the version the write was made on
     * @param currentVersion the version stored now
     */
    record VersionConflict(RequestId caseId, long expectedVersion, long currentVersion) implements WriteResult {}

    /**
     * Not stored: the new case does not continue the stored history (its entry at the expected version differs from the
     * stored one). No entry of a history is ever rewritten.
     *
     * @param caseId the case
     * @param storedVersion the version stored
     */
    record HistoryNotKept(RequestId caseId, long storedVersion) implements WriteResult {}

    /**
     * Not stored: there is no such case.
     *
     * @param caseId the case
     */
    record NotFound(RequestId caseId) implements WriteResult {}

    /**
     * Not stored: a case with this id exists already.
     *
     * @param caseId the case
     */
    record AlreadyExists(RequestId caseId) implements WriteResult {}
}
