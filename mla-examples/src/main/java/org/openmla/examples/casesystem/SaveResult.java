package org.openmla.examples.casesystem;

import org.openmla.core.model.RequestId;

/** What storing a case file gave. A conflict is a value, never an exception. */
public sealed interface SaveResult {

    /**
     * Stored.
     *
     * @param caseId the case
     * @param version the version now stored
     */
    record Saved(RequestId caseId, long version) implements SaveResult {}

    /**
     * Not stored: the file was changed by someone else since it was loaded. Reload, decide again and retry.
     *
     * @param caseId the case
     * @param expectedVersion the version the update was made on
     * @param currentVersion the version stored now
     */
    record StaleVersion(RequestId caseId, long expectedVersion, long currentVersion) implements SaveResult {}

    /**
     * Not stored: the update does not keep the stored history as it is (it drops or changes an entry). No entry of a
     * case's history is ever lost or rewritten.
     *
     * @param caseId the case
     * @param storedVersion the version stored
     */
    record HistoryNotKept(RequestId caseId, long storedVersion) implements SaveResult {}

    /**
     * Not stored: there is no such case to update.
     *
     * @param caseId the case
     */
    record NotFound(RequestId caseId) implements SaveResult {}

    /**
     * Not stored: a case with this id exists already.
     *
     * @param caseId the case
     */
    record AlreadyExists(RequestId caseId) implements SaveResult {}

    /** @return whether the file was stored */
    default boolean isSaved() {
        return this instanceof Saved;
    }
}
